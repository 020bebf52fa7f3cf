"""Document-level facts: kind, title, municipalities, period and signing date/place."""

from __future__ import annotations

import re

from .numbers import YEAR_RE
from .patterns import MONTHS

KIND_MARKERS: list[tuple[str, re.Pattern]] = [
    (
        "kennisgeving",
        re.compile(
            r"(?m:^\s*raadsvoorstel\s*$)|"  # a council proposal says so in a line of its own
            r"\b(kennisgeving|raadsinformatiebrief|raadsmededeling|collegebericht|"
            r"informatiebrief aan de raad|aan de gemeenteraad|geachte (raads)?leden)\b",
            re.I,
        ),
    ),
    (
        "jaarschijf",
        re.compile(
            r"\b(jaarschijf|jaarschijven|activiteitenoverzicht \d{4}|jaarplan prestatieafspraken|"
            r"uitvoeringsagenda|uitvoeringsprogramma)\b",
            re.I,
        ),
    ),
    (
        "bod",
        re.compile(
            r"\b(bod op de woonvisie|overzicht (?:van )?voorgenomen werkzaamheden|ons bod|"
            r"het bod\b|bod \d{4})",
            re.I,
        ),
    ),
    (
        "beleidsplan",
        re.compile(
            r"\b(beleidsplan|strategisch plan|ondernemingsplan|koersplan|koersdocument|"
            r"strategische koers|portefeuillestrategie|meerjarenplan)\b",
            re.I,
        ),
    ),
    (
        "prestatieafspraken",
        re.compile(
            r"\b(prestatieafspraken|prestatie-afspraken|samenwerkingsafspraken|"
            r"woonafspraken|jaarafspraken)\b",
            re.I,
        ),
    ),
]
_AGREEMENTS = dict(KIND_MARKERS)["prestatieafspraken"]
_DATE_RE = re.compile(
    rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+((?:19|20)\d\d)\b|\b(\d{{1,2}})[-/.](\d{{1,2}})[-/.]((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SIGN_RE = re.compile(r"\b(ondertekend|overeengekomen|getekend|vastgesteld en ondertekend)\b", re.I)
_PLACE_RE = re.compile(r"\bte\s+([A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)")
_GEMEENTE_RE = re.compile(
    r"\b[Gg]emeente\s+((?:[A-Z][\w'’-]+)(?:[\s-](?:aan|op|de|den|[A-Z][\w'’-]+))*)"
)


# a document that is a bod says so in a line of its own or its subject: "Bod 2027–2028: …",
# "Onderwerp: Bod 2027 op de woonvisie", "… ons bod op de woonvisie"
_BOD_TITLE = re.compile(
    r"(?:^|\n)(?:(?-i:Gezamenlijk)\s+bod|(?-i:Bod))\s*(?:\d{4}|:)|"
    r"(?:onderwerp|betreft)\s*[:|]?\s*(?:gezamenlijk\s+)?bod\b|\bbod op\b",
    re.I,
)  # also "Betreft | gezamenlijk bod 2026–2030" (a Word letter's field table)


def detect_kind(title_text: str, head_text: str, body_text: str) -> str:
    """Title words decide first, then the opening pages, then the whole text."""
    for text, min_hits in ((title_text, 1), (head_text, 1)):
        for kind, rx in KIND_MARKERS:
            if len(rx.findall(text)) >= min_hits:
                if kind == "bod" and _AGREEMENTS.search(text) and not _BOD_TITLE.search(text):
                    continue  # agreements that mention the bod they answer
                return kind
    counts = {kind: len(rx.findall(body_text)) for kind, rx in KIND_MARKERS}
    kind, n = max(counts.items(), key=lambda kv: kv[1])
    return kind if n >= 2 else "onbekend"


def detect_title(head_lines: list[str]) -> str | None:
    for t in head_lines[:15]:
        t = t.strip()
        if 8 <= len(t) <= 120 and any(rx.search(t) for _, rx in KIND_MARKERS):
            return t
    for t in head_lines[:5]:
        if 3 <= len(t.strip()) <= 120:
            return t.strip()
    return None


def municipalities(parties: list[dict], text: str) -> list[str]:
    names = [
        re.sub(r"^(de\s+)?gemeenten?\s+", "", p["name"], flags=re.I)
        for p in parties
        if p["type"] == "gemeente"
    ]
    return [n for n in dict.fromkeys(names) if n and n.lower() != "gemeente"]


def document_period(kind: str, title: str | None, text: str) -> dict | None:
    """Years the agreements run: from the title, a "looptijd" sentence or "gelden voor 2021"."""
    rng = re.compile(r"((?:19|20)\d\d)\s*(?:-|–|t/m|tot en met|tot)\s*((?:19|20)\d\d)")
    if kind == "beleidsplan" or kind == "onbekend":
        return None
    years = {y.group(0) for y in YEAR_RE.finditer(title or "")}
    if kind == "jaarschijf" and len(years) == 1 and not rng.search(title or ""):
        year = int(years.pop())  # "Uitvoeringsprogramma 2026" under "Prestatieafspraken 2025–2029"
        return {"start": year, "end": year}
    m = re.search(
        r"looptijd\s+van\s+((?:19|20)\d\d)\s*(?:-|–|t/m|tot en met|tot)\s*((?:19|20)\d\d)",
        text,
        re.I,
    )
    if m:
        return {"start": int(m.group(1)), "end": int(m.group(2))}
    subject = next(
        (
            ln
            for ln in text[:3000].splitlines()
            if re.match(r"^\s*(onderwerp|betreft)\s*:", ln, re.I)
        ),
        "",
    )
    for source in (title or "", subject, text[:3000]):
        for line in source.splitlines():
            if not re.search(r"prestatieafspraken|jaarschijf|afspraken|bod", line, re.I):
                continue
            r = rng.search(line)
            if r:
                return {"start": int(r.group(1)), "end": int(r.group(2))}
            y = YEAR_RE.search(line)
            if y and source in (title, subject) and source:
                return {"start": int(y.group(0)), "end": int(y.group(0))}
    m = re.search(r"\bgelden\s+(?:voor|in)\s+((?:19|20)\d\d)\b", text, re.I)
    if m:
        return {"start": int(m.group(1)), "end": int(m.group(1))}
    return None


# a sentence ends at ".", "!" or "?" after a word of three letters or a digit: not inside
# "o.a." or "d.d."
_SENTENCE_END_RE = re.compile(r"(?:(?<=\w\w\w)|(?<=\d))[.!?](?:\s|$)")


def _signing_date(previous: str, line: str, following: list[str]) -> re.Match[str] | None:
    """The date of the sentence that says it was signed: after the keyword ("ondertekend te X
    op 12 december 2024"), else before it ("Op 14 december 2026 hebben wij … de afspraken
    ondertekend"; the line before counts when this one continues it, lower-case)."""
    keyword = _SIGN_RE.search(line)
    text = " ".join([line, *following])
    end = _SENTENCE_END_RE.search(text, keyword.end())
    d = _DATE_RE.search(text[keyword.end() : end.start() if end else None])
    if d:
        return d
    before = line[: keyword.start()]
    if previous.strip() and line.lstrip()[:1].islower():
        before = f"{previous.strip()} {before}"
    dates = list(_DATE_RE.finditer(_SENTENCE_END_RE.split(before)[-1]))
    return dates[-1] if dates else None


def signed(lines: list[str]) -> dict | None:
    """ "Aldus overeengekomen en ondertekend te X op 12 december 2024" and its variants."""
    for i, line in enumerate(lines):
        if not _SIGN_RE.search(line):
            continue
        window = " ".join(t.strip() for t in lines[i : i + 3])
        previous = lines[i - 1] if i else ""
        d = _signing_date(previous, line, lines[i + 1 : i + 3]) or _DATE_RE.search(window)
        if not d:
            continue
        if d.group(1):
            day, month, year = int(d.group(1)), MONTHS[d.group(2).lower()], int(d.group(3))
        else:
            day, month, year = int(d.group(4)), int(d.group(5)), int(d.group(6))
        place = _PLACE_RE.search(window)
        return {
            "date": f"{year:04d}-{month:02d}-{day:02d}",
            "place": place.group(1) if place else None,
        }
    return None
