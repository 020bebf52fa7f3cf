"""DOCX via python-docx: heading styles, Word list numbering (numPr), tables, page breaks."""

from __future__ import annotations

import io
import re
import zipfile

from ..cleanup import fix_characters
from ..errors import CorruptFileError
from ..layout import build_blocks
from ..model import HEADING, ROW, Block, Line
from ..patterns import heading_number
from ..tables import TEXT_COLUMN, text_cell, title_row
from .numbering import Numbering

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> tuple[list[Block], list[Line]]:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        Exception,
    ) as exc:  # python-docx raises many kinds
        raise CorruptFileError(reden="docx", detail=str(exc)) from exc
    numbering = Numbering(document)
    blocks: list[Block] = []
    lines: list[Line] = []
    pending: list[Line] = []
    page = 1

    def flush() -> None:
        if pending:
            blocks.extend(build_blocks(pending, double=False))
            pending.clear()

    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _W + "p":
            para = docx.text.paragraph.Paragraph(child, document)
            page += _page_breaks(child)
            text = fix_characters(para.text).strip()
            if not text:
                pending.append(Line("", page=page))
                continue
            style = (para.style.name if para.style is not None else "") or ""
            level = _heading_level(style)
            label = numbering.label(child, para)
            line = Line(text, page=page)
            lines.append(line)
            if level:
                flush()
                marker = label.rstrip(".") if label and re.match(r"^\d", label) else None
                if not marker:
                    marker, text = heading_number(text)
                blocks.append(
                    Block(
                        HEADING, text, {"page": page}, level=level if marker else 8, marker=marker
                    )
                )
            else:
                # a Word paragraph is a paragraph: the blank line after it ends the block
                pending.append(Line(f"{label} {text}" if label else text, page=page))
                pending.append(Line("", page=page))
        elif child.tag == _W + "tbl":
            table = docx.table.Table(child, document)
            first = fix_characters(table.rows[0].cells[0].text).strip() if table.rows else ""
            listed = len(first) <= 40 and bool(TEXT_COLUMN.search(first))  # "Afspraak" above
            if len(table.columns) == 1 and not listed:
                # a box around text (not a one-column table of afspraken): its paragraphs
                for text in _box_lines(table):
                    if text:
                        lines.append(Line(text, page=page))
                    pending.append(Line(text, page=page))
                continue
            flush()
            rows = [[fix_characters(c.text).strip() for c in r.cells] for r in table.rows]
            merged = [_spans_row(r) for r in table.rows]
            if not rows:
                continue
            header: list[str] | None = None
            for k, cells in enumerate(rows):
                if merged[k]:  # "Thema 1 – Nieuwbouw" merged across the table
                    lines.append(Line(cells[0], page=page))
                    blocks.append(title_row(cells[0], {"page": page}))
                    continue
                if header is None:  # its text counts too ("Betreft | gezamenlijk bod 2026")
                    header = [h.lower() for h in cells]
                    lines.append(Line(" | ".join(cells), page=page))
                    continue
                lines.append(Line(" | ".join(cells), page=page))
                blocks.append(
                    Block(
                        ROW,
                        text_cell(header, cells).replace("\n", " "),
                        {"page": page},
                        cells=cells,
                        header=header,
                    )
                )
    flush()
    return blocks, lines


_BOX_TITLE_RE = re.compile(
    r"^(?:\w*afspraak|kader|actie|maatregel|prestatie|resultaat)\s+(\d{1,2}(?:\.\d{1,2})*)\b",
    re.I,
)


def _box_lines(table) -> list[str]:
    """The lines of a one-column table ("kader"), a blank line between its cells: a bold title
    "Resultaatafspraak 3 – Starterswoningen" numbers the text below it ("3. Accolade …")."""
    out: list[str] = []
    for cell in (row.cells[0] for row in table.rows):
        number, first = None, True
        for para in cell.paragraphs:
            text = fix_characters(para.text).strip()
            if not text:
                continue
            runs = [run for run in para.runs if run.text.strip()]
            title = _BOX_TITLE_RE.match(text)
            if first and title and runs and all(run.bold for run in runs):
                number = title.group(1)
                continue
            out.append(f"{number}. {text}" if number and first else text)
            first = False
        out.append("")
    return out


def _spans_row(row) -> bool:
    """One cell merged across the whole row (python-docx gives that cell once per grid column)
    with text in it: a title row, not a row that repeats a value ("Nee | Nee")."""
    cells = row.cells
    return (
        len(cells) > 1
        and len({id(c._tc) for c in cells}) == 1
        and bool(re.search(r"[^\W\d_]{3}", cells[0].text))
    )


def _heading_level(style: str) -> int:
    m = re.match(r"^(heading|kop)\s*(\d)", style, re.I)
    if m:
        return int(m.group(2))
    return 1 if style.lower() in {"title", "titel"} else 0


def _page_breaks(p) -> int:
    n = 0
    for br in p.iter(_W + "br"):
        if br.get(_W + "type") == "page":
            n += 1
    n += sum(1 for _ in p.iter(_W + "lastRenderedPageBreak"))
    return n
