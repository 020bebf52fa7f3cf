"""Aliases a document gives its parties: "Woonstichting X (hierna: X)" and a legend of
abbreviations ("ELK = Elkien"); and the aliases derived from the names ("gemeente", the short
name after a type word, acronyms used in the text)."""

from __future__ import annotations

import re

from . import dictionaries as D
from .parties import ORG_RE, Party, PartyRegistry, party_type

_HIERNA_RE = re.compile(
    r"\(?\s*hierna(?:\s+te\s+noemen)?\s*[:,]?\s*(?:de\s+|het\s+)?[‘'\"“]?([A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})",
)


def hierna_aliases(text: str, reg: PartyRegistry) -> None:
    """ "Woonstichting X (hierna te noemen: X)" -> alias; the party is the name just before."""
    previous = 0  # where the alias before ends: "gemeente X (hierna: de gemeente), Lekstede"
    for m in _HIERNA_RE.finditer(text):
        # back to the start of this party's entry: a list of parties separates them with ";"
        start = max(previous, m.start() - 300)
        before = text[start : m.start()].rsplit(";", 1)[-1].lstrip(")”\"' ")
        previous = m.end()
        orgs = list(ORG_RE.finditer(before))
        alias = m.group(1)
        if alias[:1].islower():
            continue  # "(hierna: de woonvisie)" need not follow a party at all
        entry = before.strip(" ,(")
        # the capitalised words just before the alias: "LEKSTEDEwonen", "Huurders- en
        # Bewonersbelang Zederik", "… Lefier en Woonservice Drenthe (hierna: Woonservice)"
        tail = re.findall(r"((?:[A-Z][\w&.-]*-\s+en\s+)?(?:[A-Z][\w&.-]*\s?){1,4})\s*$", entry)
        named = (
            tail[-1] if tail and (party_type(tail[-1]) != "overig" or reg.find(tail[-1])) else ""
        )
        if orgs and (not named or entry.endswith(orgs[-1].group(1).strip())):
            # "Woonstichting X (hierna: X)", or a contract's entry that names its
            # representative last ("…, de heer R. Smulders, hierna te noemen: Casade")
            party = reg.add(orgs[-1].group(1))
        elif tail:
            party = reg.add(tail[-1])
        else:
            party = None
        if party:
            reg.add_alias(party, alias)


# "ELK = Elkien", "dW = deltaWonen": a line of its own, or one of a row "GZ = gemeente Zwolle;
# dW = deltaWonen; …" (the explanation ends at ";", "(" or the end of the line)
_ABBREVIATION = r"(?:[A-Za-z][A-Za-z0-9]{0,4}[A-Z][A-Za-z0-9]{0,4}|[A-Z][a-z]{1,4}\.)"  # WF, Gem.
_LEGEND_RE = re.compile(rf"^\s*({_ABBREVIATION})\s*(?:=|:)\s*(\S.{{2,79}}?)\s*$")
_INLINE_LEGEND_RE = re.compile(
    rf"(?:^|[;:,]\s+)({_ABBREVIATION})\s+=\s+([^;=()\n]{{3,80}}?)\s*(?=;|\(|\.(?:\s|$)|$)"
)


def legend_aliases(lines: list[str], reg: PartyRegistry) -> None:
    """A list of abbreviations ("ELK = Elkien", "SWF = gemeente Súdwest-Fryslân") gives
    aliases of the parties it explains."""
    found = [(m.group(1), m.group(2)) for line in lines if (m := _LEGEND_RE.match(line))]
    joined = " ".join(line.strip() for line in lines)
    found += [(m.group(1), m.group(2)) for m in _INLINE_LEGEND_RE.finditer(joined)]
    for abbreviation, name in found:
        if party := reg.find(name) or reg.find(name.capitalize()):
            reg.add_alias(party, abbreviation)


_SUFFIXES = {"wonen", "woondiensten"}


def finish(reg: PartyRegistry, text: str) -> list[Party]:
    """Add derived aliases: "gemeente", the short name after a type word, acronyms used in text."""
    parties = reg.parties
    heads: dict[str, int] = {}
    for p in parties:
        heads[p.name.split()[0].lower()] = heads.get(p.name.split()[0].lower(), 0) + 1
    for p in parties:
        words = p.name.split()
        low0 = words[0].lower()
        if p.type == "gemeente":
            reg.add_alias(p, "gemeente")
        elif low0 in D.CORPORATIE_PREFIXES and len(words) > 1:
            rest = " ".join(words[1:])
            if not any(o.type == "gemeente" and rest.lower() in o.name.lower() for o in parties):
                reg.add_alias(p, rest)  # not "Den Helder" for "Woningstichting Den Helder"
            # the one "Woningstichting" of the document is called so bare ("Woningstichting
            # start in 2026 …")
            # followed by a verb or a comma, not by a name ("Woningstichting Hof …")
            alone = rf"\b{re.escape(words[0])}(?=[ \t]+[a-z]|[,;:)])"
            if low0 != "stichting" and heads.get(low0) == 1 and re.search(alone, text):
                reg.add_alias(p, words[0])
            # "Stichting Woonbelang De Voorde" is called "De Voorde" in running text
            article = next((k for k in range(2, len(words)) if words[k] in ("De", "Het")), None)
            if article is not None and len(words) - article > 1:
                reg.add_alias(p, " ".join(words[article:]))
        elif p.type == "corporatie" and len(words) == 2 and words[1].lower() in _SUFFIXES:
            # "Sité Woondiensten" is "Sité" where the text says so mid-sentence (not "Qua
            # betaalbaarheid …" at the start of one)
            alone = rf"[a-z,] {re.escape(words[0])}\b(?! {re.escape(words[1])})"
            if re.search(alone, text):
                reg.add_alias(p, words[0])
        elif low0 in D.HUURDERS_PREFIXES and len(words) > 1 and heads.get(low0) == 1:
            reg.add_alias(p, words[0])
        caps = [w for w in words if w[:1].isupper() and w.lower() not in {"de", "het"}]
        acro = "".join(w[0] for w in caps).upper()
        if len(caps) >= 2 and re.search(r"\b" + re.escape(acro) + r"\b", text):
            reg.add_alias(p, acro)
    return parties
