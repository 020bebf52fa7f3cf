"""A report laid out in two processes (pdf_delen) is the same PDF as one laid out in one piece:
every page pixel for pixel, the same bookmarks, links from the contents, named destinations and
metadata. Charts are drawn by vl-convert on their places (pdf_grafieken). Any failure falls
back to the one-piece path; short reports and reports without a cover never split."""

from __future__ import annotations

import io
import logging
import os
import re

import pdfplumber
import pikepdf
import pypdfium2 as pdfium
import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from woondriehoek.rapportage.services import genereren, pdf, pdf_delen, pdf_grafieken
from woondriehoek.rapportage.services.pdf_delen import Opgemaakt

from .fixtures import JAAR, TODAY

pytestmark = pytest.mark.django_db


def beeld(data: bytes) -> dict:
    """What a reader sees and clicks: pixels per page, bookmarks, links, destinations."""
    document = pdfium.PdfDocument(data)
    try:
        pages = [document[i].render(scale=1).to_pil().tobytes() for i in range(len(document))]
        toc = [(b.level, b.get_title(), b.get_dest().get_index()) for b in document.get_toc()]
    finally:
        document.close()
    with pikepdf.open(io.BytesIO(data)) as k:
        links = sorted(
            (i, str(a.get("/Dest", a.get("/A"))), tuple(round(float(v), 1) for v in a.Rect))
            for i, page in enumerate(k.pages)
            for a in page.get("/Annots", [])
        )
        bestemmingen = {
            naam: (k.pages.index(pikepdf.Page(d[0])), round(float(d[2]), 1), round(float(d[3]), 1))
            for naam, d in pikepdf.NameTree(k.Root.Names.Dests).items()
        }
        info = {str(key): str(value) for key, value in k.docinfo.items()}
        taal = str(k.Root.Lang)
    return {"pages": pages, "toc": toc, "links": links, "dests": bestemmingen, "info": info,
            "lang": taal}  # fmt: skip


@pytest.fixture
def rapport(ws):
    with translation.override("nl"):
        yield genereren.inhoud("monitoring", ws.gemeente, JAAR, TODAY)


@pytest.fixture
def gesplitst(monkeypatch):
    """Split even the small fixture report; record each split and what it returned (bytes,
    or the error that made it fall back to one piece)."""
    monkeypatch.setattr(pdf_delen, "MIN_GEWICHT", 0)
    calls: list[tuple[tuple, object]] = []
    real = pdf_delen._render_delen

    def recorded(*args):
        try:
            result = real(*args)
        except Exception as error:
            calls.append((args, error))
            raise
        calls.append((args, result))
        return result

    monkeypatch.setattr(pdf_delen, "_render_delen", recorded)
    return calls


def test_two_processes_make_the_same_pdf_as_one(rapport, gesplitst):
    with translation.override("nl"):
        een = pdf.render_enkel(rapport)
        twee = pdf.render_pdf(rapport)
    [(args, result)] = gesplitst
    assert result == twee  # made in two parts, not by the fallback
    eerste, tweede = args[1:]
    assert eerste and tweede and len(eerste) + len(tweede) == len(rapport.secties)
    a, b = beeld(een), beeld(twee)
    assert len(a["pages"]) == len(b["pages"]) > 8
    assert [i for i, (x, y) in enumerate(zip(a["pages"], b["pages"], strict=True)) if x != y] == []
    assert a["toc"] == b["toc"] and len(a["toc"]) >= 9
    assert a["links"] == b["links"] and len(a["links"]) >= 9
    assert a["dests"] == b["dests"] and "h1" in b["dests"]
    assert (a["info"], a["lang"]) == (b["info"], b["lang"]) == (a["info"], "nl")


def test_a_wrong_guess_of_the_contents_length_is_made_good(rapport, gesplitst, monkeypatch):
    monkeypatch.setattr(pdf_delen, "REGELS_PER_INHOUDSPAGINA", 1)  # guesses far too many
    with translation.override("nl"):
        twee = pdf.render_pdf(rapport)
        assert beeld(twee)["pages"] == beeld(pdf.render_enkel(rapport))["pages"]
    assert [result for _args, result in gesplitst] == [twee]


def test_a_failing_child_falls_back_to_one_piece(rapport, gesplitst, monkeypatch, caplog):
    ouder = os.getpid()
    real = pdf_delen._opmaak

    def faalt_in_kind(*args, **kwargs):
        if os.getpid() != ouder:
            raise ValueError("broken part")
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf_delen, "_opmaak", faalt_in_kind)
    with translation.override("nl"), caplog.at_level(logging.ERROR):
        data = pdf.render_pdf(rapport)
        assert beeld(data)["pages"] == beeld(pdf.render_enkel(rapport))["pages"]
    [(_args, error)] = gesplitst
    assert isinstance(error, RuntimeError) and "broken part" in str(error)
    assert "broken part" in caplog.text and "in one piece" in caplog.text


@pytest.mark.parametrize("reden", ["one process", "short", "no cover"])
def test_what_is_never_split(rapport, settings, monkeypatch, reden):
    if reden != "short":
        monkeypatch.setattr(pdf_delen, "MIN_GEWICHT", 0)
    if reden == "one process":
        settings.WOONDRIEHOEK_PDF_PROCESSES = 1
    if reden == "no cover":
        rapport.voorblad = False
    assert pdf_delen.render(rapport) is None


