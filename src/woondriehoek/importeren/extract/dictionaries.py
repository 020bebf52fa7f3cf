"""Word lists for Dutch housing agreements (party types, roles, collective words)."""

from __future__ import annotations

import re

GEMEENTE_WORDS = ("gemeente", "college van b&w", "college van burgemeester en wethouders")
CORPORATIE_PREFIXES = (
    "woonstichting",
    "woningstichting",
    "woningcorporatie",
    "wooncorporatie",
    "stichting",
    "woningbouwvereniging",
    "woningbouwstichting",
    "corporatie",
    "woonbedrijf",
)
HUURDERS_PREFIXES = (
    "huurdersvereniging",
    "huurdersbelangenvereniging",
    "huurdersbelangen",
    "huurdersraad",
    "huurdersberaad",
    "huurdersorganisatie",
    "huurdersplatform",
    "huurderskoepel",
    "bewonersraad",
    "bewonersvereniging",
    "bewonerscommissie",
    "huurdersbelang",
    "hbv",
    "huurderscollectief",
    "huurdersbond",
    "klantenraad",
    "huurdersvertegenwoordiging",
)
CORPORATIE_HINT_RE = re.compile(
    r"(woon|wonen|woning|huisvest|corporatie|stichting|vesteda|portaal|ymere|staedion|eigen haard|"
    r"thuis\b|habion|mitros|talis|domijn|havensteder|com\.wonen)",
    re.IGNORECASE,
)
HUURDERS_HINT_RE = re.compile(
    r"(huurder|bewoners(raad|vereniging|commissie|belang)|\bhbv\b|\bhv\b)", re.IGNORECASE
)
ROLE_TYPE = [
    (re.compile(r"wethouder|burgemeester|college|gemeentesecretaris", re.I), "gemeente"),
    (re.compile(r"directeur|bestuurder|manager|raad van bestuur", re.I), "corporatie"),
    (re.compile(r"voorzitter|secretaris|penningmeester", re.I), "huurdersorganisatie"),
]
# collective words -> party type ("*" = every party; "we" = the author of the document if it
# has one, a corporation's bod or plan, else every party)
COLLECTIVE = [
    (re.compile(r"\b(?:alle\s+|tripartiete\s+|de\s+|beide\s+|drie\s+)?partijen\b", re.I), "*"),
    (re.compile(r"^\s*allen\s*$", re.I), "*"),  # a trekker cell "Allen"
    (re.compile(r"\b(?:we|wij)\b", re.I), "we"),
    (re.compile(r"\b(?:de\s+)?(?:woning)?corporaties\b", re.I), "corporatie"),
    (re.compile(r"\b(?:de\s+)?(?:woning)?corporatie\b", re.I), "corporatie"),
    (re.compile(r"\b(?:de\s+)?huurders-?\s?organisaties?\b", re.I), "huurdersorganisatie"),
    (re.compile(r"\b(?:de\s+)?huurdersverenigingen\b", re.I), "huurdersorganisatie"),
    (
        re.compile(r"\b(?:de\s+)?(?:huurdersvereniging|huurdersraad|bewonersraad)\b", re.I),
        "huurdersorganisatie",
    ),
    (re.compile(r"\b(?:de\s+)?gemeenten?\b", re.I), "gemeente"),
]
PREPOSITIONS = {
    "van",
    "voor",
    "met",
    "bij",
    "door",
    "aan",
    "naar",
    "tussen",
    "op",
    "in",
    "uit",
    "over",
    "onder",
    "tot",
    "zonder",
    "namens",
    "via",
    "per",
    "om",
    "tegen",
    "de",
    "het",
    "een",
    "en",
    "of",
    "dan",
    "als",
    "zoals",
    "die",
    "dat",
    "welke",
    "haar",
    "hun",
    "zijn",
    "onze",
    "ons",
    "mede",
    "ook",
    "samen",
    "richting",
    "binnen",
    "buiten",
    "vanuit",
    "naast",
    "rond",
    "rondom",
    "conform",
    "volgens",
    "gezien",
    "vanwege",
}
CLAUSE_STARTERS = {"waar", "wanneer", "zodat", "omdat", "indien", "nu"}
DUTCH_STOPWORDS = {
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "op",
    "te",
    "dat",
    "die",
    "voor",
    "met",
    "zijn",
    "niet",
    "aan",
    "ook",
    "wordt",
    "worden",
    "bij",
    "door",
    "naar",
    "wij",
    "we",
    "om",
    "over",
    "heeft",
    "deze",
}
ENGLISH_STOPWORDS = {
    "the",
    "and",
    "of",
    "to",
    "in",
    "is",
    "that",
    "for",
    "with",
    "are",
    "on",
    "as",
    "by",
    "this",
    "be",
    "will",
    "from",
    "which",
    "housing",
    "agreements",
}
DOMAIN_WORDS = re.compile(
    r"woning|wonen|huur|gemeente|corporatie|prestatieafspra|volkshuisvest|huurder|woonvisie|leefbaarheid",
    re.IGNORECASE,
)
