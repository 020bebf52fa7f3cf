"""Plain text: decode, then the line-based layout analysis."""

from __future__ import annotations

from ..cleanup import fix_characters, repair_broken_ligatures
from ..errors import CorruptFileError
from ..layout import build_blocks
from ..model import Block, Line


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
    lines = text_lines(decode(data))
    return build_blocks(lines), lines
