"""Labels that give the blocks after them (or the rest of their own line) a meaning:
"De gemeente:" above a party's bullets, "Ambitie: …" in front of an ambition."""

from __future__ import annotations

import re

from . import patterns as P
from .mentions import Matcher
from .model import HEADING, PARAGRAPH, Block
from .tables import TEXT_COLUMN, columns, text_cell

_LABEL_FILLER = {
    "de", "het", "en", "zelf", "wat", "doet", "doen", "zegt", "zeggen", "toe", "spreekt",
    "spreken", "af", "levert", "leveren", "zet", "zetten", "zich", "in", "voor", "inzet", "van",
    "bijdrage", "afspraken", "met",
}  # fmt: skip


def party_label(block: Block, matcher: Matcher, colon: bool = True) -> list[str] | None:
    """ "De gemeente:", "Woonstichting X zegt toe:", "Huurdersorganisatie:" – a line that only
    names a party (or a type of party) and ends with a colon; with `colon=False` also a
    heading that only names one ("Alwel" over that corporation's afspraken in a notice)."""
    text = block.text.strip().strip("*").strip()
    if block.kind not in (PARAGRAPH, HEADING) or len(text) > 60:
        return None
    if not text.endswith(":") and (colon or block.kind != HEADING):
        return None
    body = text.removesuffix(":")
    if _TENANTS_RE.match(body.strip()):
        return _tenants(matcher)
    mentions = matcher.find_all(body)
    if not mentions:
        return None
    rest = body
    for s, e, _ in reversed(mentions):
        rest = rest[:s] + " " + rest[e:]
    if any(w.lower() not in _LABEL_FILLER for w in re.findall(r"[\w’'-]+", rest)):
        return None
    return matcher.ids_in(body)


_INLINE_RE = re.compile(
    r"^\s*\**\s*(?P<label>[^:]{3,40}?)\s*\**\s*:\s*\**\s*(?P<rest>.{20,})$", re.S
)


def inline_role(text: str) -> tuple[str, str] | None:
    """(role, text after the label) for a paragraph that opens with a role label and a
    colon, as in "Ambitie: iedere woningzoekende vindt binnen een redelijke termijn …"."""
    m = _INLINE_RE.match(text)
    if not m:
        return None
    label = re.sub(r"\s+(?:19|20)\d{2}$", "", m.group("label").strip(" *"))  # "Doel 2026:"
    if label.lower() == "afspraak":  # the role labels name sections ("Afspraken"), not one
        return "afspraak", m.group("rest").strip()
    for rx, role in P.ROLE_LABELS:
        lm = rx.match(label)
        if lm and len(label) - lm.end() <= 2:
            return role, m.group("rest").strip()
    return None


_TENANTS_RE = re.compile(r"^(?:de\s+)?huurders$", re.I)


def party_columns(
    header: list[str], cells: list[str], matcher: Matcher
) -> list[tuple[str, list]] | None:
    """A table with a column per party ("Thema | Gemeente | Corporatie X | Huurders"): each
    piece of text in a party's column is an afspraak of that party, as (text, party ids).
    None when fewer than two column headings name a party."""
    owners = [_column_party(h, matcher) for h in header]
    if sum(1 for o in owners if o) < 2:
        return None
    out: list[tuple[str, list]] = []
    for owner, cell in zip(owners, cells, strict=False):
        if owner:
            out += [(piece, owner) for piece in _pieces(cell)]
    return out


_ROW_PARTY_RE = re.compile(r"^(?:corporaties?|partij(?:en)?|organisaties?)$", re.I)


def row_party_pieces(
    header: list[str], cells: list[str], matcher: Matcher
) -> tuple[list[str], list[str]] | None:
    """A table with a row per party ("Corporatie | Belangrijkste afspraken"): the row's
    party (by name or a collective such as "Alle corporaties gezamenlijk") and the afspraken
    of its text cell, one per bullet or line. None for other tables."""
    if len(header) < 2 or len(cells) < 2 or not _ROW_PARTY_RE.match(header[0].strip(" *:")):
        return None
    if not any(TEXT_COLUMN.search(h) for h in header[1:]):
        return None  # "Partij | Vertegenwoordigd door": the signatories, no afspraken
    if set(columns(header, cells)) - {"text"}:
        return None  # a planning or trekker column: a table of rows, read as rows
    owner = matcher.ids_in(cells[0])
    pieces = _pieces(text_cell(header[1:], cells[1:]))
    return (owner, pieces) if owner and pieces else None


# Letters for a party's part, as a legend under such tables gives them: T(rekker) or
# V(erantwoordelijk) leads, B(etrokken), (x) and ○ take part. (Not E or L: a column of energy
# labels "E | B" is no table of parts.)
_LEAD_RE = re.compile(r"^\s*(?:[xX✓✔●•+TV]|trekker)\s*$", re.I)
_HELPS_RE = re.compile(r"^\s*(?:B|\(x\)|○|◯|betrokken)\s*$", re.I)


def marked_parties(
    header: list[str], cells: list[str], matcher: Matcher
) -> tuple[list[str], list[str]] | None:
    """A table whose party columns hold only a mark ("Afspraak | Gemeente | Corporatie |
    Huurders | Jaar" with an "X" under who leads, or "T"/"B" for trekker and betrokken): the
    leading and the taking-part parties, in column order. None for other tables."""
    owners = [_column_party(h, matcher) for h in header]
    party_cells = [c for o, c in zip(owners, cells, strict=False) if o and c.strip()]
    if sum(1 for o in owners if o) < 2 or not party_cells:
        return None
    if not all(_LEAD_RE.match(c) or _HELPS_RE.match(c) for c in party_cells):
        return None
    if not any(_LEAD_RE.match(c) for c in party_cells):
        return None  # letters but none that leads: data ("B | B"), not parts
    lead: list[str] = []
    helps: list[str] = []
    for owner, cell in zip(owners, cells, strict=False):
        if owner and cell.strip():
            into = helps if _HELPS_RE.match(cell) else lead
            into += [i for i in owner if i not in lead + helps]
    return lead, helps


def _column_party(heading: str, matcher: Matcher) -> list[str] | None:
    text = heading.strip().strip("*:").strip()
    if _TENANTS_RE.match(text):
        return _tenants(matcher)
    for party in matcher.parties:  # table headings are often lower-cased by the reader
        if text.lower() in (n.lower() for n in [party.name, *party.aliases]):
            return [party.id]
    mentions = matcher.find_all(text)
    if len(mentions) != 1:
        return None
    start, end, ids = mentions[0]
    rest = (text[:start] + text[end:]).strip(" ()-–")
    return list(ids) if len(rest) <= 3 else None


def _pieces(cell: str) -> list[str]:
    """The afspraken in one cell: its bullets or lines; a line in lower case goes on."""
    pieces: list[str] = []
    for line in cell.split("\n"):
        line = line.strip()
        if not line:
            continue
        bullet = P.BULLET_RE.match(line) or P.NUMBERED_RE.match(line)
        line = line[bullet.end() :] if bullet else line
        if pieces and not bullet and line[:1].islower():
            pieces[-1] += " " + line
        else:
            pieces.append(line)
    return [p for p in pieces if len(p) >= 12]


def _tenants(matcher: Matcher) -> list[str] | None:
    """ "Huurders" as a column or label: the tenants' organisations among the parties."""
    return [p.id for p in matcher.parties if p.type == "huurdersorganisatie"] or None
