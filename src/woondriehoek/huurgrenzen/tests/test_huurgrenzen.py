from __future__ import annotations

import csv
from decimal import Decimal
from io import StringIO

import polars as pl
import pytest
from django.core.management import call_command
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from woondriehoek.huurgrenzen.models import Huurgrens
from woondriehoek.huurgrenzen.services.grenzen import (
    DATA_FILE,
    GeenGrenzen,
    grenzen_uit_bestand,
    grenzen_voor,
    huurklasse,
    huurklasse_expr,
    wws_segment,
)


def test_data_file_has_a_source_per_row_and_ordered_limits():
    with DATA_FILE.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) >= 8
    for r in rows:
        assert r["bron"].strip()
        values = [
            float(r[k])
            for k in (
                "kwaliteitskortingsgrens",
                "aftoppingsgrens_laag",
                "aftoppingsgrens_hoog",
                "liberalisatiegrens",
            )
        ]
        assert values == sorted(values)
        if r["middenhuur_max"]:
            assert float(r["middenhuur_max"]) > float(r["liberalisatiegrens"])


@pytest.mark.django_db
def test_table_is_loaded_on_migrate_and_load_is_idempotent():
    assert Huurgrens.objects.count() == len(list(csv.DictReader(DATA_FILE.open())))
    out = StringIO()
    call_command("load_huurgrenzen", stdout=out)
    assert "0 toegevoegd" in out.getvalue()


@pytest.mark.django_db
def test_fallback_to_latest_earlier_year_says_which_year():
    g = grenzen_voor(2030)
    assert (g.jaar, g.gevraagd_jaar, g.is_teruggevallen) == (2026, 2030, True)
    assert grenzen_voor(2019).jaar == 2015
    g25 = grenzen_voor(2025)
    assert g25.aftoppingsgrens_laag == 682.96 and not g25.is_teruggevallen
    with pytest.raises(GeenGrenzen, match="2010"):
        grenzen_voor(2010)


@pytest.mark.django_db
def test_admin_edit_is_used_and_kept_in_history():
    row = Huurgrens.objects.get(jaar=2025)
    row.liberalisatiegrens = Decimal("900.10")
    row.save()
    assert grenzen_voor(2025).liberalisatiegrens == 900.10
    assert row.history.count() == 2
    out = StringIO()
    call_command("load_huurgrenzen", "--bijwerken", stdout=out)
    assert "1 bijgewerkt" in out.getvalue()
    assert grenzen_voor(2025).liberalisatiegrens == 900.07


def test_rent_classes_at_the_boundaries():
    g = grenzen_uit_bestand(2025)
    assert huurklasse(477.20, g) == "goedkoop"
    assert huurklasse(477.21, g) == "betaalbaar_1"
    assert huurklasse(682.96, g) == "betaalbaar_1"
    assert huurklasse(731.93, g) == "betaalbaar_2"
    assert huurklasse(900.07, g) == "duur_sociaal"
    assert huurklasse(1184.82, g) == "middenhuur"
    assert huurklasse(1184.83, g) == "vrije_sector"
    assert huurklasse(900.08, grenzen_uit_bestand(2023)) == "vrije_sector"  # no middenhuur yet


def test_wws_bands():
    g = grenzen_uit_bestand(2025)
    assert [wws_segment(p, g) for p in (143, 144, 186, 187)] == [
        "sociaal",
        "middenhuur",
        "middenhuur",
        "vrije_sector",
    ]
    assert wws_segment(150, grenzen_uit_bestand(2023)) is None


@given(
    st.lists(st.floats(0, 2000).map(lambda x: round(x, 2)), min_size=1, max_size=30),
    st.sampled_from([2015, 2021, 2024, 2026]),
)
def test_polars_expression_agrees_with_python(rents, jaar):
    g = grenzen_uit_bestand(jaar)
    got = pl.DataFrame({"h": rents}).select(huurklasse_expr("h", g)).to_series().to_list()
    assert got == [huurklasse(r, g) for r in rents]


@pytest.mark.django_db
def test_list_is_public_and_shows_sources(client):
    html = client.get(reverse("huurgrenzen:lijst")).content.decode()
    assert "682.96" in html or "682,96" in html
    assert "rijksoverheid" in html
