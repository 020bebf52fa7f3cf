"""Temporary storage of an uploaded export between the mapping and the import step.

A file with direct identifiers is refused before anything is stored; the stored file is
removed after the import (or replaced by the user's next upload).
"""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings

from ..bestanden.koppeling import weiger_identificerend
from ..bestanden.lezen import RIJ, lees_tabel

MAX_BYTES = 200 * 1024 * 1024


def _map() -> Path:
    path = Path(settings.DATA_DIR) / "aanleveringen-tmp"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _pad(token: str) -> Path:
    if not token.isalnum():
        raise FileNotFoundError(token)
    return _map() / token


def bewaar(data: bytes, naam: str) -> tuple[str, list[str]]:
    """Check the headers (ImportFout on identifiers or unreadable files) and store the bytes.
    Returns the token and the headers."""
    df = lees_tabel(data, naam)
    koppen = [c for c in df.columns if c != RIJ]
    weiger_identificerend(koppen)
    token = secrets.token_hex(16)
    suffix = ".xlsx" if naam.lower().endswith((".xlsx", ".xlsm")) else ".csv"
    (_map() / token).write_bytes(data)
    (_map() / f"{token}.naam").write_text(f"{naam}" if naam else f"bestand{suffix}")
    return token, koppen


def laad(token: str) -> tuple[bytes, str]:
    path = _pad(token)
    return path.read_bytes(), (path.with_name(f"{token}.naam")).read_text()


def verwijder(token: str) -> None:
    path = _pad(token)
    for p in (path, path.with_name(f"{token}.naam")):
        p.unlink(missing_ok=True)
