from __future__ import annotations

import io

import pytest
from django.utils import translation
from django.utils.translation import gettext
from docx import Document as WordDocument
from pypdf import PdfReader

from .fixtures import Rapportwerkruimte


@pytest.fixture
def ws(db) -> Rapportwerkruimte:
    return Rapportwerkruimte()


def nl(msgid: str) -> str:
    """The Dutch text of a msgid, as the report shows it (the msgid until it is translated)."""
    with translation.override("nl"):
        return gettext(msgid)


def pdf_tekst(data: bytes) -> list[str]:
    """The text of every page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def docx_tekst(data: bytes) -> tuple[str, object]:
    """All paragraph and table text of a DOCX, and the document itself."""
    doc = WordDocument(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts), doc


def plat(text: str) -> str:
    return " ".join(text.split())
