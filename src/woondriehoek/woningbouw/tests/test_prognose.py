"""Hand-computed forecast, norm check and target progress (pure polars)."""

from __future__ import annotations

import polars as pl
import pytest

from woondriehoek.woningbouw.constants import HARDE_PLANSTATUSSEN, Maat, Planstatus
from woondriehoek.woningbouw.services.normtoets import NormParameters, normtoets
from woondriehoek.woningbouw.services.prognose import GEEN_CORPORATIE, prognose
from woondriehoek.woningbouw.services.voortgang import voortgang

SEG = ["sociale_huur", "middenhuur", "vrije_huur", "sociale_koop", "vrije_koop"]


def rows(*items) -> pl.DataFrame:
    out = []
    for project, corp, status, jaar, counts in items:
        row = {
            "project": project,
            "kern": "Druten",
            "corporatie": corp,
            "planstatus": status,
            "projectstatus": "voorbereiding",
            "jaar": jaar,
        }
        row |= {k: 0 for k in [*SEG, "sloop", "verkoop", "overheveling"]} | counts
        out.append(row)
    return pl.DataFrame(out)


DF = rows(
    ("A", "Woonwaarts", "1A", 2025, {"sociale_huur": 40, "vrije_koop": 60}),
    ("A", "Woonwaarts", "1A", 2030, {"sociale_huur": 10}),
    ("B", "Woonwaarts", "3", 2026, {"sociale_huur": 25, "middenhuur": 5}),
    ("C", "De Kernen", "2B", 2027, {"sociale_huur": 6, "sloop": 4, "overheveling": 2}),
    ("V", "De Kernen", "4B", 2026, {"verkoop": 3}),
    ("D", "", "2A", 2026, {"vrije_koop": 20}),
)


def test_hard_classes():
    assert {"1A", "1B", "2A", "2B"} == HARDE_PLANSTATUSSEN
    assert {s.value for s in Planstatus} - HARDE_PLANSTATUSSEN == {
        "1C",
        "2C",
        "3",
        "4A",
        "4B",
        "5A",
        "5B",
    }


def test_forecast_per_corporation():
    r = prognose(DF, 2025, 2028)
    by = {c["corporatie"]: c for c in r["corporaties"]}
    assert list(by) == ["De Kernen", "Woonwaarts", GEEN_CORPORATIE]
    assert by["Woonwaarts"]["periode"]["sociale_huur"] == {
        "nieuwbouw_hard": 40,
        "nieuwbouw_zacht": 25,
        "onttrekking_sloop_overheveling": 0,
        "onttrekking_verkoop": 0,
        "netto_groei": 40,
    }
    assert by["De Kernen"]["periode"]["sociale_huur"]["netto_groei"] == 6 - 4 - 2 - 3
    assert by["De Kernen"]["periode"]["middenhuur"]["netto_groei"] == 2
    assert by["Woonwaarts"]["doorkijk"]["sociale_huur"]["nieuwbouw_hard"] == 10
    assert r["totaal"]["periode"]["sociale_huur"]["nieuwbouw_hard"] == 46
    assert [p["jaar"] for p in r["per_jaar"]] == [2025, 2026, 2027, 2030]


def test_cancelled_projects_do_not_count():
    df = DF.with_columns(
        pl.when(pl.col("project") == "A")
        .then(pl.lit("vervallen"))
        .otherwise(pl.col("projectstatus"))
        .alias("projectstatus")
    )
    r = prognose(df, 2025, 2028)
    assert r["totaal"]["periode"]["sociale_huur"]["nieuwbouw_hard"] == 6


def test_norm_check_lists_deviations():
    toets = {t["project"]: t for t in normtoets(DF, NormParameters())}
    assert "V" not in toets  # withdrawals only
    assert toets["A"]["aandeel_sociaal"] == pytest.approx(50 / 110, abs=1e-4)
    assert toets["A"]["voldoet"] is False and "Middenhuur 0%" in toets["A"]["afwijkingen"][0]
    assert toets["D"]["afwijkingen"][0].startswith("Sociaal aandeel 0%")
    assert toets["B"]["voldoet"] is True


def test_social_purchase_counts_up_to_its_cap():
    df = rows(
        ("K", "Woonwaarts", "2A", 2026, {"sociale_huur": 25, "sociale_koop": 10, "vrije_koop": 65})
    )
    [t] = normtoets(df, NormParameters(min_sociaal=0.30, max_sociale_koop=0.05))
    assert t["aandeel_sociaal"] == 0.30 and t["voldoet"] is True
    [t] = normtoets(df, NormParameters(min_sociaal=0.35, max_sociale_koop=0.05))
    assert t["voldoet"] is False and "sociale koop telt mee tot 5%" in t["afwijkingen"][0]


def test_middenhuur_norm_only_above_threshold():
    df = rows(("M", "Woonwaarts", "2A", 2026, {"sociale_huur": 30, "vrije_koop": 70}))
    assert normtoets(df, NormParameters())[0]["voldoet"] is True  # exactly 100: not over 100


def test_progress_against_target():
    v = voortgang(DF, waarde=50, start_jaar=2022, eind_jaar=2028)
    assert (v["gepland_hard"], v["gepland_zacht"], v["stand"], v["op_koers"]) == (46, 25, 46, False)
    v = voortgang(DF, waarde=50, start_jaar=2022, eind_jaar=2028, maat=Maat.NIEUWBOUW_ALLE)
    assert v["stand"] == 71 and v["op_koers"] is True
    v = voortgang(DF, waarde=40, start_jaar=None, eind_jaar=2030, corporatie="Woonwaarts")
    assert v["stand"] == 50 and v["aandeel"] == 1.25
    v = voortgang(DF, waarde=0, start_jaar=2025, eind_jaar=2028, maat=Maat.NETTO_GROEI)
    assert v["stand"] == 46 - 9
