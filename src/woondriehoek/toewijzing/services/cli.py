"""Shared helpers for the monitor commands: reading a file and failing with one Dutch line."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from django.core.management.base import CommandError

from woondriehoek.huurgrenzen.services.grenzen import GeenGrenzen, Grenzen, grenzen_voor

from ..bestanden import ImportFout, lees_en_valideer


def lees_bestand(pad: str, soort: str) -> pl.DataFrame:
    path = Path(pad)
    if not path.is_file():
        raise CommandError(f"Bestand niet gevonden: {pad}")
    try:
        return lees_en_valideer(path.read_bytes(), soort, naam=path.name)
    except ImportFout as exc:
        raise CommandError(f"{path.name}: {exc.eerste_regel()}") from exc


def grenzen(jaar: int) -> Grenzen:
    try:
        return grenzen_voor(jaar)
    except GeenGrenzen as exc:
        raise CommandError(str(exc)) from exc


def als_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"
