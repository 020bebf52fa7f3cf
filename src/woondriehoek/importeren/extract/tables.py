"""Tables rendered as plain text: "Afspraak Trekker Betrokkenen Uitvoering" and similar.

A PDF text layer loses the grid, so a row arrives as the afspraak paragraph followed, after a
blank line, by the other cells run together ("Woonwaarts Gemeente 2025: ca. 140 won."). Rows
start at "Bij 1." (or a numbered label); the run-together cells are kept as ``cells[1]`` and split
into trekker / betrokkenen / uitvoering later, when the parties are known.
"""

from __future__ import annotations

import re

from . import patterns as P
from .cleanup import join_hyphenated
from .model import HEADING, ROW, Block, Line
from .parties import party_type

_WORD_RE = re.compile(r"[a-zà-ÿ./]+", re.IGNORECASE)


def header_columns(text: str) -> list[str]:
    return [w.lower().strip(".") for w in _WORD_RE.findall(text)]


def is_table_header(text: str) -> bool:
    words = header_columns(text)
    if not 2 <= len(words) <= 7 or len(text.strip()) > 90:
        return False
    known = [w for w in words if w in P.TABLE_WORDS]
    return (
        len(known) == len(words)
        and len(set(known) & {"afspraak", "afspraken", "actie", "activiteit"}) > 0
        and (len(set(known)) >= 3)
    )


def _ends_table(text: str) -> bool:
    t = text.strip()
    m = P.HEADING_NUM_RE.match(t)
    if (
        m
        and re.match(r"^\s*\d{1,2}(\.\d{1,2})*\.?\s+[A-Z]", t)
        and len(t) < 90
        and t[-1] not in ".,;:"
    ):
        return (
            not P.NUMBERED_RE.match(t)
            or "." in m.group(1)
            or not re.search(r"[a-z]{3}", t[-4:] + "xxx")
        )
    return any(rx.match(t) for rx, _ in P.ROLE_LABELS) and len(t) < 70 and t.endswith((":", "?"))


def read_table(lines: list[Line], i: int) -> tuple[list[Block], int]:
    """Read rows after the header line at ``i``; return (rows, index after the table)."""
    header = header_columns(lines[i].text)
    text_first = header[0] in {"afspraak", "afspraken", "actie", "activiteit"}
    j = i + 1
    raw_rows: list[tuple[Line, str, list[Line]]] = []
    while j < len(lines):
        t = lines[j].text
        if t.strip() and _ends_table(t) and not P.BIJ_RE.match(t):
            break
        m = P.BIJ_RE.match(t) if text_first else P.NUMBERED_RE.match(t)
        if m and t.strip():
            label = m.group(1)
            raw_rows.append((lines[j], label, [Line(t[m.end() :], lines[j].line, lines[j].page)]))
        elif raw_rows:
            raw_rows[-1][2].append(lines[j])
        j += 1
    rows: list[Block] = []
    for first, label, body in raw_rows:
        if text_first:
            rows.append(_text_first_row(first, label, body, header))
        else:
            rows.extend(_period_rows(first, label, body, header))
    return rows, j


def _paragraphs(body: list[Line]) -> list[tuple[Line, str]]:
    paras: list[tuple[Line, str]] = []
    cur: tuple[Line, str] | None = None
    for ln in body:
        if not ln.text.strip():
            if cur:
                paras.append(cur)
            cur = None
            continue
        cur = (ln, ln.text.strip()) if cur is None else (cur[0], join_hyphenated(cur[1], ln.text))
    if cur:
        paras.append(cur)
    return paras


def _text_first_row(first: Line, label: str, body: list[Line], header: list[str]) -> Block:
    paras = _paragraphs(body)
    text = paras[0][1] if paras else ""
    meta = ""
    for _, p in paras[1:]:
        meta = join_hyphenated(meta, p) if meta.endswith("-") else (meta + " " + p).strip()
    num = re.search(r"\d+[a-z]?", label)
    marker = f"Bij {num.group(0)}." if label.lower().startswith("bij") and num else label
    return Block(
        kind=ROW,
        text=text,
        source=first.source(),
        marker=marker,
        cells=[text, meta],
        header=["afspraak", "_meta"],
    )


def _period_rows(first: Line, label: str, body: list[Line], header: list[str]) -> list[Block]:
    """Rows of an "Onderdeel Periode Afspraak" table: one block per afspraak paragraph."""
    paras = _paragraphs(body)
    period = ""
    out: list[Block] = []
    for k, (ln, p) in enumerate(paras):
        if k == 0:
            continue  # the onderdeel label
        m = P.PERIOD_START_RE.match(p)
        if m and m.group(0).strip():
            rest = p[m.end() :].strip(" -–")
            if not period:
                period = m.group(0).strip()
            if len(rest) < 15:
                continue
            p = rest
        if P.QUESTION_LABEL_RE.match(p) or p.endswith(":"):
            continue
        out.append(
            Block(
                kind=ROW,
                text=p,
                source=ln.source(),
                marker=label,
                cells=[p, period],
                header=["afspraak", "uitvoering"],
            )
        )
    return out


