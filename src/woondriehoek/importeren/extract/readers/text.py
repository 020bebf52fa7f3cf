"""Plain text: decode, then the line-based layout analysis."""

from __future__ import annotations

from ..cleanup import fix_characters, repair_broken_ligatures
from ..errors import CorruptFileError
from ..layout import build_blocks
from ..model import Block, Line
from ..tables import is_header_row, rows_from_cells


def decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise CorruptFileError(reden="binair")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def text_lines(text: str) -> list[Line]:
    text = repair_broken_ligatures(fix_characters(text))
    return [Line(t, line=i + 1) for i, t in enumerate(text.split("\n"))]


def read_text(data: bytes) -> tuple[list[Block], list[Line]]:
    text = decode(data)
    lines = text_lines(text)
    return build_blocks(_with_tab_tables(text, lines)), lines


def _with_tab_tables(text: str, lines: list[Line]) -> list[Line]:
    """A table exported with tabs ("Afspraak<tab>Trekker<tab>Jaar" and a line per row) becomes
    rows in place of its lines; tabs are gone from ``lines`` (they count as spaces there)."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if "\t" not in text or len(raw) != len(lines):
        return lines
    out: list[Line] = []
    i = 0
    while i < len(raw):
        j = i
        if "\t" in raw[i] and is_header_row(_cells(raw[i])):
            j = i + 1
            while j < len(raw) and "\t" in raw[j]:
                j += 1
        table = [_cells(raw[k]) for k in range(i, j)]
        rows = rows_from_cells(table, lambda k, i=i: {"line": i + k + 1}) if j > i else []
        if rows:
            out.append(Line("", line=i + 1, rows=rows))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _cells(line: str) -> list[str]:
    return [fix_characters(c).strip() for c in line.split("\t")]
