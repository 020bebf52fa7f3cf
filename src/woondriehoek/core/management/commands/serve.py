"""Serve the app with a background-task worker beside it.

By default the app runs in gunicorn (threaded workers, the configuration the API benchmark
measures); `--dev` uses Django's development server instead, which Django itself says is not
for production. Where gunicorn cannot run (it needs a POSIX system), `serve` falls back to the
development server and says so.
"""

from __future__ import annotations

import subprocess
import sys
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from woondriehoek.core.services.server import (
    default_workers,
    gunicorn_available,
    run_gunicorn,
    warm_up_charts,
)


class Command(BaseCommand):
    help = "Serve Woondriehoek on HOST:PORT with a worker for background tasks."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--workers",
            type=int,
            default=settings.WOONDRIEHOEK_WORKERS or default_workers(),
            help="Web server processes (default: WOONDRIEHOEK_WORKERS, else cores + 1).",
        )
        parser.add_argument(
            "--threads", type=int, default=2, help="Threads per web server process."
        )
        parser.add_argument(
            "--dev",
            action="store_true",
            help="Django's development server instead of gunicorn (not for production).",
        )
        parser.add_argument(
            "--no-worker", action="store_true", help="Do not start the background-task worker."
        )

    def handle(self, *args, host: str, port: int, no_worker: bool, **options) -> None:
        worker = None
        if not no_worker and "django_tasks_db" in settings.TASKS["default"]["BACKEND"]:
            worker = subprocess.Popen(
                [sys.executable, "-m", "woondriehoek.cli", "worker"],
            )
        try:
            if options["dev"] or not gunicorn_available():
                if not options["dev"]:
                    self.stderr.write("gunicorn is not available here: development server.")
                threading.Thread(target=warm_up_charts, daemon=True).start()
                call_command("runserver", f"{host}:{port}", use_reloader=False)
            else:
                run_gunicorn(host, port, options["workers"], options["threads"])
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)
