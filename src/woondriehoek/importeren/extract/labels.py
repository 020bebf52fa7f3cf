"""Labels that give the blocks after them (or the rest of their own line) a meaning:
"De gemeente:" above a party's bullets, "Ambitie: …" in front of an ambition."""

from __future__ import annotations

import re

from . import patterns as P
from .mentions import Matcher
from .model import HEADING, PARAGRAPH, Block

_LABEL_FILLER = {
    "de", "het", "en", "zelf", "wat", "doet", "doen", "zegt", "zeggen", "toe", "spreekt",
    "spreken", "af", "levert", "leveren", "zet", "zetten", "zich", "in", "voor", "inzet", "van",
    "bijdrage", "afspraken", "met",
}  # fmt: skip


def party_label(block: Block, matcher: Matcher) -> list[str] | None:
    """ "De gemeente:", "Woonstichting X zegt toe:", "Huurdersorganisatie:" – a line that only
    names a party (or a type of party) and ends with a colon."""
    text = block.text.strip().strip("*").strip()
    if block.kind not in (PARAGRAPH, HEADING) or not text.endswith(":") or len(text) > 60:
        return None
    body = text[:-1]
    mentions = matcher.find_all(body)
    if not mentions:
        return None
    rest = body
    for s, e, _ in reversed(mentions):
        rest = rest[:s] + " " + rest[e:]
    if any(w.lower() not in _LABEL_FILLER for w in re.findall(r"[\w’'-]+", rest)):
        return None
    ids: list[str] = []
    for _, _, more in mentions:
        ids += [i for i in more if i not in ids]
    return ids


_INLINE_RE = re.compile(
    r"^\s*\**\s*(?P<label>[^:]{3,40}?)\s*\**\s*:\s*\**\s*(?P<rest>.{20,})$", re.S
)


def inline_role(text: str) -> tuple[str, str] | None:
    """(role, text after the label) for a paragraph that opens with a role label and a
    colon, as in "Ambitie: iedere woningzoekende vindt binnen een redelijke termijn …"."""
    m = _INLINE_RE.match(text)
    if not m:
        return None
    label = m.group("label").strip(" *")
    if label.lower() == "afspraak":  # the role labels name sections ("Afspraken"), not one
        return "afspraak", m.group("rest").strip()
    for rx, role in P.ROLE_LABELS:
        lm = rx.match(label)
        if lm and len(label) - lm.end() <= 2:
            return role, m.group("rest").strip()
    return None
