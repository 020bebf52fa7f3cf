"""Regular expressions for Dutch document layout, shared by the layout and structure stages."""

from __future__ import annotations

import re

# the words that may stand before a heading's number: "Hoofdstuk 3", "Artikel 2 – …"
HEADING_WORD = r"(?i:hoofdstuk|thema|paragraaf|deel|artikel|onderwerp)"
# "e Partijen komen …": a bullet that OCR read as the letter e (only before a capital)
BULLET_RE = re.compile(r"^\s*([-–—•●▪◦■□➢►✓*·o]|e(?=\s+[A-Z]))\s+(?=\S)")
SUB_BULLETS = {"o", "◦", "▪", "■", "□", "–", "—", "·"}
NUMBERED_RE = re.compile(r"^\s*(\d{1,2}[a-z]?)[.)]\s+(?=\S)")
# "Afspraak 1.2", "Actie 3:" – a numbered label that opens an item (the text may follow below)
LABELLED_RE = re.compile(
    r"^\s*(?:Afspraak|Actie|Prestatie|Maatregel|Resultaat)\s+(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)"
    r"\s*[:.)–-]?\s*(.*)$"
)
# a numbered paragraph "3.1  Woonwaard levert …" (a heading "3.1 Nieuwbouw" is caught first;
# Dutch decimals have a comma, so "3.1" before a capital is a number of a paragraph)
SUBNUMBERED_RE = re.compile(r"^\s*(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=[A-Z€])")
# an item with a code of letter(s) and number: "A1 Woonborg bouwt …", "A.1<tab>De gemeenten …",
# "BT-3 …" (a capital must follow, so "CO2-neutraal" or "A2 en A3" open nothing; a quarter
# "Q3" or "CO2" is no code, and a line half-way through a sentence opens no item: layout.py)
CODED_RE = re.compile(
    r"^\s*(?!Q[1-4]\b|CO2\b)([A-Z]{1,2}[.-]?\d{1,2}(?:\.\d{1,2})?)[.:)]?\s+"
    r"(?=[A-Z€‘'\"(])"
)
LETTERED_RE = re.compile(r"^\s*([a-h])[.)]\s+(?=\S)")
BIJ_RE = re.compile(r"^\s*(Bij\s+\d{1,2}[a-z]?\.?)(?:\s+|$)", re.IGNORECASE)
HEADING_NUM_RE = re.compile(
    rf"^\s*(?:{HEADING_WORD}\s+)?(\d{{1,2}}(?:\.\d{{1,2}}){{0,3}})\.?"
    r"(?:\s*[–—:-])?\s+"  # "Artikel 3 – Nieuwbouw", "Thema 2: Betaalbaarheid"
    r"(?:(?:thema|hoofdstuk)\s*:?\s+)?(\S.*?)\s*$",
    re.IGNORECASE,
)
# a chapter lettered "A. Beschikbaarheid", "B Betaalbaarheid" (a capital, a short title)
LETTER_HEADING_RE = re.compile(
    rf"^\s*(?:{HEADING_WORD}\s+)?([A-H])[.)]?\s+([A-Z]\S*(?:\s+\S+){{0,8}})\s*$"
)
NUMBERED_TITLE_RE = re.compile(
    rf"^(?:{HEADING_WORD}\s+)?(\d{{1,2}}(?:\.\d{{1,2}})*)\s*[.:–—-]?\s+(\S.*)$", re.I
)


def heading_number(title: str) -> tuple[str | None, str]:
    """A styled heading's number and title: "3.2 Nieuwbouw", "Thema 4 Zorg", "B. Duurzaamheid"."""
    m = NUMBERED_TITLE_RE.match(title) or LETTER_HEADING_RE.match(title)
    return (m.group(1), m.group(2)) if m else (None, title)


