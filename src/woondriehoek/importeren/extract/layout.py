"""Turn physical lines (plain text or a PDF text layer) into logical blocks.

Plain text has no markup, so blocks are found from cues: list markers, numbered headings,
section labels ("Ambities:", "Inzet:"), table header lines and line geometry (a short line that
ends a sentence closes a paragraph). Double-spaced renderings (a blank line after every line)
are recognised so that blank lines are not mistaken for paragraph breaks.
"""

from __future__ import annotations

import re

from . import patterns as P
from . import records
from .cleanup import is_page_number, join_hyphenated
from .headings import heading_of, join_wrapped_headings
from .model import HEADING, LIST, PARAGRAPH, ROW, Block, Line
from .tables import is_table_header, read_table


def is_double_spaced(lines: list[Line]) -> bool:
    texts = [ln.text.strip() for ln in lines]
    nonempty = sum(1 for t in texts if t)
    gaps = sum(1 for i in range(len(texts) - 2) if texts[i] and not texts[i + 1] and texts[i + 2])
    return nonempty > 0 and gaps / nonempty > 0.45


class _Builder:
    def __init__(self, double: bool, width: int) -> None:
        self.blocks: list[Block] = []
        self.cur: Block | None = None
        self.double = double
        self.width = width
        self.prev_len = 0
        self.indent = 0
        self.letter = "A"  # the letter the next lettered chapter has
        self.parts = False  # the open item took lettered parts ("a. …", "b. …")
        self.signed = False  # a signature block began: "A. Jansen" below it is a person

    def close(self) -> None:
        if self.cur is not None and self.cur.text.strip():
            self.blocks.append(self.cur)
        self.cur = None

    def start(self, kind: str, text: str, line: Line, **kw) -> None:
        self.close()
        self.cur = Block(kind=kind, text=text.strip(), source=line.source(), **kw)
        self.parts = False

    def parts_follow(self, nxt: str) -> bool:
        """A lettered part comes next for the open numbered item: it ended in ":" ("op de
        volgende locaties:") or took parts already; a blank line between does not end it."""
        cur = self.cur
        return (
            cur is not None
            and _in_numbered_item(self)
            and bool(P.LETTERED_RE.match(nxt))
            and (cur.text.endswith(":") or self.parts)
        )

    def extend(self, text: str) -> None:
        assert self.cur is not None
        self.cur.text = join_hyphenated(self.cur.text, text)


def build_blocks(lines: list[Line], *, double: bool | None = None) -> list[Block]:
    """Segment lines into blocks (headings, list items, paragraphs, table rows).

    ``double`` says whether a blank line follows every line (a PDF-to-text rendering); ``None``
    detects it. Markdown and DOCX pass False: there a blank line always ends a paragraph.
    """
    lines = _drop_footnotes(lines)
    if double is None:
        double = is_double_spaced(lines)
    if not double:
        lines = join_wrapped_headings(lines)
    lengths = sorted(len(ln.text.rstrip()) for ln in lines if ln.text.strip())
    width = lengths[int(len(lengths) * 0.8)] if lengths else 80
    b = _Builder(double, width)
    i, n = 0, len(lines)
    prev_text = ""
    while i < n:
        line = lines[i]
        t = line.text.rstrip()
        if line.rows is not None:
            b.close()
            b.blocks.extend(line.rows)
            prev_text = ""
            i += 1
            continue
        if not t.strip():
            if not double and b.cur is not None:
                nxt_line = _next_line(lines, i)
                nxt = nxt_line.strip()
                continued = b.cur.text[-1:] not in P.SENTENCE_END and nxt[:1].islower()
                if not (continued or _is_sub_bullet(b, nxt_line) or b.parts_follow(nxt)):
                    b.close()
            i += 1
            continue
        if re.fullmatch(r"\s*(?:[-–•●▪◦o*]|\d{1,2}[.)])\s*", t):
            i += 1
            continue  # a list marker the PDF put on a line of its own
        if is_page_number(t) and not re.fullmatch(r"\s*(19|20)\d\d\s*", t):
            i += 1
            continue
        if records.is_record_start(lines, i):
            b.close()
            marker = records.take_marker(b.blocks)
            row, i = records.read_record(lines, i)
            row.marker = row.marker or marker
            b.blocks.append(row)
            prev_text = ""
            continue
        if is_table_header(t):
            b.close()
            rows, i = read_table(lines, i)
            b.blocks.extend(rows)
            prev_text = ""
            continue
        nxt = _next_text(lines, i)
        if m := P.LABELLED_RE.match(t):
            b.start(LIST, m.group(2), line, marker=m.group(1))
            prev_text = t
            i += 1
            continue
        field = records.field_of(t)  # "Trekker: X" under an item of running text
        if field and records.attach_field(b.cur or (b.blocks[-1] if b.blocks else None), *field):
            b.close()  # what follows is no part of the item's text
            prev_text = t
            i += 1
            continue
        b.signed = b.signed or _signature_start(t, prev_text)
        head = heading_of(t, prev_text, nxt, "" if b.signed else b.letter)
        if head and not (b.cur is not None and b.cur.kind == LIST and head[0] == 8):
            level, number, title = head
            if number == b.letter:
                b.letter = chr(ord(b.letter) + 1)
            b.start(HEADING, title, line, level=level, marker=number)
            b.close()
        elif m := P.BIJ_RE.match(t):
            b.start(ROW, t[m.end() :], line, marker=norm_bij(m.group(1)))
        elif m := P.BULLET_RE.match(t):
            marker = m.group(1)
            if _is_sub_bullet(b, t):
                b.extend(
                    "\n" + ("o" if marker not in P.SUB_BULLETS else marker) + " " + t[m.end() :]
                )
            else:
                b.start(LIST, t[m.end() :], line, marker=marker)
                b.indent = _indent(t)
        elif (m := P.NUMBERED_RE.match(t)) and not re.match(r"^\s*\d+\.\d", t):
            b.start(LIST, t[m.end() :], line, marker=m.group(1))
        elif m := P.SUBNUMBERED_RE.match(t):
            b.start(LIST, t[m.end() :], line, marker=m.group(1))  # "3.1  Woonwaard levert …"
        elif (m := P.CODED_RE.match(t)) and _starts_anew(b, prev_text):
            b.start(LIST, t[m.end() :], line, marker=m.group(1))  # "A1 Woonborg bouwt …"
        elif (m := P.LETTERED_RE.match(t)) and _in_numbered_item(b):
            b.extend(t)  # "1. …" with "a. …", "b. …" below: parts of that item
            b.parts = True
        elif m := P.LETTERED_RE.match(t):
            b.start(LIST, t[m.end() :], line, marker=m.group(1))  # "Artikel 1" + "a. …"
        elif (
            _signature_start(t, prev_text)
            or b.cur is None
            or (b.cur.kind == PARAGRAPH and _paragraph_break(prev_text, t, width))
        ):
            b.start(PARAGRAPH, t, line)
        else:
            b.extend(t)
        prev_text = t
        i += 1
    b.close()
    return b.blocks


