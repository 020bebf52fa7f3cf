"""PDF renderer: the content model as HTML, laid out by WeasyPrint (CSS paged media: A4,
page counters in the footer, target-counter() page numbers in the table of contents)."""

from __future__ import annotations

import re

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .inhoud import Rapportdocument


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


def render_pdf(rapport: Rapportdocument) -> bytes:
    from weasyprint import HTML

    document = HTML(string=html(rapport), base_url=".")
    return document.write_pdf(pdf_identifier=False, uncompressed_pdf=False, custom_metadata=False)
