from __future__ import annotations

import json

import pytest
from django.core.management import CommandError, call_command

from .fixtures import CONCEPT_TITEL
from .helpers import rijen, werkmap, zip_csv

pytestmark = pytest.mark.django_db


def test_exporteer_writes_each_format(open_data, tmp_path):
    naam = open_data.gb.korte_naam
    call_command("exporteer", "--gemeente", naam, "--format", "xlsx", "-o", tmp_path / "b.xlsx")
    titels = [r["titel"] for r in rijen(werkmap((tmp_path / "b.xlsx").read_bytes())["documenten"])]
    assert titels == [open_data.b.titel]
    call_command("exporteer", "--gemeente", naam, "--format", "csv", "-o", tmp_path / "b.zip")
    assert "items.csv" in zip_csv((tmp_path / "b.zip").read_bytes())
    call_command("exporteer", "--gemeente", naam, "--format", "json", "-o", tmp_path / "b.json")
    assert len(json.loads((tmp_path / "b.json").read_text())) == 1


def test_exporteer_as_a_user_includes_their_drafts(open_data, tmp_path):
    from woondriehoek.organisaties.tests.factories import member

    user = member(open_data.gb)
    out = tmp_path / "b.json"
    call_command(
        "exporteer",
        "--gemeente",
        open_data.gb.naam,
        "--format",
        "json",
        "-o",
        out,
        "--gebruiker",
        user.username,
    )
    assert CONCEPT_TITEL in out.read_text()


def test_exporteer_unknown_municipality(db, tmp_path):
    with pytest.raises(CommandError, match="niet gevonden"):
        call_command("exporteer", "--gemeente", "Nergens", "--format", "json", "-o", tmp_path / "x")
