"""Layout-noise removal: ligatures, soft hyphens, hyphenation, running headers/footers."""

from __future__ import annotations

import re
from collections import Counter

from .model import Line

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
HYPHENS = "-\u2010\u2011\u00ad"
_LIGATURE_RE = re.compile("|".join(LIGATURES))
# "defi niëren", "fi nanciële": a ligature rendered as "fi" plus a stray space
_BROKEN_LIGATURE_RE = re.compile(r"\b(\w*?(?:fi|fl|ff))\s(?=(?:[a-zëïé]{2,}))")
_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:(?:pagina|blz\.?|page)\s*)?\d{1,3}(?:\s*(?:/|van|of)\s*\d{1,3})?\s*$", re.IGNORECASE
)


_LINE_END_HYPHEN_RE = re.compile("\ufffe(?=[a-zà-ÿ])")


def fix_characters(text: str) -> str:
    """Replace ligature code points, drop soft hyphens inside words, normalise odd spaces."""
    text = _LIGATURE_RE.sub(lambda m: LIGATURES[m.group(0)], text)
    text = text.replace("\u00ad\n", "-\n").replace("\u00ad", "")
    # pdfium marks a hyphen at a line end with U+FFFE and joins the lines: "ge\ufffemiddelde"
    # is one word broken in two, "Zwolle\ufffeZuid" keeps its hyphen (as join_hyphenated)
    text = _LINE_END_HYPHEN_RE.sub("", text).replace("\ufffe", "-")
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\t", " ")
    text = text.replace("\uf0b7", "•").replace("\uf0a7", "▪").replace("\u2022", "•")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def repair_broken_ligatures(text: str) -> str:
    """Join words a PDF split after a ligature: "defi niëren" -> "definiëren"."""

    def join(m: re.Match) -> str:
        word = m.group(1)
        return word

    return _BROKEN_LIGATURE_RE.sub(join, text)


def join_hyphenated(first: str, second: str) -> str:
    """Join two line fragments, undoing end-of-line hyphenation ("volks-" + "huisvesting")."""
    a = first.rstrip()
    b = second.lstrip()
    if not a:
        return b
    if not b:
        return a
    if a[-1] in HYPHENS and len(a) > 1 and a[-2].isalpha():
        if b[0].islower():
            return a[:-1] + b
        return a[:-1] + "-" + b if a[-1] != "-" else a + b
    return a + " " + b


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(text))


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def remove_running_lines(pages: list[list[Line]], *, edge: int = 3) -> list[list[Line]]:
    """Drop headers/footers: lines near a page edge whose shape repeats on many pages."""
    if len(pages) < 3:
        return [[ln for ln in page if not is_page_number(ln.text)] for page in pages]
    counts: Counter[str] = Counter()
    for page in pages:
        texts = [ln.text for ln in page if ln.text.strip()]
        edges = {_shape(t) for t in texts[:edge] + texts[-edge:]}
        counts.update(edges)
    threshold = max(3, int(len(pages) * 0.4))
    running = {shape for shape, n in counts.items() if n >= threshold and len(shape) < 120}
    out = []
    for page in pages:
        texts = [ln for ln in page if ln.text.strip()]
        edge_ids = {id(ln) for ln in texts[:edge] + texts[-edge:]}
        out.append(
            [
                ln
                for ln in page
                if not (
                    id(ln) in edge_ids and (_shape(ln.text) in running or is_page_number(ln.text))
                )
            ]
        )
    return out
