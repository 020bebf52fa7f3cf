"""XLSX exports: one sheet per kind, real cell types, frozen and filtered headers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

from woondriehoek.openbaar.services.bereik import Bereik
from woondriehoek.openbaar.services.export import SOORTEN, exporteer

from .helpers import rijen, werkmap

pytestmark = pytest.mark.django_db


@pytest.fixture
def wb(open_data):
    bestand = exporteer(Bereik(open_data.ga, AnonymousUser()), "xlsx")
    assert bestand.naam.endswith(".xlsx")
    return werkmap(bestand.inhoud)


def test_one_sheet_per_kind_with_frozen_filtered_header(wb):
    assert wb.sheetnames == list(SOORTEN)
    for ws in wb:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws["A1"].font.bold


def test_register_cells_hold_values_of_the_right_type(wb, open_data):
    (doc,) = rijen(wb["documenten"])
    assert doc["document_id"] == open_data.a.pk
    assert doc["titel"] == open_data.a.titel
    assert doc["periode_start"] == 2025 and isinstance(doc["periode_start"], int)
    assert doc["ondertekend_op"] == dt.datetime(2024, 12, 12)
    assert wb["documenten"]["H2"].number_format == "DD-MM-YYYY"
    assert doc["aantal_items"] == 5
    items = {r["item_id"]: r for r in rijen(wb["items"])}
    a1 = items[open_data.a1.pk]
    assert a1["thema"] == "1 Betaalbaarheid > 1.1 Huurprijzen"
    assert a1["trekkers"] == open_data.corp.naam
    assert items[open_data.a5.pk]["trekkers"] == "Energieloket"
    assert a1["gewicht"] == 1 and isinstance(a1["gewicht"], int)
    doelen = {r["item_id"]: r for r in rijen(wb["doelen"])}
    assert doelen[open_data.a1.pk]["waarde"] == 12.5
    assert doelen[open_data.a2.pk]["waarde"] == 50
    assert doelen[open_data.a2.pk]["vergelijking"] == ">="


def test_text_starting_with_equals_stays_text(wb, open_data):
    ws = wb["items"]
    cell = next(c for (c,) in ws.iter_rows(min_col=7, max_col=7) if str(c.value).startswith("="))
    assert cell.data_type == "s"
    assert cell.value == open_data.a2.tekst


def test_progress_percentages_are_fractions_formatted_as_percent(wb, open_data):
    ws = wb["voortgang"]
    rows = rijen(ws)
    a1 = [r for r in rows if r["item_id"] == open_data.a1.pk]
    assert [(r["jaar"], r["periode"], r["status"], r["percentage"]) for r in a1] == [
        (2025, "H2", "risico", 0.35),
        (2026, "H1", "op_schema", 0.5),
    ]
    col = list(rows[0]).index("percentage") + 1
    assert ws.cell(row=2, column=col).number_format == "0.0%"
    assert isinstance(a1[0]["gemeld_op"], dt.datetime)
    assert "auteur" not in rows[0]


def test_realisations_and_target_status(wb, open_data):
    (r,) = rijen(wb["realisaties"])
    assert (r["jaar"], r["waarde"], r["organisatie"]) == (2025, 11.25, open_data.corp.naam)
    stand = rijen(wb["doelstand"])
    assert stand and stand[0]["doel_id"] == open_data.a1.doelen.get().pk
    assert stand[0]["interpretatie"] == "per_jaar"  # a percentage is a rate


def test_monitor_sheets_are_empty_for_anonymous(wb):
    assert rijen(wb["projecten"]) == []
    assert rijen(wb["toewijzing"]) == []


def test_planmonitor_rows_for_a_reader_of_the_workspace(open_data):
    from woondriehoek.organisaties.constants import Rol
    from woondriehoek.organisaties.tests.factories import member

    user = member(open_data.ga, Rol.LEZER)
    wb = werkmap(exporteer(Bereik(open_data.ga, user), "xlsx", "projecten").inhoud)
    assert wb.sheetnames == ["projecten"]
    (p,) = rijen(wb["projecten"])
    assert (p["project"], p["jaar"], p["sociale_huur"], p["vrije_koop"]) == (
        "Achter de Kerk",
        2027,
        12,
        8,
    )
    assert p["hard"] == "ja"
