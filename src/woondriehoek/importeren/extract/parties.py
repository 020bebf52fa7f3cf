"""Find the signing parties, their aliases and the signatories."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import dictionaries as D
from .known import is_corporation
from .known import pattern as known_pattern

_PREFIX = (
    r"(?:[Gg]emeente|"
    + "|".join(p.capitalize() for p in D.CORPORATIE_PREFIXES + D.HUURDERS_PREFIXES)
    + r")"
)
# "en" belongs to a name ("Huurdersvereniging Arnhem en Omstreken") unless the next word
# starts another organisation ("Huurdersvereniging X en Bewonersraad Y" are two).
_NEXT_ORG = rf"\s+(?:de\s+|het\s+)?(?i:{_PREFIX})\b"
# a capitalised word goes on the name unless it is the type word of the next organisation
_NAME = (
    rf"(?:(?!{_PREFIX}\b)[A-Z][\w'’&.-]*|de|van|der|den|het|aan|op|en(?!{_NEXT_ORG})|'s|’s|"
    r"omstreken|omgeving)"
)
ORG_RE = re.compile(r"\b(" + _PREFIX + r"(?:\s+" + _NAME + r"){1,4})")
_LABEL_LINE_RE = re.compile(r"^\s*[\w ]{1,20}:")
_PARTICLES = {"de", "van", "en", "het", "der", "den", "op", "aan", "'s", "’s"}


_SHORT_NAME_RE = re.compile(r"^(\S.{2,}?)\s*\(([A-Z][\w&.-]{1,11})\)\s*[,.;:]?$")


@dataclass
class Party:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": self.aliases}


def party_type(name: str, role: str = "") -> str:
    low = name.lower()
    if low.startswith(D.GEMEENTE_WORDS):
        return "gemeente"
    if D.HUURDERS_HINT_RE.search(low):
        return "huurdersorganisatie"
    if low.startswith(D.CORPORATIE_PREFIXES) or D.CORPORATIE_HINT_RE.search(low):
        return "corporatie"
    if is_corporation(name):
        return "corporatie"
    for rx, typ in D.ROLE_TYPE:
        if rx.search(role):
            return typ
    return "overig"


def _same_type(new: str, stored: str, new_is_shorter: bool) -> bool:
    """A name that ends another may be the same party unless the shorter one says a type of
    its own: "De Kernen" is "Woonstichting De Kernen", "Portaal" is not "Huurdersvereniging
    Portaal"."""
    shorter, longer = (new, stored) if new_is_shorter else (stored, new)
    return shorter in (longer, "overig")


