"""Find party mentions in text and resolve trekker / betrokkenen."""

from __future__ import annotations

import re

from . import dictionaries as D
from .parties import Party

_PERIOD_TOKEN_RE = re.compile(
    r"\b(?:(?:19|20)\d{2}|doorlopend|jaarlijks|vanaf|bij ieder|bij elk|continu|periodiek|structureel|"  # noqa: E501
    r"n\.?t\.?b\.?|q[1-4]|halfjaarlijks|na vaststelling|januari|februari|maart|april|mei|juni|juli|"
    r"augustus|september|oktober|november|december|nader te bepalen|n\.v\.t\.?)\b",
    re.IGNORECASE,
)


class Matcher:
    """Locates mentions of parties (by name, alias or collective word) in a string."""

    def __init__(self, parties: list[Party], we: list[str] | None = None) -> None:
        """`we`: who "we"/"wij" are when the document has an author (a corporation's bod)."""
        self.parties = parties
        pats: list[tuple[str, list[str]]] = []
        for p in parties:
            for name in [p.name, *p.aliases]:
                pats.append((name, [p.id]))
        pats.sort(key=lambda x: -len(x[0]))
        self.named = [(self._compile(n), ids) for n, ids in pats]
        self.collective = []
        for rx, typ in D.COLLECTIVE:
            if typ == "we" and we:
                ids = list(we)
            else:
                ids = [p.id for p in parties if typ in ("*", "we") or p.type == typ]
            if ids:
                self.collective.append((rx, ids))

    @staticmethod
    def _compile(name: str) -> re.Pattern:
        words = name.split()
        parts = []
        for k, w in enumerate(words):
            esc = re.escape(w)
            if k == 0 or w.lower() in {"de", "het", "van", "gemeente"}:
                esc = f"[{re.escape(w[0].upper())}{re.escape(w[0].lower())}]{re.escape(w[1:])}"
            parts.append(esc)
        body = r"\s+".join(parts)
        return re.compile(r"(?<![\w-])(?:[Dd]e\s+|[Hh]et\s+)?" + body + r"(?![\w-])")

    def ids_in(self, text: str) -> list[str]:
        """Every party the text mentions, in order of mention, each once."""
        ids: list[str] = []
        for _, _, more in self.find_all(text):
            ids += [i for i in more if i not in ids]
        return ids

    def find_all(self, text: str) -> list[tuple[int, int, list[str]]]:
        """Non-overlapping mentions (start, end, party ids), longest first, in text order."""
        taken: list[tuple[int, int, list[str]]] = []
        for rx, ids in self.named + self.collective:
            for m in rx.finditer(text):
                if any(m.start() < e and s < m.end() for s, e, _ in taken):
                    continue
                taken.append((m.start(), m.end(), ids))
        return sorted(taken)


def _tokens_before(text: str, pos: int, n: int = 1) -> list[str]:
    return re.findall(r"[\w’'-]+|[,;:(]", text[:pos])[-n:]


