"""Whether a line is a heading: numbered ("3.2 Nieuwbouw", "Artikel 3 – …", "Thema 2:"),
lettered in sequence ("B. Betaalbaarheid"), a section label ("Ambities:"), capitals, or a short
line between sentences; and headings that wrap in a narrow column, joined."""

from __future__ import annotations

import re

from . import patterns as P
from .cleanup import is_page_number
from .model import Line


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
            and not wrapped(title, nxt, article=t.lower().startswith("artikel"))
        )
        if plausible and int(number.split(".")[0]) <= 40 and len(title.split()) <= 12:
            return number.count(".") + 1, number, title.strip(" .")
    m = P.LETTER_HEADING_RE.match(t)
    if m and m.group(1) == letter and m.group(2)[-1] not in ".,;:" and not wrapped(m.group(2), nxt):
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


def wrapped(title: str, nxt: str, article: bool = False) -> bool:
    """A numbered list item whose sentence wraps onto the next line is no heading: the line ends
    in a function word or the next line goes on in lower case (narrow PDF columns)."""
    last = title.rsplit(None, 1)[-1].lower()
    return (
        last in _FUNCTION_WORDS
        or last == "€"  # "… een grondprijs van €" + "19.750 per woning"
        or title.endswith(("-", "–"))  # "… in de periode 2026–" + "2029 samen …"
        # "… voegen in de periode" + "2026–2029 samen 2.400 …": a sentence, not a title
        or (
            nxt[:1].isdigit()
            and len(title.split()) >= 6
            and not P.HEADING_NUM_RE.match(nxt)
            and not P.NUMBERED_RE.match(nxt)
        )
        # "Artikel 1 Nieuwbouw" + "a. …" is a heading; "1. X bevriest de huur" + "a. voor …"
        # is an item that goes on
        or (
            nxt[:1].islower()
            and not (article and P.LETTERED_RE.match(nxt))
            and not P.BULLET_RE.match(nxt)  # "1. NIEUWBOUW" + "e Acantus bouwt …" (OCR'd •)
        )
    )


def _caps(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 3 and t.isupper() and len(t) <= 60


def join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """A heading that wraps in a narrow column: "DE BETAALBARE" + "NIEUWBOUWWONING", or
    "3 Kernplan als" + "ordeningsmiddel" followed by a blank line or by the text."""
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
            # a blank line after it, or (two columns) a short tail before the first sentence
            and (
                not after or (after[:1].isupper() and len(nxt.split()) <= 3 and len(t.split()) <= 6)
            )
        )
        if nxt and ((_caps(t) and _caps(nxt)) or wrapped_num):
            out.append(Line(t + " " + nxt, lines[k].line, lines[k].page))
            k += 2
            continue
        out.append(lines[k])
        k += 1
    return out
