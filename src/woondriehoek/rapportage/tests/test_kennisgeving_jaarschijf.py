"""The council notice (DOCX) and the jaarschijf document (PDF and DOCX), parsed back."""

from __future__ import annotations

import re

import pytest

from woondriehoek.afspraken.tests.factories import (
    BetrokkenheidFactory,
    DoelFactory,
    ItemFactory,
)
from woondriehoek.rapportage.services import genereren
from woondriehoek.rapportage.services.kennisgeving import belangrijkste, geldende_documenten
from woondriehoek.rapportage.services.werkruimte import RapportFout

from .conftest import docx_tekst, nl, pdf_tekst, plat
from .fixtures import ACTIVITEIT, JAAR, NODIG, TEKST, TODAY

pytestmark = pytest.mark.django_db


def test_most_important_afspraken_rule(ws):
    """Trekker = the corporation; with a measurable target first; at most five."""
    zonder = [
        ItemFactory(document=ws.document, tekst=f"Zonder doel nummer {i}.", volgorde=i)
        for i in range(6)
    ]
    for item in zonder:
        BetrokkenheidFactory(item=item, organisatie=ws.corporatie)
    met = ItemFactory(document=ws.document, tekst="Met doel, laatste in het register.", volgorde=99)
    BetrokkenheidFactory(item=met, organisatie=ws.corporatie)
    DoelFactory(item=met)
    betrokken = ItemFactory(document=ws.document, tekst="Alleen betrokken.", volgorde=0)
    BetrokkenheidFactory(item=betrokken, organisatie=ws.corporatie, rol="betrokkene")
    gekozen = belangrijkste(geldende_documenten(ws.gemeente, JAAR), ws.corporatie)
    assert len(gekozen) == 5
    assert gekozen[0] == ws.items["corporatie"] and gekozen[1] == met  # both have a target
    assert gekozen[2:] == zonder[:3]
    assert betrokken not in gekozen


def test_kennisgeving_docx(ws):
    data = genereren.maak(
        "kennisgeving", ws.gemeente, JAAR, "docx", today=TODAY, basis_url="https://wd.example.nl/"
    )
    text, doc = docx_tekst(data)
    assert ws.document.titel in text and ws.corporatie.naam in text
    assert ws.huurders.naam in text
    assert TEKST["corporatie"] in text  # led by the corporation, with a target
    assert "80 woningen" in plat(text)
    # the public page of the workspace (openbaar) when that app provides one
    assert re.search(rf"https://wd\.example\.nl/(openbaar|gemeenten)/{ws.gemeente.slug}/", text)
    assert nl("Where to find the documents") in [
        p.text.split(" ", 1)[1] for p in doc.paragraphs if p.style.name == "Heading 1"
    ]
    assert "TOC" not in doc.element.xml  # a letter has no table of contents


def test_kennisgeving_needs_an_adopted_agreement(ws):
    ws.document.status = "concept"
    ws.document.save()
    with pytest.raises(RapportFout):
        genereren.maak("kennisgeving", ws.gemeente, JAAR, "docx", today=TODAY)


def test_jaarschijf_pdf_and_docx(ws):
    pages = pdf_tekst(genereren.maak("jaarschijf", ws.gemeente, 2026, "pdf", today=TODAY))
    pdf_text = plat("\n".join(pages))
    docx_text, _doc = docx_tekst(
        genereren.maak("jaarschijf", ws.gemeente, 2026, "docx", today=TODAY)
    )
    docx_text = plat(docx_text)
    for text in (pdf_text, docx_text):
        assert ACTIVITEIT in text and NODIG in text
        assert ws.corporatie.naam in text and ws.huurders.naam in text  # submissions table
        assert nl("Activities of %(party)s") % {"party": ws.corporatie.naam} in text
    assert nl("Table of contents") in pages[1]


def test_jaarschijf_of_a_year_without_one(ws):
    with pytest.raises(RapportFout) as exc:
        genereren.maak("jaarschijf", ws.gemeente, 2027, "pdf", today=TODAY)
    assert "2027" in exc.value.message
