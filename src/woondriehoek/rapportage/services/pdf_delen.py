"""A long report laid out in two processes at once (docs/adr/0011).

WeasyPrint works on one core. A report with a cover starts every chapter on a new page, so
its chapters can be laid out apart: the chapters are shared out over two parts (`verdeel`),
a forked process lays out and draws the second while this one does the first, both without
footers. The Vega engine runs only in this process: it draws the charts of this part while
the child works, those of the child's part before the fork. Then, with every part's page
count and anchors known, WeasyPrint makes the cover and the table of contents with the page
numbers as text, followed by one empty page per chapter page that carries only the footer
("Page 3 of 57", the running title). pikepdf puts it together: the chapter pages in order,
each with its footer page drawn over it, the charts on their places (pdf_grafieken), links
from the contents to the chapters, bookmarks and named destinations as WeasyPrint makes
them. `rapportage/tests/test_pdf_delen.py` checks that the result renders pixel for pixel as
the report laid out in one piece.

Only on Linux (fork) and not in a daemon process; a short report, a report without a cover,
WOONDRIEHOEK_PDF_PROCESSES=1 or any failure in the parts takes the one-piece path.
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings

from . import grafieken, pdf, pdf_grafieken
from .inhoud import Rapportdocument, Sectie

logger = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]*>")

ANKER_SCHEME = "woondriehoek-anker:"
MIN_GEWICHT = 2_500  # lighter reports (~20 pages) gain too little from two processes
TEKENS_PER_ELEMENT = 210  # characters of text that cost as much as one element (benchmarks/)
AANDEEL_VOORKANT = 0.13  # cover, contents and footers cost about this share (benchmarks/)
GRAFIEK_SVG = 100  # what the Vega engine costs per chart, in weight (benchmarks/)
GRAFIEK_PDF = 50  # what drawing a chart as PDF costs, in weight
REGELS_PER_INHOUDSPAGINA = 45  # a guess, checked: a wrong one costs a second try
WACHTTIJD = 300  # seconds the child may take in all before the one-piece path is taken


@dataclass
class Opgemaakt:
    """A part as WeasyPrint laid it out, in plain data a pipe can carry; `data` (the drawn
    PDF) follows when it is drawn."""

    paginas: int
    ankers: dict[str, tuple[int, float, float]]  # name -> page index, x, y (CSS px)
    bladwijzers: list  # make_bookmark_tree(): (label, (page, x, y in pt), children, state)
    plekken: dict[int, pdf_grafieken.Plek]
    links: list[tuple[int, str, tuple[float, float, float, float]]]  # page, anchor, rectangle
    data: bytes = b""
    plaats: list[int] = field(default_factory=list)  # each page's place among chapter pages


def render(rapport: Rapportdocument) -> bytes | None:
    """The report as PDF, laid out in two parts at once; None where that does not apply."""
    if settings.WOONDRIEHOEK_PDF_PROCESSES < 2 or not rapport.voorblad or len(rapport.secties) < 2:
        return None
    if not sys.platform.startswith("linux") or multiprocessing.current_process().daemon:
        return None  # fork is only safe enough on Linux; a daemon process may not fork
    try:
        delen = _delen(rapport)
        return None if delen is None else _render_delen(rapport, *delen)
    except Exception:
        logger.exception("laying the report out in parts failed; laying it out in one piece")
        return None


def _delen(rapport: Rapportdocument) -> tuple[list[Sectie], list[Sectie]] | None:
    """The chapters shared out over this process and the child (`verdeel`); None for a
    short report. Weighed without drawing a chart."""
    hoofdstukken = []
    for sectie in rapport.secties:
        specs: list[dict] = []
        html = pdf.html(rapport, specs, pdf.Deel([sectie], voorkant=False, maten=False))
        hoofdstukken.append((gewicht(html), len(specs)))
    if sum(w for w, _n in hoofdstukken) < MIN_GEWICHT:
        return None
    hier, kind = verdeel(hoofdstukken)
    if not hier or not kind:
        return None
    return [rapport.secties[i] for i in hier], [rapport.secties[i] for i in kind]


def verdeel(hoofdstukken: list[tuple[float, int]]) -> tuple[list[int], list[int]]:
    """Chapter indexes (weight, number of charts) for this process and for the child, each
    in report order: heaviest first, each to the side where the slower of the two ends
    soonest. This side starts with the cover, contents and footers it makes later, and
    draws every chart as PDF. The Vega engine runs only here: a chart of a chapter here is
    drawn while the child works, one of a chapter there before the child can start. Charts
    count as drawn anew; a chart whose drawing is cached costs nothing, and this side ends
    earlier than reckoned."""
    totaal = sum(w for w, _n in hoofdstukken)
    hier = totaal * AANDEEL_VOORKANT + GRAFIEK_PDF * sum(n for _w, n in hoofdstukken)
    daar = 0.0
    delen: tuple[list[int], list[int]] = ([], [])
    volgorde = sorted(range(len(hoofdstukken)), key=lambda i: -sum(_kosten(hoofdstukken[i])))
    for index in volgorde:
        werk, vega = _kosten(hoofdstukken[index])
        als_hier = (hier + werk + vega, daar)
        als_daar = (hier + vega, daar + werk + vega)
        kant = 0 if max(als_hier) <= max(als_daar) else 1
        hier, daar = (als_hier, als_daar)[kant]
        delen[kant].append(index)
    return sorted(delen[0]), sorted(delen[1])


def _kosten(hoofdstuk: tuple[float, int]) -> tuple[float, float]:
    """A chapter's layout and its charts (as SVG), in weight."""
    werk, aantal = hoofdstuk
    return werk, GRAFIEK_SVG * aantal


