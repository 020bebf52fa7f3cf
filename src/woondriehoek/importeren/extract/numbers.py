"""Dutch numbers, measurable targets and periods.

Handles "ca. 140", "€ 20.000,-", "7,5%", "75-135", "t/m 2030", "uiterlijk in 2024",
"minimaal 50 per jaar", "twee keer per jaar", "viermaal" and number words such as
"tweehonderdzeventig" (via text2num).
"""

from __future__ import annotations

import re

from text_to_num import text2num

from .patterns import MONTH_ALT

YEAR_RE = re.compile(r"(?<![\d.,])(19[5-9]\d|20\d\d|21\d\d)(?![\d.,]\d)")
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_WORD = (
    r"(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    r"zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
    r"negentig|honderd|duizend)[a-zë]*?"
)
NUMBER_RE = re.compile(
    rf"(?P<euro>€\s*)?(?P<num>{_NUM})(?P<dash>,-{{1,2}})?(?:\s*(?:-|–|tot)\s*(?P<num2>{_NUM}))?"
    rf"|(?<![\w])(?P<word>{_WORD})(?P<maal>maal)?(?![\w])",
    re.IGNORECASE,
)
UNIT_WORDS = [
    (re.compile(r"^\s*(%|procent\b)", re.I), "procent"),
    (re.compile(r"^\s*(euro\b|mln|miljoen)", re.I), "euro"),
    (re.compile(r"^\s*(keer|maal|x)\b", re.I), "aantal"),
    (re.compile(r"^\s*(jaar|jaren)\b", re.I), "jaar"),
    (
        re.compile(
            r"^\s*(?:[\w()+-]+\s+){0,3}?(?:(?:[\w-]*woning(?:en)?|wooneenheden|eenheden|"
            r"appartementen|woonvormen|toevoegingen|huizen|units|studio's|woonplekken)\b|won\.)",
            re.I,
        ),
        "woningen",
    ),
    (re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:labels?|energielabels?)\b", re.I), "label"),
    (
        re.compile(
            r"^\s*(leden|huishoudens|personen|plekken|plaatsen|bijeenkomsten|overleggen|"
            r"statushouders|medewerkers|fte|m2|meter|km)\b",
            re.I,
        ),
        "aantal",
    ),
]
COMPARATORS = [
    (
        re.compile(
            r"(ten\s+minste|tenminste|minimaal|minstens|min\.|ruim|meer\s+dan|vanaf|niet\s+minder\s+dan)\s*$",
            re.I,
        ),
        ">=",
    ),
    (
        re.compile(
            r"(maximaal|maximum\s+van|max\.|hoogstens|ten\s+hoogste|niet\s+meer\s+dan|uiterlijk(\s+in)?|"
            r"vóór|voor|tot\s+en\s+met|t/m|tot|eind|uiterlijk\s+eind)\s*$",
            re.I,
        ),
        "<=",
    ),
    (
        re.compile(
            r"(ca\.?|circa|ongeveer|zo['’]n|rond|gemiddeld|naar\s+verwachting|bijna|~|±)\s*$", re.I
        ),
        "~",
    ),
]
_DATE_AFTER = re.compile(
    r"^\s*(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b",
    re.I,
)

# "Q3 2026", "H2", "2e kwartaal": a part of a year, not a number to reach.
_QUARTER_BEFORE = re.compile(r"\b[QH]\s?$", re.I)
_QUARTER_AFTER = re.compile(r"^(?:e|ste|de)?\s*(?:kwartaal|halfjaar|helft)\b", re.I)


def parse_number(raw: str) -> float:
    """ "20.000" -> 20000, "7,5" -> 7.5, "tweehonderdzeventig" -> 270, "éénmaal" -> 1."""
    raw = raw.strip().lower()
    if raw[0].isdigit():
        return float(raw.replace(".", "").replace(",", "."))
    word = raw.replace("é", "e").replace("ë", "e")
    word = re.sub(r"(maal|keer)$", "", word)
    value = text2num(word, "nl")
    return float(value)


def _clean_value(v: float) -> float | int:
    return int(v) if v == int(v) else v


def comparator(before: str) -> str:
    tail = before[-40:]
    for rx, sym in COMPARATORS:
        if rx.search(tail):
            return sym
    return "="


def _what(after: str) -> str:
    words = re.findall(r"[\w’'/-]+", after)[:6]
    return " ".join(words)


