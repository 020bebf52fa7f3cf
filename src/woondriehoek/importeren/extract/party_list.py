"""A list of the parties under an introduction: "Deze afspraken worden gemaakt door:",
"… voor de jaren 2026 tot en met 2029 tussen:", "Partijen:". Each entry names one party
("Gemeente Berkelland;", "Sité Woondiensten (hierna: Sité);", "Huurdersvereniging X, die de
huurders van Y vertegenwoordigt."): the entries are parties, not afspraken."""

from __future__ import annotations

import re

from .model import LIST, PARAGRAPH, Block
from .parties import PartyRegistry, party_type

INTRO_RE = re.compile(
    r"\b(tussen|door|partijen|ondergetekenden|ondertekenaars|deelnemende partijen)\s*:\s*$",
    re.IGNORECASE,
)
_NAME_END_RE = re.compile(r"\s*(?:\(|,|;|:|\.\s*$|\s-\s|\s–\s|\bdie\b|\bhierna\b)")


def entries(blocks: list[Block]) -> set[int]:
    """Indices of the list blocks that follow a parties introduction and each name a party."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind != PARAGRAPH or not INTRO_RE.search(block.text.strip()):
            continue
        k = i + 1
        while k < len(blocks) and blocks[k].kind == LIST and entry_name(blocks[k].text):
            found.add(k)
            k += 1
    return found


_PARTICLES = {"de", "van", "der", "den", "het", "en", "'t", "’t", "aan", "op", "e.o.", "in"}


def entry_name(text: str) -> str | None:
    """The party an entry names: the text up to its alias, description or end, if that is an
    organisation's name and nothing else ("de gemeente Molenlanden, hierna: de gemeente;" ->
    "gemeente Molenlanden"; not "Woonstede bouwt 40 woningen.", not "de corporaties")."""
    name = _NAME_END_RE.split(text.strip(), maxsplit=1)[0].strip()
    name = re.sub(r"^(?:de|het)\s+", "", name)
    words = name.split()
    if not words or len(words) > 7 or party_type(name) == "overig":
        return None
    first_ok = words[0][:1].isupper() or words[0].lower() == "gemeente"
    rest_ok = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _PARTICLES for w in words[1:])
    named = len(words) > 1 or words[0][:1].isupper()
    return name if first_ok and rest_ok and named else None


def listed_parties(blocks: list[Block], reg: PartyRegistry) -> set[int]:
    """Register the parties a list names; returns the indices of its entries (no afspraken)."""
    found = entries(blocks)
    for i in sorted(found):
        reg.add(entry_name(blocks[i].text) or "")
    return found
