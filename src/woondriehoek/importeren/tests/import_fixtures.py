"""Documents for the import tests, built in the test run (no binary fixtures in the repo)."""

from __future__ import annotations

import io

AGREEMENT_MD = """# Prestatieafspraken Gemeente Zandhoven 2026 - 2027

Prestatieafspraken tussen de gemeente Zandhoven, Woonstichting Het Anker (hierna te noemen: WHA)
en Huurdersvereniging Zandhoven.

## 1. Betaalbaarheid

**Doel:** Wonen blijft betaalbaar voor huurders met een laag inkomen.

1. Woonstichting Het Anker bouwt in de periode 2026 t/m 2027 minimaal 40 sociale huurwoningen.
2. De gemeente stelt uiterlijk in 2026 een nieuwe woonvisie vast. Partijen bespreken de visie
twee keer per jaar.
3. Corporaties en huurdersorganisaties evalueren jaarlijks de huurverhoging.

## 2. Leefbaarheid

4. De gemeente en WHA investeren samen € 20.000,- per jaar in leefbaarheid in de wijken.
5. Huurdersvereniging Zandhoven organiseert elk jaar een bewonersavond over duurzaamheid.

Ondertekend te Zandhoven op 12 december 2025.
"""

ENGLISH_TXT = (
    "The parties agree that the housing corporation will build affordable homes and that the "
    "municipality will support the tenants with a new housing vision every year.\n"
) * 5


def agreement_pdf() -> bytes:
    from weasyprint import HTML

    body = "".join(
        f"<p>{line}</p>" for line in AGREEMENT_MD.replace("#", "").replace("**", "").splitlines()
    )
    return HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def scanned_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string="<div style='width:300px;height:300px;background:#888'></div>").write_pdf()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(agreement_pdf())).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def corrupt_docx() -> bytes:
    return b"PK\x03\x04 dit is geen echt Word-document" + b"\x00" * 64


def png_as_pdf() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def agreement_docx() -> bytes:
    from docx import Document

    doc = Document()
    for line in AGREEMENT_MD.splitlines():
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.strip():
            doc.add_paragraph(line.replace("**", ""))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