_FUNCTION_RE = re.compile(
    r"^(?:vice-?)?(?:voorzitter|(?:regio|cluster|algemeen\s)?directeur(?:-bestuurder)?|bestuurder|"
    r"wethouder|burgemeester|secretaris|penningmeester|lid)\b[^,]*,\s*|^(?:vice-?)?(?:voorzitter|"
    r"(?:regio|cluster)?directeur(?:-bestuurder)?|bestuurder|secretaris|penningmeester)\s+"
    r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _clean(name: str) -> str:
    # a signatory's function before the organisation: "Voorzitter Huurdersberaad X",
    # "Wethouder Wonen, gemeente X"
    name = _FUNCTION_RE.sub("", name.strip())
    name = re.sub(r"^[A-Za-z]{1,6}\s*=\s*", "", name)  # a legend line "OB = Openbaar Belang"
    words = re.sub(r"\s+", " ", name).strip(" ,.;:–-()·•|").split()
    # A sentence ends inside the match ("Bewonersraad De Voorde. De afspraken"); short
    # abbreviations ("St. Joris") do not end one.
    end = next((i for i, w in enumerate(words) if w.endswith(".") and len(w) > 4), None)
    if end is not None:
        words = words[: end + 1]
    while words and words[-1].lower() in _PARTICLES:
        words.pop()
    return " ".join(words).strip(" ,.;:–-()")


_TYPE_WORDS = {
    "gemeente",
    "de gemeente",
    # not "HBV", and not "Woonbedrijf" (a corporation of that name)
    *(w for w in (*D.CORPORATIE_PREFIXES, *D.HUURDERS_PREFIXES) if len(w) > 4),
} - {"woonbedrijf"}


class PartyRegistry:
    """Collects party candidates, merges duplicates and assigns ids."""

    def __init__(self) -> None:
        self.parties: list[Party] = []

    def find(self, name: str) -> Party | None:
        key = name.lower().replace("’", "'")
        for p in self.parties:
            names = [p.name.lower()] + [a.lower() for a in p.aliases]
            if key in names:
                return p
        for p in self.parties:
            pl = p.name.lower()
            suffix = len(key) > 4 and (key.endswith(" " + pl) or pl.endswith(" " + key))
            if suffix and _same_type(party_type(name), p.type, new_is_shorter=len(key) < len(pl)):
                return p
        return None

    def add(self, name: str, role: str = "", typ: str | None = None) -> Party | None:
        short = _SHORT_NAME_RE.match(name.strip())  # "Stichting Huurdersbelangen X (SHV)"
        if short:
            party = self.add(short.group(1), role)
            if party:
                self.add_alias(party, short.group(2))
            return party
        name = _clean(name)
        if len(name) < 3 or name.lower() in _TYPE_WORDS:
            return None  # a type word alone ("Huurdersbelangenvereniging" of a wrapped line)
        found = self.find(name)
        if found:
            if len(name) > len(found.name) and name.lower().endswith(found.name.lower()):
                found.aliases.append(found.name)
                found.name = name
                if found.type == "overig":
                    found.type = party_type(name, role)
            return found
        typ = party_type(name, role) if typ is None or party_type(name) != "overig" else typ
        p = Party(id=f"p{len(self.parties) + 1}", name=name, type=typ)
        self.parties.append(p)
        return p

    def add_alias(self, party: Party, alias: str) -> None:
        alias = _clean(alias)
        if alias and alias.lower() != party.name.lower() and alias not in party.aliases:
            party.aliases.append(alias)


def title_parties(head_lines: list[str], reg: PartyRegistry, text: str = "") -> None:
    """A line such as "Gemeente A – Woonstichting B – Bewonersraad C" names the parties."""
    for line in head_lines:
        if line.lstrip().startswith("|") or line.count("|") >= 3:
            continue  # a table row, not a title line
        if line.rstrip().endswith(".") and len(line.split()) > 8:
            continue  # a sentence ("X bouwt …; Y neemt …"), not a line of names
        parts = [p.strip() for p in re.split(r"\s[–—|·•-]\s|\s*\|\s*|;", line) if p.strip()]
        types = [party_type(p) for p in parts]
        if len(parts) < 2 or sum(1 for t in types if t != "overig") < 2:
            continue
        for p, typ in zip(parts, types, strict=True):
            if typ != "overig" and len(p) < 70 and p[:1].isupper():
                reg.add(p)  # not "team Wonen" in "Gemeente X – team Wonen"
            elif typ == "overig" and _bare_name(p) and _acts(p, text):
                # "Gemeente X · Stadlander · Huurdersvereniging Y": a part without a type word
                # in a line of parties is a corporation
                reg.add(p, "directeur-bestuurder")


def _acts(name: str, text: str) -> bool:
    """The name opens a sentence or an item somewhere with a verb after it ("Stadlander bouwt
    …"): an organisation that does something, not a place or a word in the title."""
    start = r"(?:^|[.!?:]\s+|\n\s*(?:[-•*]\s*|\d{1,2}[.)]\s*|\|\s*)?)"
    return bool(re.search(start + re.escape(name) + r"\s+[a-z]{3,}", text))


def _bare_name(part: str) -> bool:
    words = part.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not re.search(
            r"\d|prestatie|afspraken|jaarschijf|\bbod\b|raadsinformatie|concept|versie|"
            r"definitief|ontwerp|bijlage|samenvatting|inhoud|provincie|regio|getekend|exemplaar",
            part,
            re.I,
        )
    )


