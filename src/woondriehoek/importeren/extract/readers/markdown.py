"""Markdown: ATX headings, lists, pipe tables (cells may hold <br> and <b>), HTML tables and
pandoc's grid tables (``+---+`` borders, cells over several lines)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from itertools import pairwise

from ..cleanup import fix_characters
from ..layout import build_blocks
from ..model import HEADING, ROW, Block, Line
from ..patterns import heading_number
from ..tables import rows_from_cells, text_cell, title_row
from .text import decode

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")  # "|---|:-:|"


_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


# a bullet that opens with a bold topic: "- **Nieuwbouw** – start in 2026 met …"
_TOPIC_RE = re.compile(r"^(\s*[-*+]\s+)\*\*[^*]{1,40}\*\*\s*[–—-]\s+(?=[a-z])")


def _plain(line: str) -> str:
    """The line without bold and italic marks ("**Ambitie:**", "*Afspraak 1.1* De …"), and a
    bullet without its bold topic before a dash (the afspraak is what follows it); a bullet
    "* " stays a bullet."""
    line = _LINK_ITEM_RE.sub(r"\1", line)
    line = _LINK_RE.sub(r"\1", _dashes(_TOPIC_RE.sub(r"\1", _PANDOC_RE.sub("", line))))
    return _EMPHASIS_RE.sub(r"\1", re.sub(r"\*\*|__", "", line))


# pandoc writes dashes as "--" (en) and "---" (em): "2025--2028", "grens -- zie"
_DASHES_RE = re.compile(r"(?<=[\w)])( ?)(-{2,3})( ?)(?=[\w(€])")


# a list item that is only a link of a few words ("- [Woonvisie 2030](/wonen/woonvisie)"): a
# reference (a link whose text is a sentence, as a CMS links each afspraak to its page, stays
# an item)
_LINK_ITEM_RE = re.compile(r"^\s*[-*+]\s+\[((?:[^\]\s.]+\s*){1,5})\]\([^)]*\)\s*$")
_LINK_RE = re.compile(r"\[([^\]]+)\]\((?:https?://|/|#)[^)]*\)")
# pandoc's attributes and anchors ("{#wonen .unnumbered}", "[]{#_Toc123 .anchor}") and its
# hard line break (a backslash at the end of a line)
_PANDOC_RE = re.compile(r"\[\]\{[^}]*\}|\s*\{#[^}]*\}\s*$|\\$")


def _dashes(text: str) -> str:
    return _DASHES_RE.sub(
        lambda m: m.group(1) + ("–" if len(m.group(2)) == 2 else "—") + m.group(3), text
    )


def clean_cell(cell: str) -> str:
    cell = _dashes(cell)
    cell = re.sub(r"<br\s*/?>", "\n", cell, flags=re.I)
    cell = re.sub(r"</?(b|strong|i|em|u|span|p)[^>]*>", "", cell, flags=re.I)
    cell = cell.replace("**", "").replace("__", "")
    return "\n".join(part.strip() for part in cell.split("\n")).strip()


def split_row(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    return [clean_cell(c) for c in re.split(r"(?<!\\)\|", body)]


def read_markdown(data: bytes) -> tuple[list[Block], list[Line]]:
    text = fix_characters(decode(data))
    raw = text.split("\n")
    lines = [
        Line(re.sub(r"^\s{0,3}#{1,6}\s+", "", _plain(t)), line=i + 1) for i, t in enumerate(raw)
    ]
    blocks: list[Block] = []
    pending: list[Line] = []

    def flush() -> None:
        if pending:
            blocks.extend(build_blocks(pending, double=False))
            pending.clear()

    i = 0
    while i < len(raw):
        t = raw[i]
        m = _HEADING_RE.match(t)
        if m:
            flush()
            title = _plain(m.group(2)).strip()
            marker, title = heading_number(title)
            level = len(m.group(1)) if marker else 9 if _is_label(title) else 8
            blocks.append(Block(HEADING, title, {"line": i + 1}, level=level, marker=marker))
            i += 1
            continue
        if re.match(r"^\s*<table\b", t, re.I):  # an HTML table inside the Markdown
            end = next(
                (k for k in range(i, len(raw)) if re.search(r"</table>", raw[k], re.I)), None
            )
            if end is not None:
                flush()
                table, at = html_table("\n".join(raw[i : end + 1]))
                rows = rows_from_cells(table, lambda k, i=i, at=at: {"line": i + at[k] + 1})
                if rows:
                    blocks.extend(rows)
                else:  # no afspraken table: its cells are text
                    pending.extend(Line(c, line=i + 1) for row in table for c in row if c)
                    pending.append(Line("", line=end + 1))
                i = end + 1
                continue
        if _GRID_BORDER_RE.match(t):  # a pandoc grid table
            flush()
            table, at, end, spans = grid_table(raw, i)
            rows = rows_from_cells(table, lambda k, i=i, at=at: {"line": i + at[k] + 1})
            if rows:  # a row across the table titles the rows below it
                titles = [title_row(text, {"line": i + at[k] + 1}) for k, text in spans.items()]
                blocks.extend(sorted(rows + titles, key=lambda b: b.source["line"]))
            else:
                pending.extend(Line(c, line=i + 1) for row in table for c in row if c)
                pending.append(Line("", line=end))
            i = end
            continue
        if "|" in t and i + 1 < len(raw) and _TABLE_SEP_RE.match(raw[i + 1]):
            flush()
            header = [h.lower() for h in split_row(t)]
            i += 2
            while i < len(raw) and "|" in raw[i] and raw[i].strip():
                cells = split_row(raw[i])
                blocks.append(
                    Block(
                        ROW,
                        text_cell(header, cells).replace("\n", " "),
                        {"line": i + 1},
                        cells=cells,
                        header=header,
                    )
                )
                i += 1
            continue
        pending.append(lines[i])
        i += 1
    flush()
    return blocks, lines


def _is_label(title: str) -> bool:
    from ..patterns import ROLE_LABELS

    return any(rx.match(title) for rx, _ in ROLE_LABELS)


class _TableParser(HTMLParser):
    """The cells of an HTML table, row by row (<th> and <td> alike, inline markup dropped;
    a cell or row that is not closed ends where the next begins)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.lines: list[int] = []  # the line (0-based, within the table) of each row
        self._cell: list[str] | None = None

    def _end_cell(self) -> None:
        if self._cell is not None and self.rows:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
        self._cell = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "tr":
            self._end_cell()
            self.rows.append([])
            self.lines.append(self.getpos()[0] - 1)
        elif tag in ("td", "th"):
            self._end_cell()
            if not self.rows:
                self.rows.append([])
                self.lines.append(self.getpos()[0] - 1)
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr", "table"):
            self._end_cell()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def html_table(html: str) -> tuple[list[list[str]], list[int]]:
    """The rows of cells of an HTML table, and the line of each row within it."""
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    kept = [(row, at) for row, at in zip(parser.rows, parser.lines, strict=True) if row]
    return [[clean_cell(c) for c in row] for row, _ in kept], [at for _, at in kept]


