"""woondriehoek report: writes the file; clear Dutch errors, never a traceback."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from docx import Document as WordDocument
from pypdf import PdfReader

from .conftest import nl
from .fixtures import JAAR, TEKST

pytestmark = pytest.mark.django_db


def test_report_pdf_and_docx(ws, tmp_path):
    out = io.StringIO()
    target = tmp_path / "rapport.pdf"
    naam = ws.gemeente.korte_naam
    call_command(
        "report",
        "--gemeente",
        naam,
        "--jaar",
        str(JAAR),
        "--format",
        "pdf",
        "-o",
        str(target),
        stdout=out,
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in out.getvalue()
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert TEKST["huurders"] in " ".join(text.split())
    docx = tmp_path / "k.docx"
    call_command(
        "report",
        "--gemeente",
        ws.gemeente.naam,
        "--jaar",
        str(JAAR),
        "--format",
        "docx",
        "-o",
        str(docx),
        "--soort",
        "kennisgeving",
        stdout=io.StringIO(),
    )
    assert ws.corporatie.naam in "\n".join(p.text for p in WordDocument(docx).paragraphs)


@pytest.mark.parametrize(
    ("gemeente", "jaar", "soort", "fragment"),
    [
        ("Atlantis", JAAR, "monitoring", "Atlantis"),
        (None, 2019, "monitoring", "2019"),
        (None, 1850, "monitoring", "1850"),
        (None, 2028, "jaarschijf", "2028"),
    ],
)
def test_errors_are_one_clear_line(ws, tmp_path, gemeente, jaar, soort, fragment):
    target = tmp_path / "x.pdf"
    with pytest.raises(CommandError) as exc:
        call_command(
            "report",
            "--gemeente",
            gemeente or ws.gemeente.korte_naam,
            "--jaar",
            str(jaar),
            "--format",
            "pdf",
            "-o",
            str(target),
            "--soort",
            soort,
        )
    assert fragment in str(exc.value) and "\n" not in str(exc.value)
    assert not target.exists()


def test_unknown_gemeente_message_is_dutch(ws, tmp_path):
    with pytest.raises(CommandError) as exc:
        call_command(
            "report", "--gemeente", "Atlantis", "--jaar", "2025", "-o", str(tmp_path / "x")
        )
    assert str(exc.value) == nl("Unknown municipality: '%(name)s'.") % {"name": "Atlantis"}


def test_unwritable_output(ws, tmp_path):
    with pytest.raises(CommandError):
        call_command(
            "report",
            "--gemeente",
            ws.gemeente.korte_naam,
            "--jaar",
            str(JAAR),
            "--soort",
            "kennisgeving",
            "--format",
            "docx",
            "-o",
            str(tmp_path / "nope" / "x.docx"),
        )
