"""Helpers for tests that extract a small document written inline."""

from __future__ import annotations

from pathlib import Path

from woondriehoek.importeren.extract import extract_file


def extract_text(tmp_path: Path, text: str, name: str = "doc.txt") -> dict:
    """Afspraken-JSON of `text` saved as `name` (the suffix picks the reader)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def party_ids(result: dict) -> dict[str, str]:
    """The extracted parties' ids by name."""
    return {p["name"]: p["id"] for p in result["parties"]}