@given(st.lists(st.tuples(st.floats(0, 5_000), st.integers(0, 25)), min_size=1, max_size=12))
def test_every_chapter_goes_to_one_side_in_report_order(hoofdstukken):
    hier, kind = pdf_delen.verdeel(hoofdstukken)
    assert sorted(hier + kind) == list(range(len(hoofdstukken)))
    assert hier == sorted(hier) and kind == sorted(kind)


def test_charts_draw_their_chapter_to_this_side_and_plain_chapters_share_out_evenly():
    # the chapter with charts would keep the child waiting for the Vega engine
    assert pdf_delen.verdeel([(3_000, 0), (1_000, 10), (500, 0)]) == ([1], [0, 2])
    hier, kind = pdf_delen.verdeel([(400, 0)] * 6)
    assert len(hier) == len(kind) == 3


def test_weighing_a_chapter_draws_no_chart(rapport, monkeypatch):
    def nooit(spec):
        raise AssertionError("a chart was drawn to weigh a chapter")

    monkeypatch.setattr(pdf_grafieken.grafieken, "svg", nooit)
    monkeypatch.setattr(pdf_delen, "MIN_GEWICHT", 0)
    with translation.override("nl"):
        hier, kind = pdf_delen._delen(rapport)
    assert len(hier) + len(kind) == len(rapport.secties)


def deel(paginas: int, ankers: dict[str, int]) -> Opgemaakt:
    return Opgemaakt(paginas, {k: (p, 0.0, 0.0) for k, p in ankers.items()}, [], {}, [])


def test_pages_of_chapters_shared_out_come_back_in_report_order(rapport):
    ankers = [s.anker for s in rapport.secties]
    # this side: chapters 1 and 3 (2 + 1 pages); the child: chapter 2 and the rest (1 each)
    a = deel(3, {ankers[0]: 0, ankers[2]: 2})
    b = deel(len(ankers) - 2, {anker: i for i, anker in enumerate([ankers[1], *ankers[3:]])})
    pdf_delen.plaats_pagina(rapport, [a, b])
    assert a.plaats == [0, 1, 3]
    assert b.plaats == [2, *range(4, len(ankers) + 1)]


def test_a_page_outside_every_chapter_is_refused(rapport):
    ankers = [s.anker for s in rapport.secties]
    a = deel(3, {ankers[0]: 1})  # page 0 comes before the first chapter heading
    b = deel(1, {anker: 0 for anker in ankers[1:2]})
    with pytest.raises(RuntimeError, match="no chapter"):
        pdf_delen.plaats_pagina(rapport, [a, b])


def _geplaatst(page: pikepdf.Page) -> list[tuple[float, float, float, float]]:
    """Where the page draws a Form XObject: (x1, y1, x2, y2) in points, from the `cm` before
    each `Do` (pikepdf's overlays) and the form's bounding box."""
    forms = page.Resources.get("/XObject", {})
    boxes, matrix = [], None
    for operands, operator in pikepdf.parse_content_stream(page):
        if str(operator) == "cm":
            matrix = [float(v) for v in operands]
        elif str(operator) == "Do" and forms.get(str(operands[0]), {}).get("/Subtype") == "/Form":
            a, _b, _c, d, e, f = matrix
            x0, y0, x1, y1 = (float(v) for v in forms[str(operands[0])].BBox)
            boxes.append((e + a * x0, f + d * y0, e + a * x1, f + d * y1))
    return boxes


def test_charts_land_on_their_placeholders_as_text_and_leave_no_marking_link(rapport):
    specs: list[dict] = []
    with translation.override("nl"):
        source = pdf.html(rapport, specs)
        data = pdf.render_enkel(rapport)
    layout = pdf.report_html_class()(string=source, base_url=".").render()
    plekken = pdf_grafieken.neem_plekken(layout, len(specs))
    assert len(specs) >= 2  # the target chart and the planmonitor chart
    with pikepdf.open(io.BytesIO(data)) as k, pdfplumber.open(io.BytesIO(data)) as plumber:
        uris = [str(a.get("/A", {}).get("/URI", "")) for p in k.pages for a in p.get("/Annots", [])]
        assert not [u for u in uris if u.startswith(pdf_grafieken.SCHEME)]
        for plek in plekken.values():
            page = k.pages[plek.pagina]
            hoogte = float(page.mediabox[3])
            doel = pdf_grafieken.pdf_rechthoek(plek.rechthoek, hoogte)
            verwacht = (doel.llx, doel.lly, doel.urx, doel.ury)
            assert any(
                all(abs(g - v) < 1.5 for g, v in zip(box, verwacht, strict=True))
                for box in _geplaatst(page)
            ), (plek, _geplaatst(page))
            # inside the chart's own box the PDF has text: the chart's labels, not curves
            x1, y1, x2, y2 = (v * pdf_grafieken.PX_TO_PT for v in plek.rechthoek)
            binnen = plumber.pages[plek.pagina].crop((x1, y1, x2, y2)).extract_text()
            assert re.search(r"\b20\d\d\b", binnen) and len(binnen.split()) >= 8, binnen


def test_a_chart_without_its_place_is_an_error_not_a_gap():
    class Page:
        links = [("external", pdf_grafieken.href(0), (0, 0, 10, 10), None)]

    class Document:
        pages = [Page()]

    assert pdf_grafieken.neem_plekken(Document(), 1)[0].pagina == 0
    Page.links = []
    with pytest.raises(pdf_grafieken.GrafiekFout, match=r"\[0\]"):
        pdf_grafieken.neem_plekken(Document(), 1)
