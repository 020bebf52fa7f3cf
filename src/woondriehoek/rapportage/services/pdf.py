"""PDF renderer: the content model as HTML, laid out by WeasyPrint (CSS paged media: A4,
page counters in the footer, target-counter() page numbers in the table of contents)."""

from __future__ import annotations

import contextlib
import functools
import gc
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .inhoud import Rapportdocument

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


def html(rapport: Rapportdocument) -> str:
    return render_to_string(
        "rapportage/pdf/rapport.html", {"rapport": rapport, "paginering": paginering_css()}
    )


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
    fraction of that, for ~50 MB more at the peak (docs/adr/0009). Only PDFs are rendered
    like this, in the background worker or the CLI; other threads just collect later."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.collect()


def render_pdf(rapport: Rapportdocument) -> bytes:
    source = html(rapport)
    with collector_paused():
        document = report_html_class()(string=source, base_url=".")
        return document.write_pdf(
            pdf_identifier=False, uncompressed_pdf=False, custom_metadata=False
        )