def gewicht(html: str) -> float:
    """What a chapter costs WeasyPrint, in elements: each element is a box, and about 210
    characters of text cost as much as one (fitted on the benchmark report's chapters:
    0.3 ms per element and 1.4 µs per character on the 2026-12-06 machine)."""
    body = html.split("<body>", 1)[-1]
    return body.count("<") + len(_TAG.sub("", body)) / TEKENS_PER_ELEMENT


def plaats_pagina(rapport: Rapportdocument, delen: list[Opgemaakt]) -> None:
    """Each part's pages get their place in the report: the chapters in report order, each
    from the page of its heading to the next chapter's heading in the same part."""
    plaatsen = [[-1] * deel.paginas for deel in delen]
    volgende = 0
    for sectie in rapport.secties:
        for nummer, deel in enumerate(delen):
            if sectie.anker not in deel.ankers:
                continue
            begin = deel.ankers[sectie.anker][0]
            later = [
                deel.ankers[s.anker][0]
                for s in rapport.secties
                if s.anker in deel.ankers and deel.ankers[s.anker][0] > begin
            ]
            for pagina in range(begin, min(later, default=deel.paginas)):
                plaatsen[nummer][pagina] = volgende
                volgende += 1
    if any(-1 in p for p in plaatsen):
        raise RuntimeError("a page of a part belongs to no chapter")
    for deel, plaats in zip(delen, plaatsen, strict=True):
        deel.plaats = plaats


def _opmaak(source: str, grafieken: int = 0) -> tuple[Opgemaakt, Any]:
    """Lay out one HTML document; marking links become places and contents links. Returns
    the part and WeasyPrint's document, to draw with `_teken`."""
    document = pdf.report_html_class()(string=source, base_url=".").render()
    plekken = pdf_grafieken.neem_plekken(document, grafieken)
    links = pdf_grafieken.neem_links(document, ANKER_SCHEME)
    ankers = {  # page.anchors: name -> (x1, y1, x2, y2); the destination is the top left
        naam: (nummer, positie[0], positie[1])
        for nummer, page in enumerate(document.pages)
        for naam, positie in page.anchors.items()
    }
    bladwijzers = document.make_bookmark_tree(pdf_grafieken.PX_TO_PT, transform_pages=True)
    return Opgemaakt(len(document.pages), ankers, bladwijzers, plekken, links), document


