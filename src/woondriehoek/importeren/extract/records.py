"""Afspraken written as records of labelled lines, one field per line:

    A1
    Activiteit: Start bouw van 36 sociale huurwoningen
    Trekker:    Turfschip
    Betrokken:  gemeente, SHV
    Planning:   Q2 2026

Activity overviews (jaarschijven) and action lists exported from spreadsheets look like this.
A record becomes one table row (``ROW`` with the labels as header), so the rest of the
extractor reads it like a row of an "Afspraak | Trekker | Planning" table. A value that wraps
goes on the next line without a label.
"""

from __future__ import annotations

import re

from .cleanup import join_hyphenated
from .model import LIST, PARAGRAPH, ROW, Block, Line

TEXT_LABELS = r"afspraak|activiteit|actie|maatregel|prestatie|wat|omschrijving|inzet|project"
META_LABELS = (
    r"trekker|eigenaar|verantwoordelijke?|wie|betrokken(?:en)?|partners?|samen met|met wie|met|"
    r"planning|wanneer|periode|termijn|uitvoering|gereed|looptijd|jaar|"
    r"(?:beoogd |verwacht )?resultaat|indicator|kpi|doel|status|toelichting|kosten|budget|"
    r"opm\.?|opmerkingen?"
)
_FIELD_RE = re.compile(rf"^\s*(?P<label>{TEXT_LABELS}|{META_LABELS})\s*:\s*(?P<value>.*)$", re.I)
_TEXT_RE = re.compile(rf"^(?:{TEXT_LABELS})$", re.I)
# the fields a column reads: who leads, who takes part, when
_ROLES = (
    r"trekker|eigenaar|verantwoordelijke?|wie|betrokken(?:en)?|partners?|samen met|"
    r"met wie|met|planning|wanneer|periode|termijn|uitvoering|gereed|looptijd|jaar"
)
# a second field on the same line: "Met: gemeente   Wanneer: 2026–2030" (after a wide gap, or
# a capital label after one space: "Met: gemeente Wanneer: …"; not "… per jaar: 20 in 2026")
_NEXT_FIELD_RE = re.compile(
    rf"(?<=\S)(?:[ \t]{{2,}}|\t)(?=(?i:{_ROLES})\s*:\s)|(?<=\S) (?=(?-i:[A-Z])(?i:{_ROLES})\s*:\s)"
)
_ROLE_RE = re.compile(rf"^(?:{_ROLES})$")
_MARKER_RE = re.compile(r"^\s*(?:[A-Z]{1,2}\s?)?\d{1,3}(?:\.\d{1,3})*[a-z]?\.?\s*$")
# "1.3  Transformatie kantoorpand …" with the fields indented below it (no "Activiteit:")
_NUMBERED_TEXT_RE = re.compile(
    r"^\s*(?P<num>(?:[A-Z]{1,2}\s?)?\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?\s+(?P<text>[A-ZÀ-Ý€].*)$"
)


def is_record_start(lines: list[Line], i: int) -> bool:
    """A text field ("Activiteit: …") followed, within three lines, by another field; or a
    numbered line whose text runs on until a field that says who or when ("Trekker: …")."""
    m = _FIELD_RE.match(lines[i].text)
    if m and _TEXT_RE.match(m.group("label").strip()) and m.group("value").strip():
        following = [ln.text for ln in lines[i + 1 : i + 4] if ln.text.strip()]
        return any(_FIELD_RE.match(t) for t in following)
    return _numbered_fields_at(lines, i) is not None


def _numbered_fields_at(lines: list[Line], i: int) -> int | None:
    """Index of the first field under a numbered record line, or None."""
    if not _NUMBERED_TEXT_RE.match(lines[i].text) or _FIELD_RE.match(lines[i].text):
        return None
    for j in range(i + 1, min(i + 4, len(lines))):
        t = lines[j].text
        if not t.strip() or _NUMBERED_TEXT_RE.match(t):
            return None
        if m := _FIELD_RE.match(t):
            return j if _ROLE_RE.match(m.group("label").strip().lower()) else None
    return None


