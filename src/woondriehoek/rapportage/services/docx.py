"""DOCX renderer: the same content model as an editable Word document (python-docx), with
heading styles, a TOC field, page-number fields in the footer, and the charts as PNG."""

from __future__ import annotations

import io
import re

from django.utils.translation import gettext as _
from docx import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.shared import Cm, Mm, Pt

from . import docx_velden as velden
from . import grafieken
from .inhoud import (
    Afsprakenlijst,
    Alinea,
    Blok,
    Feiten,
    Grafiek,
    Opsomming,
    Rapportdocument,
    Sectie,
    Tabel,
)

BREEDTE = Cm(17)


def _pagina(doc) -> None:
    for section in doc.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(20), Mm(22)
        section.different_first_page_header_footer = True
    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(9.5)
    velden.taal(doc)


def _voet(doc, tekst: str) -> None:
    """Footer text left, "Page n of N" against the right margin (the Footer style's centre
    tab is cleared, else the number stops in the middle of the line)."""
    p = doc.sections[0].footer.paragraphs[0]
    tabs = p.paragraph_format.tab_stops
    for stop in p.style.paragraph_format.tab_stops:
        tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(BREEDTE, WD_TAB_ALIGNMENT.RIGHT)
    p.text = f"{tekst}\t"
    template = _("Page {page} of {pages}")
    for piece in re.split(r"(\{page\}|\{pages\})", template):
        if piece == "{page}":
            velden.veld(p, "PAGE", "1")
        elif piece == "{pages}":
            velden.veld(p, "NUMPAGES", "1")
        elif piece:
            p.add_run(piece)
    for run in p.runs:
        run.font.size = Pt(8)


def _voorblad(doc, r: Rapportdocument) -> None:
    """A cover page, or (for a letter) the title and facts at the top of page 1."""
    doc.add_paragraph(r.gemeente.upper())
    doc.add_paragraph(r.titel, style="Title")
    doc.add_paragraph(r.ondertitel, style="Subtitle")
    _feiten(doc, Feiten(r.kenmerken))
    if r.voorblad:
        doc.add_paragraph(r.voetregel)
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    else:
        doc.sections[0].different_first_page_header_footer = False


def _inhoud(doc, r: Rapportdocument) -> None:
    kop = doc.add_paragraph(_("Table of contents"))
    kop.runs[0].bold = True
    kop.runs[0].font.size = Pt(15)
    velden.inhoudsopgave(
        doc,
        [(level, s.kop) for level, s in r.toc()],
        _("Right-click and choose 'Update field' to add page numbers."),
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _feiten(doc, blok: Feiten) -> None:
    if blok.bijschrift:
        doc.add_paragraph(blok.bijschrift, style="Caption")
    table = doc.add_table(rows=0, cols=2)
    for label, value in blok.rijen:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    _kolommen(table, [Cm(5), BREEDTE - Cm(5)])


def _kolommen(table, breedtes: list[int]) -> None:
    """Column widths that Word (cell widths) and LibreOffice (the table grid) both follow."""
    table.autofit = False
    for column, breedte in zip(table.columns, breedtes, strict=True):
        column.width = breedte
    for row in table.rows:
        for cell, breedte in zip(row.cells, breedtes, strict=True):
            cell.width = breedte


def _tabel(doc, blok: Tabel) -> None:
    doc.add_paragraph(blok.bijschrift, style="Caption")
    table = doc.add_table(rows=1, cols=len(blok.kolommen))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    velden.herhaal_kop(table.rows[0])
    for i, kop in enumerate(blok.kolommen):
        table.rows[0].cells[i].paragraphs[0].add_run(kop).bold = True
    for rij in blok.rijen:
        cells = table.add_row().cells
        for i, cel in enumerate(rij):
            cells[i].text = cel
            if i in blok.getallen:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _kolommen(table, [int(BREEDTE * d) for d in blok.kolomdelen])


def _grafiek(doc, blok: Grafiek) -> None:
    doc.add_picture(io.BytesIO(grafieken.png(blok.spec)), width=Cm(16))
    if blok.beschrijving:
        doc.add_paragraph(blok.beschrijving, style="Caption")


def _afspraken(doc, blok: Afsprakenlijst) -> None:
    doc.add_paragraph(blok.bijschrift, style="Caption")
    for r in blok.regels:
        p = doc.add_paragraph()
        if r.nummer:
            p.add_run(f"{r.nummer} ").bold = True
        p.add_run(r.tekst)
        if not r.toon_status:
            continue
        p.paragraph_format.space_after = Pt(0)
        meta = doc.add_paragraph()
        meta.paragraph_format.left_indent = Cm(0.5)
        meta.add_run(f"{blok.label_trekker}: {r.trekker} · ")
        meta.add_run(r.status).bold = True
        meta.add_run(f" ({r.percentage})" + (f" · {r.toelichting}" if r.toelichting else ""))
        for run in meta.runs:
            run.font.size = Pt(8.5)


def _blok(doc, blok: Blok) -> None:
    if isinstance(blok, Alinea):
        doc.add_paragraph().add_run(blok.tekst).bold = blok.nadruk
    elif isinstance(blok, Opsomming):
        for punt in blok.punten:
            doc.add_paragraph(punt, style="List Bullet")
    elif isinstance(blok, Feiten):
        _feiten(doc, blok)
    elif isinstance(blok, Tabel):
        _tabel(doc, blok)
    elif isinstance(blok, Grafiek):
        _grafiek(doc, blok)
    elif isinstance(blok, Afsprakenlijst):
        _afspraken(doc, blok)


def _sectie(doc, sectie: Sectie, level: int, nieuwe_pagina: bool) -> None:
    heading = doc.add_heading(sectie.kop, level=level)
    heading.paragraph_format.page_break_before = nieuwe_pagina
    for blok in sectie.blokken:
        _blok(doc, blok)
    for sub in sectie.subsecties:
        _sectie(doc, sub, level + 1, False)


def render_docx(rapport: Rapportdocument) -> bytes:
    doc = WordDocument()
    _pagina(doc)
    doc.core_properties.title = rapport.titel
    doc.core_properties.author = rapport.gemeente
    doc.core_properties.language = "nl-NL"
    _voet(doc, rapport.voetregel)
    _voorblad(doc, rapport)
    if rapport.inhoudsopgave:
        _inhoud(doc, rapport)
        velden.update_bij_openen(doc)
    for i, sectie in enumerate(rapport.secties):
        _sectie(doc, sectie, 1, nieuwe_pagina=rapport.voorblad and i > 0)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
