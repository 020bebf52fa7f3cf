"""Run `woondriehoek <command>` in-process, exactly as the console script does."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.management import ManagementUtility
from django.db import connections


@dataclass
class Run:
    code: int
    out: str
    err: str


def woondriehoek(capsys, monkeypatch, *argv: str) -> Run:
    # run_from_argv closes all connections afterwards; keep the test transaction open
    monkeypatch.setattr(connections, "close_all", lambda: None)
    capsys.readouterr()
    try:
        ManagementUtility(["woondriehoek", *argv]).execute()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)
