"""The background-task worker, with the report renderer loaded before the first task.

django-tasks' `db_worker` with the same options; `woondriehoek serve` starts this one. A fresh
process paid ~1.3 s more for its first report (WeasyPrint, fonts, the Vega engine), so the
worker renders a small report and a chart first (~0.7 s). Not in a thread beside the worker:
two renderings at once would share WeasyPrint and the garbage collector's state.
"""

from __future__ import annotations

from typing import Any

from django_tasks_db.management.commands.db_worker import Command as DbWorker

from woondriehoek.core.services import server


class Command(DbWorker):
    help = "Run the background-task worker (db_worker), with the report renderer loaded first."

    def handle(self, *args: Any, **options: Any) -> None:
        server.warm_up_reports()
        super().handle(*args, **options)