def targets(text: str) -> list[dict]:
    """Every measurable number in ``text`` as {value, unit, what, start, end, comparator}."""
    out: list[dict] = []
    last_unit = None
    for m in NUMBER_RE.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if m.group("word"):
            word = m.group("word").lower()
            if word in {"een", "één"} and not (
                m.group("maal") or re.match(r"^\s*(keer|maal|jaar)\b", after)
            ):
                continue
            try:
                value = parse_number(word)
            except ValueError:
                continue
            unit = "aantal" if m.group("maal") else None
        else:
            if (
                re.search(r"[\d.]\Z", before)
                or re.search(r"[^\W\d_]\Z", before)  # part of a name: "ieder1", "CO2", "A12"
                or re.match(r"^\.\d", after)
                or _DATE_AFTER.match(after)
                or _QUARTER_BEFORE.search(before)
                or _QUARTER_AFTER.match(after)
            ):
                continue
            value = parse_number(m.group("num"))
            unit = "euro" if m.group("euro") else None
            if YEAR_RE.fullmatch(m.group("num")) and not m.group("euro"):
                out.append(_target(value, "jaar", "", before, year=int(value)))
                if m.group("num2") and YEAR_RE.fullmatch(m.group("num2")):
                    out.append(
                        _target(
                            parse_number(m.group("num2")),
                            "jaar",
                            "",
                            before,
                            year=int(m.group("num2")),
                        )
                    )
                continue
        if unit is None:
            for rx, u in UNIT_WORDS:
                if rx.match(after):
                    unit = u
                    break
        if unit is None:
            unit = last_unit if last_unit and _continues(before, after) else "aantal"
        if unit == "euro" and (big := _MULTIPLIER_RE.match(after)):
            factor = 1e9 if big.group(1).lower().startswith(("miljard", "mld")) else 1e6
            value = round(value * factor, 2)
        last_unit = unit
        out.append(_target(value, unit, _what(after), before))
        if m.group("num2"):
            out.append(_target(parse_number(m.group("num2")), unit, _what(after), before))
    return out


_MULTIPLIER_RE = re.compile(r"^\s*(miljoen|mln|mio|miljard|mld)\b", re.I)


def _continues(before: str, after: str) -> bool:
    """A bare number that shares the unit of the one before it: "(+ 20)", "netto + 15", or a
    split of it — "95 woningen: 40 in A, 35 in B en 20 in C", "450 woningen, waarvan 300 …"."""
    if re.search(r"[(+]\s*$|netto\s*\+?\s*$", before):
        return True
    split = re.search(r"(?:waarvan|:|,|\ben)\s*$", before)
    return bool(split) and bool(
        re.match(r"^\s*(?:in|op|aan|bij|voor|te)\b|^\s*[.,;)]|^\s*$", after)
    )


def _target(value: float, unit: str, what: str, before: str, year: int | None = None) -> dict:
    comp = comparator(before)
    if year is not None and not re.search(
        r"(uiterlijk|vóór|voor|t/m|tot en met|eind|in|richting)\s*$", before[-20:], re.I
    ):
        comp = "="
    return {
        "value": _clean_value(value),
        "unit": unit,
        "what": what,
        "start": None,
        "end": year if year and comp == "<=" else None,
        "comparator": comp,
    }


_YEAR = r"(?:19[5-9]\d|20\d\d|21\d\d)"  # the years YEAR_RE accepts
# the end may name a part of its year: "Q2 2026 – Q1 2027", "2025 tot medio 2026"
_YEAR_PART = r"(?:[QH]\s?[1-4]|begin|medio|half|eind|" + MONTH_ALT + r")"
_RANGE_RE = re.compile(
    rf"(?:tussen|van|vanaf)?\s*(?P<a>{_YEAR})\s*(?:-|–|t/m|tot en met|tot|en)\s*"
    rf"(?:{_YEAR_PART}\s+)?(?P<b>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
_OPEN_RE = re.compile(
    rf"(?:vanaf|per)\s+(?P<a>{_YEAR})|(?P<b>{_YEAR})\s+(?:en\s+verder|e\.\s?v\.?)", re.I
)  # "vanaf 2025", "2025 en verder", "2025 e.v."


def period_from_text(text: str | None) -> dict | None:
    """The first year expression: a range ("2025 - 2028", "tussen 2022 en 2030"), an open
    start ("vanaf 2025", "2025 en verder") or a single year ("in 2021" -> 2021-2021)."""
    if not text:
        return None
    outside = re.sub(r"\([^)]*\)", " ", text)
    for candidate in (outside, text):
        first_year = YEAR_RE.search(candidate)
        if not first_year:
            continue
        rng = _RANGE_RE.search(candidate)
        opn = _OPEN_RE.search(candidate)
        best = min((x for x in (rng, opn) if x), key=lambda x: x.start(), default=None)
        if (best is not None and best.start() <= first_year.start() + 1) or (
            best and best.group(0).strip().startswith(first_year.group(0))
        ):
            if best is rng:
                a, b = int(rng.group("a")), int(rng.group("b"))
                return {"start": min(a, b), "end": max(a, b)}
            a = opn.group("a") or opn.group("b")
            return {"start": int(a), "end": None}
        years = [int(y) for y in YEAR_RE.findall(candidate)]
        if re.match(rf"^\s*\w*\s*{_YEAR}\s*:", candidate) or re.search(
            rf"\b{_YEAR}\s*:", candidate
        ):
            return {"start": min(years), "end": max(years)}
        y = int(first_year.group(0))
        return {"start": y, "end": y}
    return None
