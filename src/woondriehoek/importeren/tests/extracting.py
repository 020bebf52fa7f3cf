"""Helpers for tests that extract a small document written inline."""

from __future__ import annotations

from pathlib import Path

from woondriehoek.importeren.extract import extract_file


def extract_text(tmp_path: Path, text: str, name: str = "doc.txt") -> dict:
    """Afspraken-JSON of `text` saved as `name` (the suffix picks the reader)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def party_ids(result: dict) -> dict[str, str]:
    """The extracted parties' ids by name."""
    return {p["name"]: p["id"] for p in result["parties"]}


def docx_bytes(document) -> bytes:
    """A python-docx document as the bytes of its file."""
    import io

    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


# a report-style table: shaded header cells, rows told apart by a rule under each (or borders)
SHADED_STYLE = (
    "<style>@page { size: A4; margin: 2cm } body { font: 10pt sans-serif }"
    " table { border-collapse: collapse; width: 100%; table-layout: fixed }"
    " th { background: #0b5c46; color: white; text-align: left; padding: 4pt }"
    " td { padding: 4pt; vertical-align: top; BORDER }"
    " tr.thema td { background: #e3efe9; font-weight: bold }</style>"
)
PARTIES_LINE = "<p>Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal</p>"


def shaded_table_pdf(body: str, cell_border: str = "border-bottom: 0.5pt solid #bbb") -> bytes:
    """A PDF (WeasyPrint) of a line of parties and `body`, its tables in the shaded style."""
    from weasyprint import HTML

    css = SHADED_STYLE.replace("BORDER", cell_border)
    return HTML(
        string=f"<html><head>{css}</head><body>{PARTIES_LINE}{body}</body></html>"
    ).write_pdf()
