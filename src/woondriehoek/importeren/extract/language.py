"""Is this Dutch, and is it about housing agreements?"""

from __future__ import annotations

import re

from .dictionaries import DOMAIN_WORDS, DUTCH_STOPWORDS, ENGLISH_STOPWORDS
from .errors import NotAboutAgreementsError, NotDutchError, TooLittleTextError


def check_language(text: str) -> None:
    words = re.findall(r"[a-zà-ÿ]+", text[:200_000].lower())
    if len(words) < 5:
        raise TooLittleTextError()
    nl = sum(1 for w in words if w in DUTCH_STOPWORDS)
    en = sum(1 for w in words if w in ENGLISH_STOPWORDS)
    if en > nl:
        raise NotDutchError()
    if not DOMAIN_WORDS.search(text):
        raise NotAboutAgreementsError()
