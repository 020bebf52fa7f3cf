"""PDF renderer: the content model as HTML, laid out by WeasyPrint (CSS paged media: A4,
page counters in the footer, target-counter() page numbers in the table of contents)."""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from . import pdf_grafieken
from .inhoud import Alinea, Feiten, Rapportdocument, Sectie, Tabel

USER_AGENT_CSS = Path(__file__).resolve().parent.parent / "templates/rapportage/pdf/ua.css"


def paginering_css() -> str:
    """'Page {page} of {pages}' in the active language as a CSS content value."""
    template = _("Page {page} of {pages}")
    parts = []
    for piece in re.split(r"(\{page\}|\{pages\})", template):
        if piece == "{page}":
            parts.append("counter(page)")
        elif piece == "{pages}":
            parts.append("counter(pages)")
        elif piece:
            parts.append('"' + piece.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return " ".join(parts)


@dataclass
class Deel:
    """What of the report one HTML document holds: the cover and contents (`voorkant`), the
    chapters, and how it is numbered. The whole report is one part; pdf_delen.py lays a long
    report out in parts, without footers (`zonder_voet`), and then makes a cover with the
    known page numbers and `voetpaginas` empty pages that carry the footers."""

    secties: list[Sectie]
    voorkant: bool = True
    maten: bool = True  # False: chart placeholders without their size, for weighing only
    zonder_voet: bool = False
    paginanummers: dict[str, int] | None = None
    voetpaginas: range = field(default_factory=lambda: range(0))


def html(
    rapport: Rapportdocument, grafieken: list[dict] | None = None, deel: Deel | None = None
) -> str:
    """The report as HTML. With a list for `grafieken`, charts become placeholders and their
    specs are appended to it in page order (see pdf_grafieken); without, the HTML holds the
    charts' SVG and WeasyPrint alone renders it completely."""
    context = {
        "rapport": rapport,
        "paginering": paginering_css(),
        "grafieken": grafieken,
        "deel": deel or Deel(rapport.secties),
    }
    return render_to_string("rapportage/pdf/rapport.html", context)


@functools.cache
def report_html_class() -> Any:
    """WeasyPrint's HTML with the report's own short user-agent stylesheet (ADR 0009).

    `_ua_stylesheets` is the one hook WeasyPrint has for this; test_pdf_ua.py fails when an
    upgrade renames it."""
    from weasyprint import CSS, HTML

    stylesheet = CSS(string=USER_AGENT_CSS.read_text(encoding="utf-8"))

    class ReportHTML(HTML):
        def _ua_stylesheets(self, forms: bool = False) -> list[Any]:
            return [stylesheet]

    return ReportHTML


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while WeasyPrint works, one collection after.

    WeasyPrint makes hundreds of thousands of short-lived objects with reference cycles; the
    collector's passes over them cost 10–20 % of a report, one collection at the end a
    fraction of that, for ~50 MB more at the peak (docs/adr/0009). What exists before is
    frozen (`gc.freeze`), so that collection looks only at what rendering made (0.2 s →
    0.04 s in the benchmark). Only PDFs are rendered like this, in the background worker or
    the CLI; other threads just collect later."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.freeze()  # what exists now is not WeasyPrint's garbage: the collection skips it
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def render_pdf(rapport: Rapportdocument) -> bytes:
    """The report as PDF: a long report in two processes at once (pdf_delen), else in one."""
    from . import pdf_delen

    data = pdf_delen.render(rapport)
    return data if data is not None else render_enkel(rapport)


def render_enkel(rapport: Rapportdocument) -> bytes:
    """WeasyPrint lays out and draws the report with empty places for the charts; vl-convert
    draws the charts on them afterwards (ADR 0011)."""
    specs: list[dict] = []
    source = html(rapport, specs)
    with collector_paused():
        document = report_html_class()(string=source, base_url=".").render()
        plekken = pdf_grafieken.neem_plekken(document, len(specs))
        data = document.write_pdf(
            pdf_identifier=False, uncompressed_pdf=False, custom_metadata=False
        )
    return pdf_grafieken.stempel(data, plekken, specs) if specs else data


def warm_up() -> None:
    """Load what a process's first PDF would otherwise wait for (~1.3 s of 3.6 s in the
    benchmark): WeasyPrint, the report's stylesheet and its fonts, and the Vega engine with
    the charts' font. The background worker runs this when it starts."""
    from woondriehoek.monitoring.services.charts import warm_up as start_vega

    pdf_grafieken.grafiek_pdf(start_vega())  # the chart as PDF: its font loaded there too
    sectie = Sectie("Opwarmen")
    sectie.add(
        Alinea("Woondriehoek"),
        Alinea("2025", nadruk=True),
        Feiten([("Jaar", "2025")]),
        Tabel("Tabel", ["Jaar", "Aantal"], [["2025", "1"]], getallen=(1,)),
    )
    rapport = Rapportdocument("Opwarmen", "", "", 2025, "", secties=[sectie])
    rapport.nummer()
    render_enkel(rapport)
