"""The Dutch catalog is complete: every msgid in code and templates is translated and compiled."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

PACKAGE = Path(__file__).resolve().parents[2]
PO = PACKAGE / "locale" / "nl" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def _ids(catalog) -> set[tuple[str, str]]:
    return {(e.msgctxt or "", e.msgid) for e in catalog if not e.obsolete}


def test_every_entry_is_translated_and_none_is_fuzzy():
    catalog = polib.pofile(str(PO))
    missing = [e.msgid for e in catalog.untranslated_entries()]
    fuzzy = [e.msgid for e in catalog.fuzzy_entries()]
    assert missing == [] and fuzzy == []


def test_compiled_catalog_matches_the_source():
    po, mo = polib.pofile(str(PO)), polib.mofile(str(MO))
    translations = {(e.msgctxt or "", e.msgid): e.msgstr or e.msgstr_plural.get(0) for e in mo}
    for entry in po.translated_entries():
        got = translations.get((entry.msgctxt or "", entry.msgid))
        want = entry.msgstr or entry.msgstr_plural.get(0)
        assert got == want, f"django.mo is stale for {entry.msgid!r}: run `make messages`"


def test_catalog_holds_every_string_of_the_code(tmp_path):
    """Extract the strings afresh (needs GNU gettext, installed in CI) and compare."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("xgettext is missing (apt-get install gettext)")
        pytest.skip("xgettext is not installed")
    copy = tmp_path / "woondriehoek"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "woondriehoek.cli",
            "makemessages",
            "-l",
            "nl",
            "--no-obsolete",
            "--no-location",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    fresh = polib.pofile(str(copy / "locale" / "nl" / "LC_MESSAGES" / "django.po"))
    absent = sorted(m for _, m in _ids(fresh) - _ids(polib.pofile(str(PO))))
    assert absent == [], "run `make messages` and translate the new strings"