def subject_parties(text: str, matcher: Matcher) -> list[str]:
    """Party ids of the grammatical subject of the first sentence, or [] when none is a party."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]
    sentence = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), sentence)
    mentions = matcher.find_all(sentence)
    for idx, (s, e, _ids) in enumerate(mentions):
        before = _tokens_before(sentence, s, 1)
        prev = before[0].lower() if before else ""
        after = re.match(r"\s*([\w’'-]+|,)", sentence[e:])
        nxt = after.group(1).lower() if after else ""
        clause_initial = prev in {"", ",", ";", ":"}
        if clause_initial and (nxt in {",", "en", "&", "samen"} or nxt not in D.PREPOSITIONS):
            return coordinated(sentence, mentions, idx)
        if prev.isalpha() and prev not in D.PREPOSITIONS:
            return coordinated(sentence, mentions, idx)  # inverted subject after the verb
        if prev in D.CLAUSE_STARTERS:
            return coordinated(sentence, mentions, idx)
    return []


def coordinated(sentence: str, mentions: list, idx: int) -> list[str]:
    """The parties of mention `idx` and of those joined to it ("X, Y en Z", "X / Y")."""
    ids: list[str] = list(mentions[idx][2])
    end = mentions[idx][1]
    for s, e, more in mentions[idx + 1 :]:
        gap = sentence[end:s]
        if re.fullmatch(r"\s*(,|en|&|/|,\s*en)\s*", gap):
            ids += [i for i in more if i not in ids]
            end = e
        else:
            break
    return ids


def resolve_cell(text: str, matcher: Matcher) -> list[str]:
    """Every party in a table cell, plus free text for pieces that are no party. Names are
    found in the whole cell before it is split at "en" and "/", so "Wierden en Borgen" stays
    one corporation in "Gemeente en Wierden en Borgen"."""
    clean = re.sub(r"\([^)]*\)", " ", text)
    found: list[tuple[int, list[str]]] = []
    rest = clean
    for start, end, ids in matcher.find_all(clean):
        found.append((start, list(ids)))
        rest = rest[:start] + "\x00" * (end - start) + rest[end:]
    position = 0
    for piece in re.split(r"(,|;|\s+en\s+(?<!-\sen\s)|\s*/\s*)", rest):
        word = piece.strip(" .")
        # words beside a name ("X i.s.m. gemeente", "X samen met Y") link, they name no one
        if "\x00" not in piece and len(word) > 2 and not re.fullmatch(r"en|,|;|/", word):
            found.append((position, [word]))
        position += len(piece)
    out: list[str] = []
    for _, values in sorted(found, key=lambda f: f[0]):
        out += [v for v in values if v not in out]
    return out


_STATED_RE = re.compile(
    r"\(\s*(?:trekkers?|eigenaar|verantwoordelijke?|lead)\s*:\s*([^);]+)[);]", re.IGNORECASE
)
_LEADS_RE = re.compile(
    r"(?:^|[—–]\s*|;\s*)([^—–;.()]{2,80}?)\s+(?:neemt|nemen)\s+het\s+voortouw", re.IGNORECASE
)


# a field on a line of its own, run into the item's text: "… woningen. Trekker: Accolade Gereed:"
_FIELD_RE = re.compile(
    r"\b(?:Trekker|Eigenaar)\s*:\s*([^:;()]+?)(?=\s+(?i:[a-z]+)\s*:|[.;](?:\s|$)|\s*$)"
)


def stated_trekker(text: str, matcher: Matcher) -> list[str]:
    """The trekker an item names in so many words: "… (trekker: LEKSTEDE en Fien Wonen)",
    "… — Fien Wonen neemt het voortouw", "… Trekker: Accolade"; [] when it names none."""
    m = _STATED_RE.search(text) or _LEADS_RE.search(text) or _FIELD_RE.search(text)
    return resolve_cell(m.group(1), matcher) if m else []


_WITH_RE = re.compile(
    r"\s*(?:\bi\.?\s?s\.?\s?m\.?|\bin samenwerking met\b|\bsamen met\b|"
    r"\bmet medewerking van\b|\bondersteund door\b|"
    r"(?:^|(?<=\s))(?:met|betrokken(?:en)?|partners?)\s*:)\s*",
    re.IGNORECASE,
)
# "Trekker: Elkien" on the first line of a Wie cell, "Met: gemeente" below it
_LEAD_LABEL_RE = re.compile(r"^\s*(?:trekker|eigenaar|verantwoordelijke?)\s*:\s*", re.I)


def lead_and_helpers(cell: str, matcher: Matcher) -> tuple[list[str], list[str]]:
    """A "Wie" cell "KW, LWW i.s.m. gemeente, HBG" (or "Trekker: KW" over "Met: HBG"): who
    leads, and who helps."""
    cell = _LEAD_LABEL_RE.sub("", cell)
    m = _WITH_RE.search(cell)
    if m is None or not cell[: m.start()].strip():
        return resolve_cell(cell, matcher), []
    return resolve_cell(cell[: m.start()], matcher), resolve_cell(cell[m.end() :], matcher)


def split_meta(meta: str, matcher: Matcher) -> tuple[list[str], list[str], str | None]:
    """Split run-together cells "Trekker Betrokkenen Uitvoering" of a plain-text table row."""
    m = _PERIOD_TOKEN_RE.search(meta)
    parties_part = meta[: m.start()] if m else meta
    uitvoering = meta[m.start() :].strip() if m else None
    clean = re.sub(r"\([^)]*\)?", lambda x: " " * len(x.group(0)), parties_part)
    mentions = matcher.find_all(clean)
    if not mentions:
        words = clean.strip()
        return ([words] if words else []), [], uitvoering
    s0, e0, first = mentions[0]
    lead = clean[:s0].strip(" ,")
    trekker = [lead] if lead else list(first)
    rest = clean[e0:] if not lead else clean[s0:]
    betrokkenen = resolve_cell(rest, matcher)
    return trekker, betrokkenen, uitvoering
