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
from .model import HEADING, LIST, PARAGRAPH, ROW, Block, Line
from .tables import is_table_header, read_table


def is_double_spaced(lines: list[Line]) -> bool:
    texts = [ln.text.strip() for ln in lines]
    nonempty = sum(1 for t in texts if t)
    gaps = sum(1 for i in range(len(texts) - 2) if texts[i] and not texts[i + 1] and texts[i + 2])
    return nonempty > 0 and gaps / nonempty > 0.45


def heading_of(
    text: str, prev: str, nxt: str, letter: str = "A"
) -> tuple[int, str | None, str] | None:
    """(level, number, title) when ``text`` is a heading line, else None. A lettered chapter
    ("B. Betaalbaarheid") must be the next ``letter`` ("" after a signature began: "E.
    Verbruggen" or "A. Jansen" there is a person)."""
    t = text.strip()
    if not t or len(t) > 90:
        return None
    m = P.HEADING_NUM_RE.match(t)
    if m and not P.BIJ_RE.match(t):
        number, title = m.group(1), m.group(2)
        ok_end = title[-1] not in ".,;:" or title.endswith("..")
        plausible = (
            ok_end
            and title[0].isupper()
            and len(title) <= 80
            and not re.match(r"^\d", title)
            and not _wrapped(title, nxt, article=t.lower().startswith("artikel"))
        )
        if plausible and int(number.split(".")[0]) <= 40 and len(title.split()) <= 12:
            return number.count(".") + 1, number, title.strip(" .")
    m = P.LETTER_HEADING_RE.match(t)
    if (
        m
        and m.group(1) == letter
        and m.group(2)[-1] not in ".,;:"
        and not _wrapped(m.group(2), nxt)
    ):
        return 1, m.group(1), m.group(2)
    for rx, _role in P.ROLE_LABELS:
        lm = rx.match(t)
        # the label may wrap in a narrow column: "Inzet: Wat spreken we daarvoor samen" + "af?"
        wraps = nxt.endswith((":", "?")) and len(nxt) <= 25 and nxt[:1].islower()
        if lm and len(t) <= 70 and (t.endswith((":", "?")) or len(t) - lm.end() <= 2 or wraps):
            return 9, None, t
    if len(t) >= 3 and t[-1] not in ".,;:" and t[0].isupper() and len(t) <= 70:
        if P.BULLET_RE.match(t) or P.NUMBERED_RE.match(t) or is_page_number(t):
            return None
        prev_done = not prev or prev.rstrip()[-1:] in P.SENTENCE_END or prev.isupper()
        letters = [c for c in t if c.isalpha()]
        if len(letters) < 3:
            return None
        if t.isupper() and len(letters) >= 5:
            return 7, None, t
        if (
            prev_done
            and nxt
            and (nxt[:1].isupper() or P.BULLET_RE.match(nxt) or P.NUMBERED_RE.match(nxt))
            and len(t.split()) <= 9
        ):
            return 8, None, t
    return None


_FUNCTION_WORDS = {
    "de", "het", "een", "van", "en", "of", "in", "op", "om", "te", "met", "voor", "naar", "bij",
    "aan", "door", "onder", "over", "uit", "tot", "die", "dat", "als", "is", "zijn", "wordt",
}  # fmt: skip


def _wrapped(title: str, nxt: str, article: bool = False) -> bool:
    """A numbered list item whose sentence wraps onto the next line is no heading: the line ends
    in a function word or the next line goes on in lower case (narrow PDF columns)."""
    last = title.rsplit(None, 1)[-1].lower()
    return (
        last in _FUNCTION_WORDS
        or last == "€"  # "… een grondprijs van €" + "19.750 per woning"
        # "Artikel 1 Nieuwbouw" + "a. …" is a heading; "1. X bevriest de huur" + "a. voor …"
        # is an item that goes on
        or (
            nxt[:1].islower()
            and not (article and P.LETTERED_RE.match(nxt))
            and not P.BULLET_RE.match(nxt)  # "1. NIEUWBOUW" + "e Acantus bouwt …" (OCR'd •)
        )
    )


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
        lines = _join_wrapped_headings(lines)
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


def _caps(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 3 and t.isupper() and len(t) <= 60


def _join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """A heading that wraps in a narrow column: "DE BETAALBARE" + "NIEUWBOUWWONING", or
    "3 Kernplan als" + "ordeningsmiddel" followed by a blank line."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        t = lines[k].text.strip()
        nxt = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
        after = lines[k + 2].text.strip() if k + 2 < len(lines) else ""
        numbered = P.HEADING_NUM_RE.match(t) and len(t) <= 60 and t[-1:] not in ".,;:"
        wrapped_num = (
            numbered
            and nxt[:1].islower()
            and len(nxt) <= 40
            and nxt[-1:] not in ".,;:"
            and not after
        )
        if nxt and ((_caps(t) and _caps(nxt)) or wrapped_num):
            out.append(Line(t + " " + nxt, lines[k].line, lines[k].page))
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return out


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
