"""Target charts: the Vega-Lite spec is pure; the SVG (XML) contains the data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from woondriehoek.afspraken.tests.factories import DoelFactory, Driehoek
from woondriehoek.organisaties.tests.factories import OrganisatieFactory

from ..constants import Interpretatie, Oordeel
from ..services.charts import doel_spec, render_svg
from ..services.doelen import add_realisatie, overzicht
from ..services.grafiek import grafiek
from .factories import RealisatieFactory

SVG = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


def _aria(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return [e.get("aria-label") for e in root.iter() if e.get("aria-label")]


def test_spec_is_pure_and_stacks_per_organisation():
    spec = doel_spec(
        titel="Netto toevoeging",
        beschrijving="x",
        jaren=[2025, 2026],
        balken=[
            {"jaar": 2025, "organisatie": "Woonwaarts", "waarde": Decimal(12)},
            {"jaar": 2025, "organisatie": "De Kernen", "waarde": Decimal(3)},
        ],
        pad=[{"jaar": 2025, "waarde": Decimal(50)}, {"jaar": 2026, "waarde": Decimal(50)}],
    )
    bars, line = spec["layer"]
    assert bars["encoding"]["color"]["field"] == "organisatie"
    assert "xOffset" not in bars["encoding"]
    assert bars["data"]["values"][0] == {
        "jaar": "2025",
        "organisatie": "Woonwaarts",
        "waarde": 12.0,
    }
    assert line["mark"]["type"] == "line" and len(line["data"]["values"]) == 2
    assert bars["encoding"]["x"]["scale"]["domain"] == ["2025", "2026"]
    unstacked = doel_spec(
        titel="t",
        beschrijving="",
        jaren=[2025],
        balken=bars["data"]["values"],
        pad=[],
        gestapeld=False,
    )
    assert unstacked["layer"][0]["encoding"]["xOffset"] == {"field": "organisatie"}


def test_svg_is_xml_with_years_axis_title_and_bars():
    spec = doel_spec(
        titel="Label E/F/G",
        beschrijving="x",
        jaren=[2024, 2025, 2026],
        balken=[
            {"jaar": 2024, "organisatie": "", "waarde": 180},
            {"jaar": 2025, "organisatie": "", "waarde": 120},
        ],
        pad=[{"jaar": y, "waarde": v} for y, v in ((2024, 180), (2025, 90), (2026, 0))],
        labels={"jaar": "Jaar", "waarde": "Woningen"},
    )
    svg = render_svg(spec)
    texts = _texts(svg)
    assert {"2024", "2025", "2026", "Jaar", "Woningen", "Label E/F/G"} <= set(texts)
    labels = _aria(svg)
    assert any("2025" in label and "120" in label for label in labels)


@pytest.mark.django_db
def test_target_chart_and_table_follow_the_realisations():
    d = Driehoek()
    doel = DoelFactory(
        item=d.items["corporatie"],
        waarde=Decimal(100),
        wat="opgeleverde woningen",
        start_jaar=2025,
        eind_jaar=2028,
        vergelijking=">=",
    )
    other = OrganisatieFactory(naam="Woonstichting <Test>")
    RealisatieFactory(doel=doel, jaar=2025, waarde=20, organisatie=d.corporatie)
    RealisatieFactory(doel=doel, jaar=2025, waarde=10, organisatie=other)
    add_realisatie(doel, None, jaar=2026, waarde=Decimal(5), organisatie=d.corporatie)
    add_realisatie(
        doel, None, jaar=2026, waarde=Decimal(15), organisatie=d.corporatie
    )  # correction
    data = overzicht(doel)
    assert data.stand.interpretatie == Interpretatie.CUMULATIEF
    rows = {j.jaar: j for j in data.stand.jaren}
    assert rows[2025].waarde == 30 and rows[2025].oordeel == Oordeel.OP_KOERS  # path 25
    assert rows[2026].gerealiseerd == 15 and rows[2026].waarde == 45
    assert rows[2026].oordeel == Oordeel.ACHTER  # path 50
    g = grafiek(data)
    bars = g.spec["layer"][0]["data"]["values"]
    assert {"jaar": "2026", "organisatie": d.corporatie.naam, "waarde": 35.0} in bars  # cumulative
    texts = _texts(g.svg)
    assert "Woonstichting <Test>" in texts  # escaped in the XML, parsed back intact
    assert [r.per_organisatie for r in g.rijen if r.jaar == 2026] == [[Decimal(15), None]]