_GRID_BORDER_RE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


def grid_table(
    raw: list[str], start: int
) -> tuple[list[list[str]], list[int], int, dict[int, str]]:
    """A pandoc grid table from its first border line: rows of cells (the lines of a cell
    joined; a line ending in a backslash is a hard break), the line offset of each row, the
    index after the table, and the rows that span the whole table (by row: their text; their
    cells are left empty). Columns are where the first border has its "+"."""
    bounds = [k for k, ch in enumerate(raw[start]) if ch == "+"]
    table: list[list[str]] = []
    at: list[int] = []
    spans: dict[int, str] = {}
    cells: list[list[str]] = []
    spanning = False
    i = start + 1
    while i < len(raw) and raw[i].lstrip()[:1] in ("+", "|"):
        line = raw[i]
        if _GRID_BORDER_RE.match(line):
            if cells and any(cells):
                text = [clean_cell("\n".join(c)) for c in cells]
                if spanning:
                    spans[len(table)] = " ".join(t for t in text if t)
                    text = [""] * len(text)
                table.append(text)
            cells, spanning = [], False
        else:
            if not cells:
                cells = [[] for _ in bounds[1:]]
                at.append(i - start)
            if not any(line[b : b + 1] == "|" for b in bounds[1:-1]):
                spanning = True  # "| Doorstroming en bestaande voorraad          |"
                cells[0].append(line.strip().strip("|").strip())
                i += 1
                continue
            for k, (a, b) in enumerate(pairwise(bounds)):
                piece = line[a + 1 : b].strip().removesuffix("\\").rstrip()
                if piece:
                    cells[k].append(piece)
        i += 1
    return table, at[: len(table)], i, spans
