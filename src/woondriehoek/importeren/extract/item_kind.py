"""Whether a block is an afspraak, ambitie or voornemen of the document, or none: context,
a question, a party's description, a line of names."""

from __future__ import annotations

import re

from . import beleidsplan, kennisgeving
from . import dictionaries as D
from . import patterns as P
from .mentions import Matcher, subject_parties
from .model import LIST, PARAGRAPH, ROW, Block
from .sections import State, own_kind

COMMITMENT_RE = re.compile(
    r"\b(spreken\b.{0,60}\baf\b|afgesproken|initieer|organiseer|zorg(t|en)\s+(voor|dat|ervoor)|"
    r"zet(ten)?\s+zich\s+in|zullen|streeft|streven|verplicht(en)?\s+zich|draagt\s+zorg|"
    r"neemt\s+het\s+initiatief|maken\s+afspraken|vindt\s+plaats|committeren|stemmen\s+af)\b",
    re.IGNORECASE,
)
SECTION_NUMBER_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")


def item_kind(st: State, block: Block, matcher: Matcher) -> str | None:
    text = block.text.strip()
    single_question = text.endswith("?") and not re.search(r"[.!]\s", text)
    if len(text) < 12 or single_question or (text.endswith(":") and len(text) < 80):
        return None
    if P.PARTY_DESCRIPTION_RE.search(text):
        return None  # "Stichting X, gevestigd te Y, te dezen vertegenwoordigd door …"
    own = own_kind(st.kind)
    if block.kind == ROW:
        # a row that only names a party, or a notice's short table cell, is no afspraak
        short = st.kind == "kennisgeving" and len(text) < 25
        return None if short or names_only(text, matcher) else own
    if st.role == "opgave":
        return None
    if st.role == "ambitie" and block.kind in (LIST, PARAGRAPH):
        return "ambitie"
    if block.kind == PARAGRAPH and st.kind == "bod" and st.theme is not None:
        # a corporation's offer tells its intentions in prose: "Wij bouwen in 2027 …"
        return own if st.role == "afspraak" or beleidsplan.intention(text) else None
    if block.kind == PARAGRAPH:
        if st.theme is None:
            return None
        # a document without lists, tables or section labels tells its afspraken in prose,
        # each paragraph led by the party that acts ("De corporaties voegen …"; not "X heeft
        # ruim 6.000 woningen")
        acts = st.prose and st.role is None and led_by_party(text, matcher)
        return own if st.role == "afspraak" or acts else None
    if block.sub:
        return None
    if st.role == "afspraak" or st.theme is not None or st.actor:
        return own
    if st.kind in ("prestatieafspraken", "onbekend", "jaarschijf") and not COMMITMENT_RE.search(
        text
    ):
        return None
    return own


def led_by_party(text: str, matcher: Matcher) -> bool:
    """The paragraph's subject is a party that acts: "De corporaties voegen …", "In 2026
    levert SWZ …"; not a party inside a phrase ("Een op de vijf huurders van de corporaties
    heeft …"), not a description ("X heeft ruim 6.000 woningen")."""
    mentions = matcher.find_all(text[:160])
    if not mentions or text.rstrip()[-1:] not in P.SENTENCE_END:
        return False  # no party, or a line of names ("Gemeente X · corporaties · huurders")
    before = re.findall(r"[\w’'-]+", text[: mentions[0][0]])
    if len(before) > 5:
        return False  # the party comes late: "Goede afspraken vragen om … waarop partijen …"
    for k, word in enumerate(before):  # "… huurders van de Zwolse corporaties": in a phrase
        rest = before[k + 1 :]
        if word.lower() in D.PREPOSITIONS and all(
            w.lower() in ("de", "het", "een") or w.endswith("e") for w in rest
        ):
            return False
    return bool(subject_parties(text, matcher)) and not kennisgeving.describes(text)


def names_only(text: str, matcher: Matcher) -> bool:
    """The text is nothing but party names ("Huurdersraad Wonen Limburg", "Huurdersraad
    Accolade (HRA)")."""
    text = re.sub(r"\s*\([^)]{1,12}\)", "", text)
    rest = text
    for start, end, _ in reversed(matcher.find_all(text)):
        rest = rest[:start] + rest[end:]
    return rest != text and not re.search(r"\w", rest)
