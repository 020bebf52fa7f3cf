"""Ruled tables in a PDF, read cell by cell from the lines the page draws.

The fast text layer (pypdfium2) gives a table's cells in reading order without the grid: a
row's cells run together and a cell that spans rows (the theme) is printed once. Where a page
draws lines (tables have borders), the grid is read from those lines (``pdf_grid``) and every cell
from the text layer within its box.

A table becomes rows (``ROW`` blocks with the header row as ``header``) when its first row is
a header that names an afspraak column ("Afspraak", "Actie", "Wat" …) or at least two parties
("Gemeente | Woonstichting X | Huurders"); other tables (a signature block laid out as a grid,
a table of figures) stay in the text flow. A table that goes on over a page break, with or
without a repeated header, is one table; a theme cell that spans rows is repeated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import patterns as P
from ..cleanup import join_hyphenated
from ..layout import norm_bij
from ..model import ROW, Block
from ..tables import TEXT_COLUMN, is_header_row, title_row
from .pdf_grid import Grid, page_grids

MIN_PATHS = 8  # drawn lines and rectangles on a page before it is searched for tables


@dataclass
class PdfTable:
    page: int  # 0-based
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    # the table's frame on its page, in PDF points from the bottom left: left, bottom, right, top
    frame: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    titles: set[int] = field(default_factory=set)  # rows that title what follows (a theme)
    tail: list[str] | None = None  # see pdf_grid.Grid
    tail_bottom: float = 0.0

    def holds(self, page: int | None, box: tuple[float, float, float, float]) -> bool:
        """Whether a character box on this (1-based) page lies inside the table."""
        if page != self.page + 1:
            return False
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        x0, y0, x1, y1 = self.frame
        return x0 <= x <= x1 and y0 <= y <= y1

    def blocks(self) -> list[Block]:
        head = [h.lower() for h in self.header]
        text_col = next((k for k, h in enumerate(head) if TEXT_COLUMN.search(h)), 0)
        out = []
        for k, row in enumerate(self.rows):
            if k in self.titles:
                out.append(title_row(row[0], {"page": self.page + 1}))
                continue
            if not any(row):
                continue
            row, marker = list(row), None
            bij = P.BIJ_RE.match(row[text_col])  # "Bij 1. …": refers to afspraak 1
            if bij:
                marker, row[text_col] = norm_bij(bij.group(1)), row[text_col][bij.end() :].strip()
            block = Block(ROW, row[text_col], {"page": self.page + 1}, cells=row, header=head)
            block.marker = marker
            out.append(block)
        return out


def read_tables(pdf) -> list[PdfTable]:
    """The afspraken tables of a pypdfium2 document, from the pages that draw enough paths to
    hold a table, continued over page and column breaks."""
    import pypdfium2.raw as raw

    tables: list[PdfTable] = []
    for number in range(len(pdf)):
        page = pdf[number]
        objects = page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2)
        if sum(1 for _, _ in zip(range(MIN_PATHS), objects, strict=False)) >= MIN_PATHS:
            textpage = page.get_textpage()
            for grid in page_grids(page, textpage):
                _add(tables, number, grid)
            textpage.close()
        page.close()
    return tables


def _add(tables: list[PdfTable], page: int, grid: Grid) -> None:
    rows = [[_cell(c) for c in row] for row in grid.rows]
    if not rows or len(rows[0]) < 2:
        return
    is_title = [i in grid.titles for i in range(len(rows))]
    first = [c or "" for c in rows[0]]
    previous = tables[-1] if tables else None
    goes_on = (
        previous is not None
        and previous.page in (page - 1, page)  # next page, or next column of the page
        and len(previous.header) == len(first)
        and (first == previous.header or not is_header_row(first))
    )
    if goes_on:
        table = PdfTable(page, previous.header)
        skip = 1 if first == previous.header else 0
        last = previous.rows[-1] if previous.rows else None
    elif is_header_row(first) and len(rows) >= 2:
        table, skip, last = PdfTable(page, first), 1, None
    else:
        return
    body, is_title = rows[skip:], is_title[skip:]
    # a row cut by the page break: only when the table goes on at the top of the next page
    tail = [_cell(c) or "" for c in previous.tail or []] if goes_on and grid.starts_page else []
    if any(tail) and body and not is_title[0] and _partial(body[0]):
        # the page break cut a row: its start stands under the last rule of the page before
        cut = [join_hyphenated(a, b) if b else a for a, b in zip(tail, body[0], strict=True)]
        previous.rows.append(cut)
        previous.frame = (*previous.frame[:1], previous.tail_bottom, *previous.frame[2:])
        body, is_title = body[1:], is_title[1:]
    elif (
        goes_on
        and body
        and previous.rows
        and not is_title[0]
        and _rest_of_row(body[0], previous.rows[-1])
    ):
        # the first row finishes the row the page break cut: its cells go on in that row
        previous.rows[-1] = [
            join_hyphenated(a, b) if b else a
            for a, b in zip(previous.rows[-1], body[0], strict=True)
        ]
        body, is_title = body[1:], is_title[1:]
    for row, title in zip(body, is_title, strict=True):
        if title:  # "Thema 2 – Betaalbaarheid" across the table
            table.titles.add(len(table.rows))
        # a cell spanning rows (a theme, or one afspraak for two rows): as in the row above
        filled = [
            c if c is not None else (last[j] if last is not None else "") for j, c in enumerate(row)
        ]
        table.rows.append(filled)
        last = filled
    table.frame = grid.frame
    table.tail, table.tail_bottom = grid.tail, grid.tail_bottom
    tables.append(table)


def _partial(row: list[str | None]) -> bool:
    """Text in some cells, at most half of them."""
    texts = [c for c in row if c]
    return 0 < len(texts) <= len(row) // 2


def _rest_of_row(row: list[str | None], above: list[str]) -> bool:
    """The end of a row cut by a page break: text in at most half of the cells, and either
    the row above stops mid-sentence or this text goes on in lower case."""
    texts = [c for c in row if c]
    if not _partial(row):
        return False
    unfinished = not any(c.rstrip().endswith((".", "!", "?")) for c in above if c)
    return unfinished or texts[0][:1].islower()


def _cell(raw: str | None) -> str | None:
    """A cell's text with wrapped lines joined; a line break stays where a sentence ends and
    the next line starts a new one (two afspraken in one cell)."""
    if raw is None:
        return None
    out = ""
    for line in raw.split("\n"):
        line = line.strip()
        if not line:
            continue
        new_sentence = out.rstrip()[-1:] in ".!?;:" and (line[:1].isupper() or line[:1] in "-•–")
        out = out + "\n" + line if out and new_sentence else join_hyphenated(out, line)
    return out.strip()