def _starts_anew(b: _Builder, prev: str) -> bool:
    """Nothing is open, or the line before ended a sentence: a line may open an item here
    (not "Q3 Oplevering …" half-way through a paragraph)."""
    return b.cur is None or not prev or prev.rstrip()[-1:] in P.SENTENCE_END


def _signature_start(text: str, prev: str) -> bool:
    """ "Aldus overeengekomen …", "Namens …" open a signature block; "ondertekend door de
    gemeente, …" on a wrapped line goes on with the sentence above."""
    started = text.lstrip()[:1].isupper() or not prev or prev.rstrip()[-1:] in P.SENTENCE_END
    return bool(P.SIGNATURE_START_RE.match(text)) and started


def norm_bij(label: str) -> str:
    num = re.search(r"\d+[a-z]?", label)
    return f"Bij {num.group(0)}." if num else label


def _open_parent(b: _Builder, marker: str) -> bool:
    cur = b.cur
    return cur is not None and cur.kind in (LIST, ROW) and (cur.marker or "") != marker


def _in_numbered_item(b: _Builder) -> bool:
    """An item with a number or bullet is open (not one with a letter of its own)."""
    lettered = re.fullmatch(r"[a-h]", b.cur.marker or "") if b.cur is not None else None
    return b.cur is not None and b.cur.kind == LIST and not lettered


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _is_sub_bullet(b: _Builder, text: str) -> bool:
    """A bullet that belongs to the open item: a sub-bullet sign ("o", "–", "▪") under an item
    with another sign, or any bullet indented deeper than the item (Markdown "    - ")."""
    m = P.BULLET_RE.match(text)
    if not m or b.cur is None or b.cur.kind not in (LIST, ROW):
        return False
    if m.group(1) in P.SUB_BULLETS and _open_parent(b, m.group(1)):
        return True
    return b.cur.kind == LIST and _indent(text) >= b.indent + 2


def _paragraph_break(prev: str, text: str, width: int) -> bool:
    prev = prev.rstrip()
    return (
        bool(prev)
        and prev[-1] in ".!?:"
        and len(prev) < 0.75 * width
        and text.lstrip()[:1].isupper()
    )


def _next_line(lines: list[Line], i: int) -> str:
    for ln in lines[i + 1 : i + 4]:
        if ln.text.strip():
            return ln.text.rstrip()
    return ""


def _next_text(lines: list[Line], i: int) -> str:
    for ln in lines[i + 1 : i + 4]:
        if ln.text.strip():
            return ln.text.strip()
    return ""


def _drop_footnotes(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    skipping = False
    for ln in lines:
        if P.FOOTNOTE_RE.match(ln.text):
            skipping = True
            continue
        if skipping:
            if not ln.text.strip() or P.HEADING_NUM_RE.match(ln.text) or ln.text.startswith(" "):
                skipping = False
            else:
                continue
        out.append(ln)
    return out
