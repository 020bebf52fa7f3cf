"""Council notices that tell the agreements in prose.

A raadsinformatiebrief often has no lists: "Met Woonstichting X is afgesproken dat zij 110
woningen oplevert. X heeft daarnaast toegezegd om … Verder is afgesproken dat …". Each
sentence of such a paragraph is one afspraak; its trekker is the subject of the sentence, or of
the clause after "afgesproken dat", or else the party the agreement was made with ("met X").
Paragraphs that tell no agreement (introduction, context, financial consequences) give none.
"""

from __future__ import annotations

import re

from .mentions import Matcher, coordinated, subject_parties

AGREED_RE = re.compile(
    r"\b(afgesproken|overeengekomen|toegezegd|(?:is|zijn)\s+bereid|zeg(?:t|gen)\b(?:\s+[\w’'-]+){0,4}?\s+toe|"
    r"spreken\b.{0,60}\baf|spann?(?:t|en)\s+(?:\w+\s+)?zich\b.{0,40}\bin|"
    r"verplicht(?:en)?\s+zich|committeren\s+zich|zorg(?:t|en)\s+(?:er\s+(?:\w+\s+)?)?voor\s+dat|"
    r"zorg(?:t|en)\s+ervoor)\b",
    re.IGNORECASE,
)
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # not before "ca. 110", "o.a. € 20"
_MET_RE = re.compile(
    r"\bmet\s+(?P<who>.{1,120}?)\s+(?:(?:is|zijn|werd|werden|wordt|hebben\s+(?:wij|we))\b"
    r".{0,60}?)?\bafgesproken\b\s*(?:dat\s+|om\s+)?(?P<clause>.*)$",
    re.IGNORECASE,
)
# a sentence that opens with a party and a verb of being or having describes, it agrees nothing
_STATE_RE = re.compile(
    r"^(?:(?:[Dd]e|[Hh]et)\s+\w+\s+|(?:[A-Z][\w.-]*\s+){1,3})"  # "De gemeente", "Weller"
    r"(?:bezit|verhuurt|beheert|"
    r"(?:bezitten|verhuren|beheren|heeft|hebben)\s+"
    r"(?:het\s+grootste|de\s+meeste|ruim|circa|ongeveer|bijna|\d)|"
    r"is\s+(?:in\s+\S+\s+)?(?:vooral\s+|voornamelijk\s+|ook\s+)?actief|"
    r"heeft\s+aangegeven)\b"
)
_ANNOUNCES_RE = re.compile(r"^(?:hieronder|hierna|in\s+dit\s+hoofdstuk)\b", re.I)
_PRONOUN_RE = re.compile(r"^(?:zij|ze|hij|deze|die)\b", re.I)
# a section that announces the agreements: "Wat hebben we afgesproken?", "De afspraken",
# "Toezeggingen"; there every sentence that names a party is one
AGREEMENTS_HEADING_RE = re.compile(r"afspr|afgesproken|toezegging|toegezegd", re.I)
# a letter's header fields ("Onderwerp: prestatieafspraken 2027 met X") name the subject of
# the whole letter, not a section about the agreements, even when a reader made them headings
_LETTER_FIELD_RE = re.compile(
    r"^\s*(?:onderwerp|betreft|aan|van|datum|(?:ons\s+|uw\s+)?kenmerk)(?:\s*:|\t|\s{2,})", re.I
)
_CLAUSE_RE = re.compile(r"\b(?:afgesproken|toegezegd)\s+dat\s+(?P<clause>.*)$", re.I | re.S)


def describes(text: str) -> bool:
    """The text opens with a party and what it is or has ("X bezit …", "X heeft ruim …")."""
    return bool(_STATE_RE.match(text))


def opens_agreements(heading: str) -> bool:
    """The heading announces the agreements ("Wat hebben we afgesproken?", "Toezeggingen")."""
    return bool(AGREEMENTS_HEADING_RE.search(heading)) and not _LETTER_FIELD_RE.match(heading)


def agreement_sentences(
    text: str, matcher: Matcher, in_agreements: bool = False
) -> list[tuple[str, list[str]]]:
    """(sentence, trekker ids) for every agreement the paragraph tells; [] if it tells none.
    ``in_agreements``: the paragraph stands in a section about the agreements."""
    if not in_agreements and not AGREED_RE.search(text):
        return []
    out: list[tuple[str, list[str]]] = []
    for sentence in _SENTENCE_RE.split(" ".join(text.split())):
        if len(sentence) < 25 or sentence.rstrip().endswith(":") or _ANNOUNCES_RE.match(sentence):
            continue  # "Met X is onder meer afgesproken:", "Hieronder vatten wij …" introduce
        if not AGREED_RE.search(sentence) and _STATE_RE.match(sentence):
            continue  # "Weller heeft het grootste bezit …": context, no agreement
        if AGREED_RE.search(sentence) or matcher.find_all(sentence):
            who = trekker(sentence, matcher)
            if not who and out and _PRONOUN_RE.match(sentence):
                who = out[-1][1]  # "Zij zorgen er bovendien voor dat …": as the sentence before
            out.append((sentence, who))
    return out


def trekker(sentence: str, matcher: Matcher) -> list[str]:
    met = _MET_RE.search(sentence) if "afgesproken" in sentence.lower() else None
    partner = matcher.ids_in(met.group("who")) if met else []
    clause = met or _CLAUSE_RE.search(sentence)
    if clause:
        text = clause.group("clause")
        if partner and (one := _ONE_OF_TYPE_RE.match(text)):
            typed = _of_type(partner, one.group(1), matcher)
            if typed:
                return typed  # "Met Weller is afgesproken dat de corporatie …": Weller
        in_clause = _opening_party(text, matcher) or subject_parties(text, matcher)
        if in_clause:
            return in_clause
    return partner or subject_parties(sentence, matcher)


# the singular type word stands for the party the agreement was made with
_ONE_OF_TYPE_RE = re.compile(r"^(?:de|het)\s+(?:woning)?(corporatie|huurdersorganisatie)\b", re.I)


def _of_type(ids: list[str], word: str, matcher: Matcher) -> list[str]:
    typ = {"corporatie": "corporatie"}.get(word.lower(), "huurdersorganisatie")
    return [p.id for p in matcher.parties if p.id in ids and p.type == typ]


def _opening_party(clause: str, matcher: Matcher) -> list[str]:
    """The parties a "dat"-clause opens with: "dat Rijnstede in 2026 geen woningen verkoopt",
    "dat Woonpunt en de gemeente samen …"."""
    mentions = matcher.find_all(clause)
    return coordinated(clause, mentions, 0) if mentions and mentions[0][0] == 0 else []
