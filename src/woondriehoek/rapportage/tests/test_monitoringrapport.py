"""The monitoring report, parsed back: PDF text with pypdf, DOCX with python-docx."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext

from woondriehoek.monitoring.services.grafiek import Tabelrij
from woondriehoek.rapportage.services import afspraken, genereren
from woondriehoek.rapportage.services.monitoringrapport import monitoringrapport
from woondriehoek.rapportage.services.werkruimte import RapportFout

from .conftest import docx_tekst, nl, pdf_tekst, plat
from .fixtures import (
    BESLUIT,
    JAAR,
    ONDERTEKENAAR,
    PROJECT,
    REGEL_GEHAALD,
    REGEL_GEMIST,
    TEKST,
    THEMA,
    TODAY,
    TOELICHTING_CORPORATIE,
    TOELICHTING_GEMEENTE,
)

pytestmark = pytest.mark.django_db


def maak(ws, formaat: str) -> bytes:
    return genereren.maak("monitoring", ws.gemeente, JAAR, formaat, today=TODAY)


def test_content_model_has_every_chapter_once(ws):
    rapport = monitoringrapport(ws.gemeente, JAAR, TODAY)
    titels = [s.titel for s in rapport.secties]
    assert len(titels) == 8 and len(set(titels)) == 8
    assert [s.nummer for s in rapport.secties] == [str(i) for i in range(1, 9)]
    themas = rapport.secties[2].subsecties
    assert [s.kop for s in themas] == [f"1 {THEMA}"]  # the theme keeps its own number
    regels = themas[0].blokken[1].regels
    assert [r.tekst for r in regels] == [TEKST["gemeente"], TEKST["corporatie"], TEKST["huurders"]]
    assert [r.percentage for r in regels] == ["20%", "60%", "0%"]


def test_pdf_holds_the_fixture_toc_and_page_numbers(ws):
    pages = pdf_tekst(maak(ws, "pdf"))
    text = plat("\n".join(pages))
    for needle in [*TEKST.values(), TOELICHTING_CORPORATIE, TOELICHTING_GEMEENTE, THEMA]:
        assert plat(needle) in text
    assert nl("on schedule") in text and nl("delayed") in text
    assert ONDERTEKENAAR in text and ws.corporatie.naam in text
    assert BESLUIT in text and PROJECT not in text  # projects are summed, not listed
    assert REGEL_GEMIST in text and REGEL_GEHAALD in text
    assert f"{nl('met')}" in text and nl("missed") in text
    # target 80 over 2024–2027, realised 17 + 23: the data table under the chart
    assert "17" in text and "23" in text and "40" in text
    # planmonitor: 24 social homes in a hard plan in the period
    assert "24" in text
    # table of contents with page numbers that point at the chapter's page
    toc = plat(pages[1])
    assert nl("Table of contents") in toc
    for title in (nl("Summary"), nl("Agreements per theme"), nl("Decisions of the meetings")):
        match = re.search(rf"\d+ {re.escape(title)} ?\.* ?(\d+)", toc)
        assert match, title
        assert title in pages[int(match[1]) - 1]
    footer = nl("Page {page} of {pages}").format(page=3, pages=len(pages))
    assert plat(footer) in plat(pages[2])
    assert "Pagina" not in pages[0] and "Page " not in pages[0]  # no footer on the cover


def test_docx_has_same_content_headings_toc_and_page_fields(ws):
    data = maak(ws, "docx")
    text, doc = docx_tekst(data)
    for needle in [*TEKST.values(), TOELICHTING_CORPORATIE, BESLUIT, ONDERTEKENAAR, REGEL_GEMIST]:
        assert needle in text
    assert nl("on schedule") in text and "60%" in text
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert f"1 {nl('Summary')}" in headings and f"1 {THEMA}" in headings
    styles = {p.style.name for p in doc.paragraphs if p.text == f"1 {THEMA}"}
    assert styles == {"Heading 2", "toc 2"}  # the heading, and its line in the TOC
    body = doc.element.xml
    assert 'TOC \\o "1-2"' in body
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "updateFields" in doc.settings.element.xml
    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    assert len(doc.inline_shapes) == 2  # the target chart and the planmonitor chart, as PNG


def test_pdf_and_docx_carry_the_same_afspraken(ws):
    pdf_text = plat("\n".join(pdf_tekst(maak(ws, "pdf"))))
    docx_text = plat(docx_tekst(maak(ws, "docx"))[0])
    for needle in (*TEKST.values(), TOELICHTING_GEMEENTE, BESLUIT):
        assert (needle in pdf_text) == (needle in docx_text) is True


def test_no_running_agreement_is_a_clear_error(ws):
    with pytest.raises(RapportFout) as exc:
        genereren.maak("monitoring", ws.gemeente, 2019, "pdf", today=TODAY)
    assert ws.gemeente.korte_naam in exc.value.message and "2019" in exc.value.message


def test_an_ambitie_nobody_reports_on_has_no_status_line(ws):
    from woondriehoek.afspraken.constants import ItemSoort
    from woondriehoek.afspraken.tests.factories import ItemFactory

    ItemFactory(
        document=ws.document,
        thema=ws.thema,
        soort=ItemSoort.AMBITIE,
        nummer="",
        tekst="Iedere kern houdt een eigen aanbod voor starters.",
    )
    rapport = monitoringrapport(ws.gemeente, JAAR, TODAY)
    regels = {r.tekst: r for r in rapport.secties[2].subsecties[0].blokken[1].regels}
    ambitie = next(r for t, r in regels.items() if "starters" in t)
    assert not ambitie.toon_status
    assert all(r.toon_status for t, r in regels.items() if "starters" not in t)
    text = plat("\n".join(pdf_tekst(maak(ws, "pdf"))))
    assert "Iedere kern houdt een eigen aanbod voor starters." in text
    assert plat(nl("not measured (no lead)")) not in text


def test_data_table_stops_at_the_last_realisation_and_says_what_is_left(ws):
    with translation.override("nl"):
        rapport = monitoringrapport(ws.gemeente, JAAR, TODAY)
        verwacht = gettext(
            "No realisation yet for %(years)s; the target path reaches %(value)s in %(year)s."
        ) % {"years": "2026–2027", "value": "80", "year": 2027}
    [doel] = rapport.secties[3].subsecties
    tabel = next(b for b in doel.blokken if b.soort == "tabel")
    assert [rij[0] for rij in tabel.rijen] == ["2024", "2025"]  # 2026 and 2027: nothing yet
    [noot] = [b for b in doel.blokken if b.soort == "alinea"]
    assert noot.tekst == verwacht


def test_a_realised_year_without_a_target_path_stays_in_the_table():
    def rij(jaar, waarde, pad):
        return Tabelrij(jaar, [waarde], waarde, waarde, pad, "geen_data", "")

    # a per-year target realised once more after its end year: no path, but figures
    rijen = [rij(2026, Decimal(5), Decimal(10)), rij(2027, Decimal(4), None), rij(2028, None, None)]
    gehouden, later = afspraken._zonder_latere_lege_jaren(rijen)
    assert [r.jaar for r in gehouden] == [2026, 2027] and [r.jaar for r in later] == [2028]
    assert afspraken._nog_open(later).tekst == gettext("No realisation yet for %(years)s.") % {
        "years": "2028"
    }
