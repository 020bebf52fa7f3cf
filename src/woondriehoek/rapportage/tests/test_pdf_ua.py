"""The reports' own short user-agent stylesheet (ADR 0009) changes nothing on the page: every
report kind renders pixel for pixel as with WeasyPrint's full HTML5 stylesheet, with the same
bookmarks; every element the templates produce has its rule; the WeasyPrint hook still
exists. And the garbage collector, paused while WeasyPrint works, is back on and has collected
afterwards."""

from __future__ import annotations

import gc
import re
import weakref
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from django.utils import translation
from weasyprint import HTML

from woondriehoek.rapportage.services import genereren, pdf

from .fixtures import JAAR, TODAY

TEMPLATES = Path(pdf.__file__).resolve().parent.parent / "templates/rapportage/pdf"


def pages(data: bytes) -> tuple[list[bytes], list[tuple[int, str]]]:
    """Each page as rendered pixels, and the bookmarks as (level, title)."""
    document = pdfium.PdfDocument(data)
    try:
        images = [document[i].render(scale=1).to_pil().tobytes() for i in range(len(document))]
        toc = [(item.level, item.get_title()) for item in document.get_toc()]
    finally:
        document.close()
    return images, toc


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("soort", "jaar"), [("monitoring", JAAR), ("jaarschijf", 2026), ("kennisgeving", JAAR)]
)
def test_every_report_kind_renders_as_with_the_full_stylesheet(ws, soort, jaar):
    with translation.override("nl"):
        source = pdf.html(genereren.inhoud(soort, ws.gemeente, jaar, TODAY))
    lean, lean_toc = pages(pdf.report_html_class()(string=source, base_url=".").write_pdf())
    full, full_toc = pages(HTML(string=source, base_url=".").write_pdf())
    assert len(lean) == len(full) > 1
    assert lean_toc == full_toc
    assert [i for i, (a, b) in enumerate(zip(lean, full, strict=True), 1) if a != b] == []


def _displayed() -> set[str]:
    """The elements that a rule of ua.css gives a display (selectors before "{ display")."""
    css = re.sub(r"/\*.*?\*/", "", (TEMPLATES / "ua.css").read_text(), flags=re.S)
    found: set[str] = set()
    for selectors, body in re.findall(r"([^{}@]+)\{([^{}]*)\}", css):
        if re.search(r"(?:^|;)\s*display\s*:", body):
            found |= {
                s.strip() for s in selectors.split(",") if re.fullmatch(r"\s*[a-z0-9]+\s*", s)
            }
    return found


def test_every_element_of_the_templates_has_its_display_rule():
    used = set()
    for template in ("rapport.html", "_blok.html"):
        used |= set(re.findall(r"<([a-z][a-z0-9]*)", (TEMPLATES / template).read_text()))
    assert used - _displayed() == set()


def test_the_weasyprint_hook_is_there_and_used():
    assert callable(getattr(HTML, "_ua_stylesheets", None))
    report_html = pdf.report_html_class()
    assert report_html._ua_stylesheets is not HTML._ua_stylesheets
    [stylesheet] = report_html(string="<p>x</p>")._ua_stylesheets()
    assert stylesheet is pdf.report_html_class()(string="<p>y</p>")._ua_stylesheets()[0]


def test_the_collector_is_paused_while_rendering_and_back_after_an_error():
    seen = []
    with pdf.collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    with pytest.raises(ValueError), pdf.collector_paused():
        raise ValueError("broken report")
    assert gc.isenabled()
    gc.disable()
    try:
        with pdf.collector_paused():
            pass
        assert not gc.isenabled()  # who paused it first turns it back on
    finally:
        gc.enable()


def test_cycles_made_while_paused_are_collected_at_the_end():
    class Node:
        pass

    with pdf.collector_paused():
        node = Node()
        node.self = node
        ref = weakref.ref(node)
        del node
        assert ref() is not None
    assert ref() is None


def test_what_existed_before_is_frozen_while_paused_and_thawed_after():
    before = gc.get_freeze_count()
    with pdf.collector_paused():
        frozen = gc.get_freeze_count()
    assert frozen > before and gc.get_freeze_count() == 0
