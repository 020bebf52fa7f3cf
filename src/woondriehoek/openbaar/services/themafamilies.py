"""Theme names differ per agreement ("Betaalbaarheid", "Huurprijzen en toewijzing",
"Wonen met zorg en bijzondere doelgroepen"). For comparison each item gets one *theme family*
from keywords in its theme titles (see docs/openbaar.md).

Rule: look at the item's own theme title, then its parents' from near to far. In a title the
keyword that comes first decides ("Betaalbaarheid en duurzaamheid" is betaalbaarheid; at the
same place the longer keyword wins: "huurdersparticipatie" is samenwerking). Keywords
match the start of a word, ignoring case and accents ("huur" matches "huurprijzen").
The general family "wonen" is used only when no title in the chain has a specific keyword;
items without any match are "overig".
"""

from __future__ import annotations

import re

from django.utils.translation import gettext_lazy as _

from woondriehoek.core.text import fold

FAMILIES: list[tuple[str, object, tuple[str, ...]]] = [
    (
        "betaalbaarheid",
        _("affordability"),
        ("betaalba", "huur", "inkomen", "woonlast", "toewijz", "armoede", "bereikba"),
    ),
    (
        "nieuwbouw",
        _("new build and availability"),
        (
            "nieuwbouw",
            "woningbouw",
            "bouw",
            "beschikba",
            "woningvoorraad",
            "programm",
            "transform",
            "flexw",
            "doorstrom",
            "beter benut",
            "verkoop",
            "aankoop",
            "liberalis",
            "sloop",
        ),
    ),
    (
        "duurzaamheid",
        _("sustainability and quality"),
        ("duurza", "verduurza", "energie", "klimaat", "isol", "aardgas", "gasvrij", "kwaliteit"),
    ),
    (
        "leefbaarheid",
        _("liveability"),
        ("leefba", "wijk", "buurt", "overlast", "veilig", "samenleven", "maatschappelijk vastg"),
    ),
    (
        "wonen_zorg",
        _("housing and care"),
        (
            "zorg",
            "welzijn",
            "ouderen",
            "senior",
            "kwetsba",
            "doelgroep",
            "aandachtsgroep",
            "urgent",
            "statushoud",
            "beschermd",
            "uitstroom",
            "levensloop",
        ),
    ),
    (
        "samenwerking",
        _("cooperation and monitoring"),
        (
            "samenwerk",
            "overleg",
            "proces",
            "monitor",
            "communicat",
            "participat",
            "cyclus",
            "huurder",
        ),
    ),
]
ALGEMEEN = "wonen"
OVERIG = "overig"
LABELS = {code: label for code, label, _words in FAMILIES} | {
    ALGEMEEN: _("housing in general"),
    OVERIG: _("other"),
}
CODES = [code for code, _label, _words in FAMILIES] + [ALGEMEEN, OVERIG]
_ALGEMEEN = re.compile(r"(?:^|[^a-z0-9])(?:wonen|woning|woon|huisvest)")
_PATRONEN = [
    (code, re.compile(r"(?:^|[^a-z0-9])(?:" + "|".join(map(re.escape, words)) + ")"))
    for code, _label, words in FAMILIES
]


def familie_van_titel(titel: str) -> str | None:
    """The specific family whose keyword comes first in the title (the longest keyword when
    two start at the same place), or None."""
    text = fold(titel)
    hits = [
        (m.start(), -len(m.group()), n, code)
        for n, (code, p) in enumerate(_PATRONEN)
        if (m := p.search(text))
    ]
    return min(hits)[3] if hits else None


def familie(titels: list[str]) -> str:
    """titels: the item's theme title first, then its parents' from near to far."""
    for titel in titels:
        code = familie_van_titel(titel)
        if code:
            return code
    if any(_ALGEMEEN.search(fold(t)) for t in titels):
        return ALGEMEEN
    return OVERIG


def label(code: str) -> str:
    return str(LABELS.get(code, code))