def council_gemeente(lines: list[str], reg: PartyRegistry) -> None:
    """A council notice names its municipality in the address or the closing: "Aan de
    gemeenteraad van X", "Burgemeester en wethouders van X", "college van B&W van X"."""
    if any(p.type == "gemeente" for p in reg.parties):
        return
    rx = re.compile(
        r"\b(?:gemeenteraad|raad|burgemeester en wethouders|college van b(?:urgemeester )?"
        r"(?:&|en) ?w(?:ethouders)?)\s+(?:van|der gemeente)\s+(?:de\s+gemeente\s+)?"
        # not "de Raad van Commissarissen van Woonstede"
        r"(?!(?:commissarissen|toezicht|bestuur|state|advies)\b)"
        r"((?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?)",
        re.I,
    )
    for t in lines:
        m = rx.search(t)
        if m:
            reg.add("Gemeente " + m.group(1))
            return


def namens_party(lines: list[str], reg: PartyRegistry) -> None:
    """ "Namens Woonstichting X," under a foreword names the author of a plan."""
    for t in lines:
        m = re.match(r"^\s*namens\s+(.{3,60}?)[,.:]?\s*$", t, re.I)
        if m:
            reg.add(m.group(1))


def organisations_in(text: str, reg: PartyRegistry) -> None:
    """Organisation names with a type word ("Woonstichting X", "Huurdersvereniging Y") in
    text whose lines are joined with newlines."""
    for m in ORG_RE.finditer(text):
        name = _within_line(m.group(1))
        first, joined, other = name.partition(" en ")
        if joined and is_corporation(other):
            name = first  # "gemeente X en Woonborg": two parties, the second one known bare
        words = name.split()
        if len(words) > 1 and (
            not words[0].lower().startswith("gemeente") or words[1][:1].isupper()
        ):
            reg.add(name)


# "woningcorporatie Rhiant": a description in lower case before a corporation's own name
_WORD = r"[A-Z][\w'’&.-]*"
_DESCRIBED_RE = re.compile(
    rf"\b(?:woning|woon)?corporatie[ \t]+((?:'t[ \t]+|de[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
)


def described_corporations(text: str, reg: PartyRegistry) -> None:
    """Corporations the head of the document introduces as "woningcorporatie X" (not the
    first words of a listed name: "woningcorporatie Wierden en Borgen")."""
    listed = [m.group(0) for m in known_pattern().finditer(text)]
    for m in _DESCRIBED_RE.finditer(text):
        words = m.group(1).split()
        # the name ends where another organisation's type word begins
        cut = next((k for k, w in enumerate(words) if k and w.startswith(_TYPE_STARTS)), None)
        name = " ".join(words[:cut])
        if name.lower() in _TYPE_WORDS or name.startswith(_TYPE_STARTS):
            continue
        if not any(other != name and other.startswith(name) for other in listed):
            reg.add(name, typ="corporatie")


_TYPE_STARTS = tuple(
    p.capitalize() for p in (*D.CORPORATIE_PREFIXES, *D.HUURDERS_PREFIXES, "gemeente")
)


def municipality_in(text: str, reg: PartyRegistry) -> None:
    """The municipality named in the head ("Gemeente Bremhorst, Wooncorporatie X (hierna: de
    corporatie) en …") when no rule before found it: an agreement always has one."""
    if any(p.type == "gemeente" for p in reg.parties):
        return
    found = PartyRegistry()
    organisations_in(text, found)
    gemeente = next((p for p in found.parties if p.type == "gemeente"), None)
    if gemeente:
        reg.add(gemeente.name)


def municipalities_in(text: str, reg: PartyRegistry) -> None:
    """Every municipality named with its type word ("de gemeente Ede en de gemeente
    Scherpenzeel")."""
    found = PartyRegistry()
    organisations_in(text, found)
    for party in found.parties:
        if party.type == "gemeente":
            reg.add(party.name)


def _within_line(name: str) -> str:
    """A name runs on over a line break only while it is unfinished (the type word alone, or
    a particle at the end of the line): "Gemeente Vossendaal\nDatum" is "Gemeente Vossendaal",
    "Woonstichting De\nKernen" stays whole."""
    first, *rest = name.split("\n")
    done = first.split()
    for line in rest:
        if len(done) > 1 and done[-1].lower() not in _PARTICLES:
            break
        if done == ["gemeente"] or _LABEL_LINE_RE.match(line):
            break  # "Wie: gemeente" + "Met wie: …": a word, then the next field's label
        done += line.split()
    return " ".join(done)
