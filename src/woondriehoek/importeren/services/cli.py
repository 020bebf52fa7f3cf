"""Shared pieces of the extract/import/export commands: one Dutch line per failure."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db import DatabaseError


class Fout(CommandError):
    """Django prints a CommandError as '<ClassName>: <message>' without traceback;
    the class name makes that line read 'Fout: …'."""


def one_line(message: str) -> str:
    return " ".join(str(message).split())


def validation_message(exc: ValidationError) -> str:
    return one_line(" ".join(str(m) for m in exc.messages))


def dump(data: dict | list) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(path: Path, data: dict | list) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dump(data), encoding="utf-8")
    except OSError as exc:
        raise Fout(f"Kan '{path}' niet schrijven: {exc.strerror or exc}.") from exc


def read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise Fout(f"Het bestand '{path}' bestaat niet.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Fout(f"'{path.name}' is geen geldige JSON: {one_line(str(exc))}.") from exc


def guarded(handle: Callable) -> Callable:
    """A database that is missing or not migrated is one line too, not a traceback."""

    @functools.wraps(handle)
    def wrapper(*args, **kwargs):
        try:
            return handle(*args, **kwargs)
        except DatabaseError as exc:
            raise Fout(
                "De database is niet bereikbaar of niet bijgewerkt (voer eerst "
                f"'woondriehoek migrate' uit): {one_line(str(exc))}"
            ) from exc

    return wrapper