def read_record(lines: list[Line], i: int) -> tuple[Block, int]:
    """The record starting at ``i`` as a row; returns (row, index after the record)."""
    labels: list[str] = []
    values: list[str] = []
    j = i
    marker = None
    if (first_field := _numbered_fields_at(lines, i)) is not None:
        numbered = _NUMBERED_TEXT_RE.match(lines[i].text)
        marker, text = numbered.group("num"), numbered.group("text").strip()
        for k in range(i + 1, first_field):
            text = join_hyphenated(text, lines[k].text.strip())
        labels, values, j = ["activiteit"], [text], first_field
    while j < len(lines) and lines[j].text.strip():
        m = _FIELD_RE.match(lines[j].text)
        if m and ((j == i and not labels) or not _TEXT_RE.match(m.group("label").strip())):
            for part in _fields_of_line(lines[j].text):
                f = _FIELD_RE.match(part)
                labels.append(f.group("label").strip().lower())
                values.append(f.group("value").strip())
        elif m or not labels or _MARKER_RE.match(lines[j].text):
            break  # the next record (or its number) starts without a blank line between
        else:
            values[-1] = join_hyphenated(values[-1], lines[j].text.strip())
        j += 1
    # Fields no column role reads (result, indicator, budget …) stay with the text, so nothing
    # the record says is lost and its numbers are read as targets.
    text = values[0]
    header, cells = [labels[0]], [text]
    for label, value in zip(labels[1:], values[1:], strict=True):
        if _ROLE_RE.match(label):
            header.append(label)
            cells.append(value)
        elif value:
            text += f"\n{label[:1].upper()}{label[1:]}: {value}"
    cells[0] = text
    row = Block(kind=ROW, text=text, source=lines[i].source(), cells=cells, header=header)
    row.marker = marker
    return row, j


def _fields_of_line(text: str) -> list[str]:
    """The fields of one line: itself, or its pieces when a second field follows on it."""
    head, *rest = _NEXT_FIELD_RE.split(text, maxsplit=1)
    if rest and _FIELD_RE.match(head) and _FIELD_RE.match(rest[0]):
        return [head, *_fields_of_line(rest[0])]
    return [text]


def take_marker(blocks: list[Block]) -> str | None:
    """The record's number on a line of its own just above it ("A1", "3.2"), taken off the
    blocks already built."""
    if blocks and blocks[-1].kind != ROW and _MARKER_RE.match(blocks[-1].text):
        return blocks.pop().text.strip().rstrip(".")
    return None


# a field line under an item of running text: "Trekker: Gemeente Deventer", "Planning: 2026"
_ITEM_FIELD_RE = re.compile(rf"^\s*(?P<label>{_ROLES})\s*:\s*(?P<value>\S.*?)\s*$", re.I)


def field_of(text: str) -> tuple[str, str] | None:
    """(column, value) for a line "Trekker: X" / "Betrokken: Y" / "Planning: 2026"."""
    m = _ITEM_FIELD_RE.match(text)
    if not m:
        return None
    value = re.split(r"[.;]\s", m.group("value"), maxsplit=1)[0]  # "SWZ. De gemeente …"
    return m.group("label").lower(), value.rstrip(" .;")


_WHO = {"trekker", "eigenaar", "verantwoordelijk", "verantwoordelijke", "wie"}
_FIELDED = "_fields"  # marks a row made of an item and its field lines (not a table's row)


def attach_field(target: Block | None, label: str, value: str) -> bool:
    """Give the item above a field of its own line: it becomes a row of its text and its
    fields ("afspraak | trekker | planning"). A paragraph takes fields only when the first
    one says who leads (a description followed by "Planning: de gemeente stelt …" is no
    afspraak); a list item takes any; a table's row none. False when nothing took it."""
    if target is None or len(value) > 80:
        return False
    if target.kind == ROW:
        if target.header[-1:] != [_FIELDED] or label in target.header:
            return False
        target.header = [*target.header[:-1], label, _FIELDED]
        target.cells = [*target.cells, value]
        return True
    if target.kind == LIST or (target.kind == PARAGRAPH and label in _WHO):
        target.kind, target.header = ROW, ["afspraak", label, _FIELDED]
        target.cells = [target.text, value]
        return True
    return False
