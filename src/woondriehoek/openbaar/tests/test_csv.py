"""CSV for Dutch Excel: ';', UTF-8 with BOM, decimal commas, ISO dates, percent signs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser

from woondriehoek.openbaar.services.bereik import Bereik
from woondriehoek.openbaar.services.csv_nl import cel, csv_bytes, getal, procent
from woondriehoek.openbaar.services.export import SOORTEN, exporteer
from woondriehoek.openbaar.services.tabel import Soort, Tabel, kolommen

from .helpers import lees_csv, zip_csv


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1234.50"), "1234,5"),
        (Decimal("50.00"), "50"),
        (12, "12"),
        (0.1 + 0.2, "0,3"),
        (Decimal("25.714285714285"), "25,714286"),
    ],
)
def test_numbers_have_a_decimal_comma_and_no_thousands_separator(value, text):
    assert getal(value) == text


def test_percentages_dates_booleans_and_formulas():
    assert procent(Decimal("0.125")) == "12,5%"
    assert procent(1) == "100%"
    assert cel(dt.date(2026, 3, 1), Soort.DATUM) == "2026-03-01"
    assert cel(True, Soort.JANEE) == "ja" and cel(False, Soort.JANEE) == "nee"
    assert cel(None, Soort.GETAL) == ""
    assert cel("=SUM(A1)", Soort.TEKST) == "'=SUM(A1)"
    assert cel("- opsomming", Soort.TEKST) == "- opsomming"


def test_a_table_parses_back_with_semicolons_and_bom():
    tabel = Tabel("proef", kolommen("naam bedrag:getal aandeel:procent op:datum"))
    tabel.voeg_toe(naam="Café; één", bedrag=Decimal("1.5"), aandeel=0.5, op=dt.date(2026, 1, 2))
    content = csv_bytes(tabel)
    assert content.startswith(b"\xef\xbb\xbfnaam;bedrag;aandeel;op\r\n")
    assert lees_csv(content) == [
        {"naam": "Café; één", "bedrag": "1,5", "aandeel": "50%", "op": "2026-01-02"}
    ]


@pytest.mark.django_db
def test_all_kinds_are_a_zip_of_csv_files(open_data):
    bestand = exporteer(Bereik(open_data.ga, AnonymousUser()), "csv")
    assert bestand.naam.endswith(".zip") and bestand.content_type == "application/zip"
    files = zip_csv(bestand.inhoud)
    assert sorted(files) == sorted(f"{k}.csv" for k in SOORTEN)
    doelen = {r["item_id"]: r for r in files["doelen.csv"]}
    assert doelen[str(open_data.a1.pk)]["waarde"] == "12,5"
    (doc,) = files["documenten.csv"]
    assert doc["ondertekend_op"] == "2024-12-12"
    voortgang = [r for r in files["voortgang.csv"] if r["item_id"] == str(open_data.a1.pk)]
    assert [r["percentage"] for r in voortgang] == ["35%", "50%"]
    items = {r["item_id"]: r for r in files["items.csv"]}
    assert items[str(open_data.a2.pk)]["tekst"].startswith("'=")
    (real,) = files["realisaties.csv"]
    assert real["waarde"] == "11,25"


@pytest.mark.django_db
def test_one_kind_is_one_csv_file(open_data):
    bestand = exporteer(Bereik(open_data.ga, AnonymousUser()), "csv", "themas")
    assert bestand.naam.endswith("-themas-20260315.csv") or bestand.naam.endswith(".csv")
    assert bestand.content_type.startswith("text/csv")
    rows = lees_csv(bestand.inhoud)
    assert [r["titel"] for r in rows] == [
        "Betaalbaarheid",
        "Huurprijzen",
        "Duurzaamheid en kwaliteit",
    ]
