"""The `woondriehoek` command: every Django management command, plus `demo` and `serve`."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "woondriehoek.config.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["db_worker"]:
        _warm_up_reports()
    execute_from_command_line(["woondriehoek", *args])


def _warm_up_reports() -> None:
    """The background worker makes the reports: load the PDF renderer (~1 s) before it
    takes its first task, so the first report is as quick as the next. Not in a thread
    beside it: two renderings at once would share WeasyPrint and the collector's state."""
    import django

    django.setup()
    from woondriehoek.core.services.server import warm_up_reports

    warm_up_reports()


if __name__ == "__main__":
    main()
