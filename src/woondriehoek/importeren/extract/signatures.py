"""The signature block: who signed for which party ("De heer A. B, Wethouder gemeente X",
or party / name / role lines, parties side by side in columns)."""

from __future__ import annotations

import re

from . import dictionaries as D
from .parties import Party, PartyRegistry, party_type

_SIGN_HEAD_RE = re.compile(
    r"^\s*(?:de heer|mevrouw|dhr\.?|mw\.?|mr\.?|drs\.?|ir\.?|ing\.?)\s+", re.I
)
_PERSON_RE = re.compile(
    r"^\s*(?:(?:de heer|mevrouw|dhr\.?|mw\.?)\s+)?((?:[A-Z]\.){1,5}\s*(?:[a-z]+\s+){0,2}[A-Z][\w'-]+(?:-[A-Z][\w-]+)?|[A-Z][a-z]+\s+[A-Z][a-z]+)\s*,?\s*(.*)$"  # noqa: E501
)


def signatories(lines: list[str], reg: PartyRegistry) -> list[dict]:
    """Read the signature block: "De heer A. B, Wethouder gemeente X" or party / name / role lines."""  # noqa: E501
    out: list[dict] = []
    start = next(
        (
            i
            for i, t in enumerate(lines)
            if re.search(r"\b(ondertekend|overeengekomen|getekend)\b", t, re.I)
            and re.search(r"\baldus\b|\bte\b|\bop\b", t, re.I)
            # the block opens with a short line, not a paragraph that says the agreements
            # "zijn op 9 december ondertekend"
            and (len(t) < 120 or re.match(r"\s*(aldus|ondertekend|getekend)\b", t, re.I))
        ),
        None,
    )
    if start is None:
        return out
    # signature lines ("______") are not text; parties side by side in columns are split
    cleaned = _table_columns(
        [re.sub(r"_{3,}|\.{5,}", " ", t).strip() for t in lines[start + 1 : start + 80]]
    )
    block = [
        row for t in cleaned if t and not _side_by_side(t, reg) for row in _party_then_person(t)
    ]
    pending_party: str | None = None
    i = 0
    while i < len(block):
        t = block[i]
        if re.match(r"^(bijlage|bijlagen)\b", t, re.I) or re.match(r"^\d{1,2}(\.\d)*\s+[A-Z]", t):
            break
        # "Gemeente X, J. de Vries, wethouder": party, person and role on one line
        lead = re.match(r"^([^,]{3,60}),\s*((?:[A-Z]\.){1,5}\s*\S.*)$", t)
        if lead and not _PERSON_RE.match(lead.group(1)) and party_type(lead.group(1)) != "overig":
            pending_party, t = lead.group(1), lead.group(2)
        m = _PERSON_RE.match(t)
        is_person = bool(m) and (
            bool(_SIGN_HEAD_RE.match(t)) or re.match(r"^\s*(?:[A-Z]\.){1,5}", t)
        )
        if is_person:
            name, role = m.group(1).strip(), m.group(2).strip(" ,")
            if (
                not role
                and i + 1 < len(block)
                and not _PERSON_RE.match(block[i + 1])
                and len(block[i + 1]) < 80
            ):
                role = block[i + 1]
                i += 1
            party = _party_for_role(role, pending_party, reg)
            out.append(
                {
                    "name": name,
                    "role": role[:1].upper() + role[1:],
                    "party": party.id if party else None,
                }
            )
            pending_party = None
        elif len(t) < 60 and not t.endswith((".", ":")):
            pending_party = t
        i += 1
    return out


def _table_columns(lines: list[str]) -> list[str]:
    """A signature table read row by row ("Wethouder …, gemeente X | Directeur-bestuurder Y"
    over "P.W. van Ginkel | L.A. Hendriks"): one "name, role" line per column."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        cells = lines[k].split(" | ")
        after = lines[k + 1].split(" | ") if k + 1 < len(lines) else []
        if len(cells) > 1 and len(after) == len(cells):
            roles, names = (cells, after) if all(map(_is_person, after)) else (after, cells)
            if all(map(_is_person, names)):
                k += 2
                # a third row of functions under parties and names ("wethouder Wonen")
                third = lines[k].split(" | ") if k < len(lines) and roles is cells else []
                if len(third) == len(cells) and not any(map(_is_person, third)):
                    roles = [f"{f.strip()}, {r.strip()}" for f, r in zip(third, roles, strict=True)]
                    k += 1
                out += [f"{n.strip()}, {r.strip()}" for n, r in zip(names, roles, strict=True)]
                continue
        out.append(lines[k])
        k += 1
    return out


def _columns(line: str) -> list[str]:
    return [c for c in re.split(r"\s{3,}|\t+", line) if c]


def _is_person(text: str) -> bool:
    return bool(_SIGN_HEAD_RE.match(text) or re.match(r"^\s*(?:[A-Z]\.){1,5}\s*\S", text))


def _party_then_person(line: str) -> list[str]:
    """ "Omnivera          drs. E.H. Schipper, directeur-bestuurder": the party line, then
    the person's line, as the reader expects them."""
    columns = _columns(line)
    if len(columns) == 2 and not _is_person(columns[0]) and _is_person(columns[1]):
        return columns
    return [line]


def _side_by_side(line: str, reg: PartyRegistry) -> bool:
    """A line of parties in columns ("Gemeente X        Stichting Y"): each is added."""
    columns = _columns(line)
    if len(columns) < 2 or any(party_type(c) == "overig" or _is_person(c) for c in columns):
        return False
    for column in columns:
        reg.add(column)
    return True


def _party_for_role(role: str, pending: str | None, reg: PartyRegistry) -> Party | None:
    if pending:
        return reg.add(pending, role)
    m = re.search(
        r"\b(?:gemeente|" + "|".join(D.CORPORATIE_PREFIXES + D.HUURDERS_PREFIXES) + r")\b.*$",
        role,
        re.I,
    )
    if m:
        return reg.add(m.group(0)[:1].upper() + m.group(0)[1:], role)
    words = re.findall(r"(?:[A-Z][\w-]*(?:\s+(?:de|van|der)\s+)?\s*)+$", role)
    return reg.add(words[0], role) if words and words[0].strip() else None
