"""Every environment variable the settings read is documented in docs/configuratie.md."""

from __future__ import annotations

from pathlib import Path

from woondriehoek.config.env import DECLARED

DOC = Path(__file__).resolve().parents[4] / "docs" / "configuratie.md"


def test_every_declared_variable_is_documented():
    text = DOC.read_text(encoding="utf-8")
    missing = [name for name in DECLARED if f"`{name}`" not in text]
    assert DECLARED and missing == []
