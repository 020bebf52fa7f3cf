"""Serve the app with a background-task worker beside it."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Woondriehoek on HOST:PORT with a worker for background tasks."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--no-worker", action="store_true", help="Do not start the background-task worker."
        )

    def handle(self, *args, host: str, port: int, no_worker: bool, **options) -> None:
        worker = None
        if not no_worker and "django_tasks_db" in settings.TASKS["default"]["BACKEND"]:
            worker = subprocess.Popen(
                [sys.executable, "-m", "woondriehoek.cli", "db_worker"],
            )
        threading.Thread(target=_warm_up_charts, daemon=True).start()
        try:
            call_command("runserver", f"{host}:{port}", use_reloader=False)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)


def _warm_up_charts() -> None:
    from woondriehoek.monitoring.services.charts import warm_up

    with contextlib.suppress(Exception):
        warm_up()