FOOTNOTE_RE = re.compile(r"^\s*\d{1,2}\s{2,}\S.{30,}$")
# a contract's description of a party: "Stichting X, statutair gevestigd te Y, te dezen
# vertegenwoordigd door …, hierna te noemen …" – never an afspraak
PARTY_DESCRIPTION_RE = re.compile(
    r"\b(?:gevestigd|zetelend)\s+(?:te|in)\b.*\bvertegenwoordigd\b|\bte\s+dezen\s+"
    r"vertegenwoordigd\b|\brechtsgeldig\s+vertegenwoordigd\b",
    re.I | re.S,
)
SIGNATURE_START_RE = re.compile(
    r"^\s*(aldus|namens|ondertekend|getekend|was getekend|voor akkoord|handtekening)\b",
    re.IGNORECASE,
)
ROLE_LABELS: list[tuple[re.Pattern, str]] = [
    # the signatories and the recitals of a contract ("De ondergetekenden:", "Overwegende
    # dat:"); "Partijen:" is no such label, it may head the afspraken of all parties
    (re.compile(r"^\s*((de\s+)?ondergetekenden|overwegende(\s+dat)?)\s*:?\s*$", re.I), "opgave"),
    (
        re.compile(
            r"^\s*(wat is (de|op|onze) opgave|de opgave|opgave|context|aanleiding|achtergrond|"
            r"waar staan we( nu)?|"
            r"huidige situatie|analyse|toelichting)\b",
            re.I,
        ),
        "opgave",
    ),
    (
        re.compile(
            r"^\s*(\**\s*)?(gezamenlijke\s+)?(ambities?|doel(stelling)?(en)?|wat willen we bereiken|"  # noqa: E501
            r"waar gaan we voor|visie)\b(?!.*\bconcreet\b)",
            re.I,
        ),
        "ambitie",
    ),
    (
        re.compile(
            r"^\s*(\**\s*)?(gezamenlijke\s+|algemene\s+|overige\s+)?"
            r"(inzet|afspraken|strategische afspraken|concrete afspraken|"
            r"wat spreken we|(?:samen\s+)?spreken\s+we\s+af|wat gaan we doen|hoe gaan we dat|"
            r"acties|activiteiten|prestaties|"
            r"doelstellingen\s*:\s*hoe|uitvoering)\b",
            re.I,
        ),
        "afspraak",
    ),
]
TABLE_WORDS = {
    "afspraak",
    "afspraken",
    "trekker",
    "betrokkenen",
    "betrokken",
    "uitvoering",
    "periode",
    "onderdeel",
    "planning",
    "wanneer",
    "wie",
    "actie",
    "acties",
    "partij",
    "partijen",
    "nr",
    "nr.",
    "jaar",
    "eigenaar",
    "verantwoordelijk",
    "verantwoordelijke",
    "activiteit",
    "voornemen",
    "voornemens",
    "prestatie",
    "resultaat",
    "planning/termijn",
    "termijn",
    "kosten",
    "thema",
    "corporatie",
    "gemeente",
    "huurders",
    "huurdersorganisatie",
}
MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
MONTH_ALT = "|".join(MONTHS)
PERIOD_START_RE = re.compile(
    rf"^\s*((?:(?:{MONTH_ALT})\s*(?:-|–|t/m|tot)?\s*)+(?:\(\d{{4}}\))?|"
    r"(?:vanaf\s+|per\s+)?(?:19|20)\d{2}\b(?:\s*(?:[-–:]|t/m|tot en met|en|,)\s*(?:(?:19|20)\d{2}|verder))*|"  # noqa: E501
    r"doorlopend|jaarlijks|continu|periodiek|structureel|halfjaarlijks|maandelijks|"
    r"per kwartaal|q[1-4]\b|bij ieder\b|bij elk\b|nader te bepalen|n\.?t\.?b\.?)",
    re.IGNORECASE,
)
# a heading that is nothing but a context label: "Monitoring", "Financiële gevolgen",
# "Beslispunten" (of a raadsvoorstel) – its text holds no afspraken
CONTEXT_TITLE_RE = re.compile(
    r"^\s*(?:monitoring|indicatoren|beslispunten|financi[eë]n|financi[eë]le gevolgen|"
    r"(?:het\s+)?(?:raads)?voorstel|besluit)\s*:?\s*$",
    re.IGNORECASE,
)
QUESTION_LABEL_RE = re.compile(
    r"^\s*[\w -]{2,40}:\s*(wat|hoe|welke|wie|waar|wanneer)\b", re.IGNORECASE
)
SENTENCE_END = ".!?;:"
