"""The PDF's layout, read back with pdfplumber: with several corporations with long names no
word runs into another (table headers, names in narrow columns) and chart legends keep each
name whole."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from woondriehoek.afspraken.tests.factories import PartijFactory
from woondriehoek.monitoring.tests.factories import RealisatieFactory
from woondriehoek.organisaties.tests.factories import OrganisatieFactory
from woondriehoek.rapportage.services import genereren

from .conftest import nl
from .fixtures import JAAR, TODAY

pytestmark = pytest.mark.django_db

NAMEN = [
    "Woonstichting Rivierenland Oost 1",
    "Woonstichting Rivierenland Oost 2",
    "Stichting Wonen Maas en Waal",
]


def met_lange_namen(ws) -> None:
    """Three more corporations that each realised part of the target in 2024 and 2025."""
    for naam in NAMEN:
        org = OrganisatieFactory(naam=naam)
        PartijFactory(document=ws.document, organisatie=org)
        for jaar, waarde in ((2024, 11), (2025, 13)):
            RealisatieFactory(doel=ws.doel, jaar=jaar, waarde=waarde, organisatie=org)


def horizontal(page):
    """The page without turned letters (a chart's vertical axis title). pdfminer calls a letter
    turned by 90° "upright" when the cosine in its matrix is 6e-17 rather than 0, as in the
    charts vl-convert draws; so the matrix is read here."""
    return page.filter(
        lambda o: (
            o.get("object_type") != "char"
            or (abs(o["matrix"][1]) < 1e-6 and abs(o["matrix"][2]) < 1e-6)
        )
    )


def overlaps(words: list[dict]) -> list[tuple[str, str]]:
    """Pairs of upright words on one page whose boxes intersect by more than a hair."""
    found = []
    upright = sorted((w for w in words if w["upright"]), key=lambda w: (w["top"], w["x0"]))
    for i, a in enumerate(upright):
        for b in upright[i + 1 :]:
            if b["top"] >= a["bottom"] - 0.5:
                break
            width = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            height = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if width > 1.0 and height > 1.0:
                found.append((a["text"], b["text"]))
    return found


def test_no_word_runs_into_another_and_legends_keep_whole_names(ws):
    met_lange_namen(ws)
    data = genereren.maak("monitoring", ws.gemeente, JAAR, "pdf", today=TODAY)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [
            (horizontal(page).extract_words(), page.extract_text() or "") for page in pdf.pages
        ]
    for number, (words, _text) in enumerate(pages, 1):
        assert overlaps(words) == [], f"page {number}"
    text = "\n".join(text for _words, text in pages)
    assert "…" not in text  # Vega cuts long legend labels with an ellipsis
    for naam in NAMEN:  # in the chart legend, whole, once per chart at least
        assert naam in " ".join(text.split())


def test_facts_values_start_at_35_percent_of_the_text_width(ws):
    """Facts tables are laid out fixed (fast) with the label column at 35 % of the width,
    padding included, as the automatic layout had it."""
    data = genereren.maak("monitoring", ws.gemeente, JAAR, "pdf", today=TODAY)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
    margin = 18 / 25.4 * 72
    column = margin + 0.35 * (page.width - 2 * margin)
    label = next(w for w in words if w["text"] == nl("Period"))  # a row of the cover's facts
    value = min(
        (w for w in words if abs(w["top"] - label["top"]) < 1 and w["x0"] > column - 20),
        key=lambda w: w["x0"],
    )
    assert abs(value["x0"] - column) < 0.5