def _teken(deel: Opgemaakt, document: Any) -> Opgemaakt:
    deel.data = document.write_pdf(
        pdf_identifier=False, uncompressed_pdf=False, custom_metadata=False
    )
    return deel


def _gemaakt(source: str, grafieken: int = 0) -> Opgemaakt:
    return _teken(*_opmaak(source, grafieken))


def _kind(verbinding: Any, source: str, grafieken: int) -> None:
    """The forked process: lay out the second part and send what the contents need, draw it
    and send the PDF — or the error. The collector stays off: the process ends right after."""
    gc.disable()
    try:
        deel, document = _opmaak(source, grafieken)
        verbinding.send(("opgemaakt", deel))
        verbinding.send(("getekend", _teken(deel, document).data))
    except BaseException as error:  # the parent must hear of any failure
        verbinding.send(("fout", repr(error)))
    finally:
        verbinding.close()


def _ontvang(ontvanger: Any, verwacht: str, uiterlijk: float) -> Any:
    if not ontvanger.poll(max(0.0, uiterlijk - time.monotonic())):
        raise TimeoutError("the second part took too long")
    soort, inhoud = ontvanger.recv()
    if soort != verwacht:
        raise RuntimeError(f"the second part failed: {inhoud}")
    return inhoud


def _render_delen(rapport: Rapportdocument, eerste: list[Sectie], tweede: list[Sectie]) -> bytes:
    """The second part in a forked child; the first, cover, contents and footers here."""
    from .pdf_samenvoegen import samenvoegen

    specs_a: list[dict] = []
    specs_b: list[dict] = []
    bron_b = pdf.html(rapport, specs_b, pdf.Deel(tweede, voorkant=False, zonder_voet=True))
    context = multiprocessing.get_context("fork")
    ontvanger, zender = context.Pipe(duplex=False)
    proces = context.Process(target=_kind, args=(zender, bron_b, len(specs_b)), daemon=True)
    proces.start()
    zender.close()
    uiterlijk = time.monotonic() + WACHTTIJD
    try:
        with pdf.collector_paused():
            # this part's charts are drawn (Vega) while the child lays out its part
            bron_a = pdf.html(rapport, specs_a, pdf.Deel(eerste, voorkant=False, zonder_voet=True))
            deel_a = _gemaakt(bron_a, len(specs_a))
            for spec in specs_a + specs_b:  # vl-convert only here, never in the forked child
                pdf_grafieken.grafiek_pdf(grafieken.svg(spec))
            deel_b = _ontvang(ontvanger, "opgemaakt", uiterlijk)
            plaats_pagina(rapport, [deel_a, deel_b])
            voorkant = _voorkant(rapport, deel_a, deel_b)  # while the child draws its part
            deel_b.data = _ontvang(ontvanger, "getekend", uiterlijk)
            return samenvoegen(voorkant, [(deel_a, specs_a), (deel_b, specs_b)])
    finally:
        ontvanger.close()
        proces.join(timeout=5)
        if proces.is_alive():
            proces.kill()
            proces.join()


def _voorkant(rapport: Rapportdocument, a: Opgemaakt, b: Opgemaakt) -> Opgemaakt:
    """Cover and contents with the page numbers, then an empty page with the footer for each
    chapter page. The chapters' numbers depend on how many pages cover and contents take:
    a first guess, checked, and once more with the real count if it was wrong."""
    paginas = a.paginas + b.paginas
    voor = 1 + max(1, math.ceil(len(rapport.toc()) / REGELS_PER_INHOUDSPAGINA))
    for _poging in range(2):
        nummers = {
            naam: voor + deel.plaats[p] + 1
            for deel in (a, b)
            for naam, (p, _x, _y) in deel.ankers.items()
        }
        deel = pdf.Deel([], paginanummers=nummers, voetpaginas=range(paginas))
        gemaakt = _gemaakt(pdf.html(rapport, [], deel))
        if gemaakt.paginas - paginas == voor:
            return gemaakt
        voor = gemaakt.paginas - paginas
    raise RuntimeError("the table of contents changed its length with its page numbers")
