"""Word fields python-docx lacks: a table of contents, page numbers, repeated table headers,
and 'update fields on open'."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph


def _run_met(paragraph: Paragraph, element) -> None:
    run = paragraph.add_run()
    run._r.append(element)


def _fld_char(soort: str, dirty: bool = False):
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), soort)
    if dirty:
        el.set(qn("w:dirty"), "true")
    return el


def _instr(code: str):
    el = OxmlElement("w:instrText")
    el.set(qn("xml:space"), "preserve")
    el.text = f" {code} "
    return el


def veld(paragraph: Paragraph, code: str, tekst: str = "", dirty: bool = False) -> None:
    """A complex field (PAGE, NUMPAGES, TOC …) with `tekst` as its current result."""
    _run_met(paragraph, _fld_char("begin", dirty))
    _run_met(paragraph, _instr(code))
    _run_met(paragraph, _fld_char("separate"))
    paragraph.add_run(tekst)
    _run_met(paragraph, _fld_char("end"))


def inhoudsopgave(doc, regels: list[tuple[int, str]], hint: str) -> None:
    """A real TOC field over Heading 1–2. Until Word updates it (it is marked dirty and the
    document asks to update fields on open), it shows the headings without page numbers."""
    first = doc.add_paragraph()
    _run_met(first, _fld_char("begin", dirty=True))
    _run_met(first, _instr('TOC \\o "1-2" \\h \\z \\u'))
    _run_met(first, _fld_char("separate"))
    first.add_run(hint).italic = True
    for level, tekst in regels:
        doc.add_paragraph(tekst, style=_toc_stijl(doc, level))
    last = doc.add_paragraph()
    _run_met(last, _fld_char("end"))


def _toc_stijl(doc, level: int):
    """Word's built-in 'toc N' style (created when the template lacks it)."""
    name = f"toc {level}"
    try:
        return doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(2)
        return style


def update_bij_openen(doc) -> None:
    settings = doc.settings.element
    el = settings.find(qn("w:updateFields"))
    if el is None:
        el = OxmlElement("w:updateFields")
        settings.append(el)
    el.set(qn("w:val"), "true")


def herhaal_kop(row) -> None:
    """Repeat this table row at the top of every page."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def taal(doc, code: str = "nl-NL") -> None:
    """Set the proofing language of the default style."""
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), code)
