"""PDF via the pypdfium2 text layer (fast); page provenance kept on every line."""

from __future__ import annotations

import re
from itertools import pairwise

from ..cleanup import fix_characters, remove_running_lines, repair_broken_ligatures
from ..errors import CorruptFileError, EncryptedPdfError, NoTextLayerError, TooManyPagesError
from ..layout import build_blocks, is_double_spaced
from ..model import Block, Line
from .pdf_tables import PdfTable, read_tables

# a list marker on a line of its own: HTML renderers (WeasyPrint, browsers) draw list markers
# after the page content, so the text layer lists them at the end of the page
_MARKER_LINE_RE = re.compile(r"^[ \t]*(?:[•●▪◦■□➢►✓·*o\-–—]|\d{1,2}[.)]|[a-z][.)])[ \t]*$")


def _geometry(text: str, textpage) -> tuple[str, list]:
    """Use the position of each line's first character (one pdfium call per line, so cheap):

    - list markers that the text layer lists out of reading order go back in front of the line
      on their baseline, just to their right;
    - a blank line is inserted where the text jumps: a vertical gap larger than the page's
      normal line distance (a paragraph break), a jump back up or far to the right (the next
      table cell or column). Blank lines are what the layout analysis reads as block ends.

    Returns the text and, per line of it, the box of its first character (None for blank
    lines), by which the lines of a ruled table are recognised.
    """
    raw = text.split("\n")
    offsets, pos = [], 0
    for ln in raw:
        offsets.append(pos)
        pos += len(ln) + 1  # pdfium's text range has one character per char index, "\r\n" too
    lines = [ln.rstrip("\r") for ln in raw]
    boxes: dict[int, tuple[float, float, float, float]] = {}
    # where a line ends: pdfium joins a line that ends in a hyphen to the next one
    # ("ge\ufffemiddelde"), so its last character may stand a line lower than its first
    ends: dict[int, tuple[float, float, float, float]] = {}
    for k, ln in enumerate(lines):
        if ln.strip():
            box = _box(textpage, offsets[k] + len(ln) - len(ln.lstrip()))
            if box is not None:
                boxes[k] = box
                joined = "\ufffe" in ln
                ends[k] = (
                    _box(textpage, offsets[k] + len(ln.rstrip()) - 1) if joined else None
                ) or box
    prefix, moved = _markers(lines, offsets, boxes, textpage)
    order = [k for k in range(len(lines)) if k in boxes and k not in moved]
    steps = [ends[a][1] - boxes[b][1] for a, b in pairwise(order)]
    normal = sorted(d for d in steps if d > 0.5)
    leading = normal[len(normal) // 2] if normal else 0.0
    breaks: set[int] = set()
    for a, b in pairwise(order):
        (al, _ab, _ar, _at), (bl, bb, _br, bt) = boxes[a], boxes[b]
        _el, ab, _er, at = ends[a]
        height = max(at - ab, bt - bb, 1.0)
        down = ab - bb
        # a page of one-line paragraphs has the paragraph distance as its median: cap it
        base = max(min(leading, 1.25 * height), height) if leading else 1.25 * height
        if down < -0.3 * height or bl - al > 80 or down > 1.3 * base + 1:
            breaks.add(b)
    out: list[str] = []
    where: list = []
    for k, ln in enumerate(lines):
        if k in moved:
            continue
        if k in breaks and out and out[-1].strip():
            out.append("")
            where.append(None)
        out.append(f"{prefix[k]} {ln.lstrip()}" if k in prefix else ln)
        where.append(boxes.get(k))
    return "\n".join(out), where


def _markers(lines, offsets, boxes, textpage) -> tuple[dict[int, str], set[int]]:
    markers, content = [], []
    for k, box in boxes.items():
        if _MARKER_LINE_RE.fullmatch(lines[k]):
            last = offsets[k] + len(lines[k].rstrip()) - 1
            right = _box(textpage, last) or box
            markers.append((k, lines[k].strip(), box, right[2]))
        else:
            content.append((k, box))
    prefix: dict[int, str] = {}
    moved: set[int] = set()
    for k, label, (_left, bottom, _r, top), right in markers:
        best = None
        for j, (cl, cb, _cr, ct) in content:
            if j in prefix:
                continue
            dy = abs((cb + ct) / 2 - (bottom + top) / 2)
            dx = cl - right
            near = dy <= 0.5 * max(top - bottom, ct - cb, 1.0) and -1 <= dx <= 60
            if near and (best is None or dx < best[0]):
                best = (dx, j)
        if best is not None:
            prefix[best[1]] = label
            moved.add(k)
    return prefix, moved


def _box(textpage, index: int):
    try:
        return textpage.get_charbox(index, loose=True)
    except Exception:
        return None


def pdf_pages(data: bytes, *, max_pages: int) -> list[list[Line]]:
    import pypdfium2 as pdfium

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorruptFileError(reden="geen_pdf")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower() or "security" in str(exc).lower():
            raise EncryptedPdfError(detail=str(exc)) from exc
        raise CorruptFileError(reden="pdf", detail=str(exc)) from exc
    try:
        if len(pdf) > max_pages:
            raise TooManyPagesError(pages=len(pdf), limit=max_pages)
        pages: list[list[Line]] = []
        for number in range(len(pdf)):
            page = pdf[number]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            text, where = _geometry(text, textpage)
            textpage.close()
            page.close()
            texts = repair_broken_ligatures(fix_characters(text)).split("\n")
            if len(where) != len(texts):
                where = [None] * len(texts)
            pages.append(
                [Line(t, page=number + 1, box=b) for t, b in zip(texts, where, strict=True)]
            )
    finally:
        pdf.close()
    if sum(len(ln.text.strip()) for page in pages for ln in page) < 20:
        raise NoTextLayerError()
    return pages


def read_pdf(data: bytes, *, max_pages: int = 500) -> tuple[list[Block], list[Line]]:
    pages = remove_running_lines(pdf_pages(data, max_pages=max_pages))
    lines: list[Line] = []
    for page in pages:
        lines.extend(page)
        if page:
            lines.append(Line("", page=page[-1].page))
    tables = _tables(data)
    if not tables:
        return build_blocks(lines), lines
    return _with_tables(lines, tables), lines


def _tables(data: bytes) -> list[PdfTable]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return read_tables(pdf)
    except pdfium.PdfiumError:
        return []  # an object pdfium cannot place: the tables stay text, nothing is lost
    finally:
        pdf.close()


def _with_tables(lines: list[Line], tables: list[PdfTable]) -> list[Block]:
    """Blocks of the text flow with each table's lines taken out and its rows put in their
    place (at the table's first line), segmented in one pass so that the lines around a table
    keep their context."""
    double = is_double_spaced(lines)
    flow: list[Line] = []
    placed: set[int] = set()
    for line, owner in zip(lines, _table_lines(lines, tables), strict=True):
        if owner is None:
            flow.append(line)
        elif owner not in placed:
            flow.append(Line("", line.line, line.page, rows=tables[owner].blocks()))
            placed.add(owner)
    return build_blocks(flow, double=double)


def _table_lines(lines: list[Line], tables: list[PdfTable]) -> list[int | None]:
    """Per line the table it stands in: its first character lies inside the table's frame."""
    owners: list[int | None] = []
    for line in lines:
        owners.append(
            next(
                (k for k, t in enumerate(tables) if line.box and t.holds(line.page, line.box)),
                None,
            )
        )
    return owners