COLUMN_ROLES = [
    (re.compile(r"^(nr\.?|#|nummer)$", re.I), "number"),
    (re.compile(r"trekker|eigenaar|verantwoordelijk|wie\b|initiatief", re.I), "trekker"),
    (re.compile(r"betrokken|partners|samen met|met wie|^met$", re.I), "betrokkenen"),
    (
        re.compile(r"uitvoering|planning|wanneer|periode|termijn|jaar|gereed|looptijd", re.I),
        "uitvoering",
    ),
    (
        re.compile(
            r"afspra|actie|activiteit|wat\b|prestatie|inzet|maatregel|omschrijving|voornem", re.I
        ),
        "text",
    ),
]


YEAR_COLUMN = re.compile(r"^\s*(?:19|20)\d{2}\s*$")
_MARK = re.compile(r"^\s*[xX✓✔●•v]\s*$")
# "40", "1.200", "1200" in a year column (not "0": nothing planned that year)
_AMOUNT = re.compile(r"^\s*(?!0+\s*$)\d+(?:\.\d{3})*(?:,\d+)?\s*$")


def columns(header: list[str], cells: list[str]) -> dict[str, str]:
    """The cells of a row by the role of their column: text, trekker, betrokkenen …; a
    column per year with a mark ("2026 | 2027 | 2028" – "X", "✓") gives the marked years as
    the uitvoering when no column names it."""
    out: dict[str, str] = {}
    marked: list[tuple[str, str]] = []  # (year, what the cell says: a mark or a number)
    for name, cell in zip(header, cells, strict=False):
        if YEAR_COLUMN.match(name):
            if _MARK.match(cell) or _AMOUNT.match(cell):
                marked.append((name.strip(), "" if _MARK.match(cell) else cell.strip()))
            continue
        for rx, role in COLUMN_ROLES:
            if rx.search(name) and role not in out:
                out[role] = cell.strip()
                break
    if marked and not out.get("uitvoering"):
        out["uitvoering"] = _years(marked)
    return out


def _years(marked: list[tuple[str, str]]) -> str:
    """The marked years as a planning: "2026–2028", or with the figure of each year
    ("2026: 40; 2027: 60"), which gives both the period and the targets."""
    if any(value for _, value in marked):
        return "; ".join(f"{year}: {value}" for year, value in marked if value)
    first, last = marked[0][0], marked[-1][0]
    return first if first == last else f"{first}–{last}"


TEXT_COLUMN = next(rx for rx, role in COLUMN_ROLES if role == "text")


def text_cell(header: list[str], cells: list[str]) -> str:
    """The cell of the afspraak-text column ("Afspraak", "Actie", "Wat" …), else the first."""
    return next(
        (c for h, c in zip(header, cells, strict=False) if TEXT_COLUMN.search(h)),
        cells[0] if cells else "",
    )


def title_row(text: str, source: dict) -> Block:
    """A table row across the whole table that titles the rows below it: "Thema 2 –
    Betaalbaarheid" is theme 2, anything else a heading without a number."""
    number, title = P.heading_number(" ".join(text.split()))
    if number:
        return Block(HEADING, title, source, level=number.count(".") + 1, marker=number)
    return Block(HEADING, title, source, level=8)


_KNOWN_COLUMN = re.compile(
    r"^(?:thema|onderwerp|nr\.?|nummer|#|toelichting|resultaat|status|opmerkingen?|doel|"
    r"indicator|kpi|budget|kosten)$",
    re.I,
)


def is_header_row(cells: list[str]) -> bool:
    """Column headings: short, every one a known column word or a party (an empty corner
    cell is allowed), and an afspraak column or two parties among them. Anything else (a grid
    of figures, text of a neighbouring column run into the cells) stays in the text flow."""
    cells = [c for c in cells if c]
    if len(cells) < 2 or not all("\n" not in c and len(c) <= 40 for c in cells):
        return False
    parties = [c for c in cells if party_type(c) != "overig"]
    known = all(
        c in parties
        or _KNOWN_COLUMN.search(c)
        or YEAR_COLUMN.match(c)
        or any(rx.search(c) for rx, _ in COLUMN_ROLES)
        for c in cells
    )
    return known and (len(parties) >= 2 or any(TEXT_COLUMN.search(c) for c in cells))


def rows_from_cells(table: list[list[str]], source_of) -> list[Block]:
    """A table given as rows of cells whose first row is its header ("Afspraak | Trekker |
    Jaar"): a ROW block per further row (cells padded to the header's width); [] when the first
    row is no header of an afspraken table. ``source_of(k)`` gives the provenance of row k."""
    if len(table) < 2 or not is_header_row(table[0]):
        return []
    header = [h.lower() for h in table[0]]
    out = []
    for k, cells in enumerate(table[1:], 1):
        cells = (cells + [""] * len(header))[: len(header)]
        if any(cells):
            text = text_cell(header, cells).replace("\n", " ")
            out.append(Block(ROW, text, source_of(k), cells=cells, header=header))
    return out
