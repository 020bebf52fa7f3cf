"""Word list numbering: numbers are not in the text, so compute them from numPr + numbering.xml."""

from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET_FORMATS = {"bullet", "none"}


class Numbering:
    """Tracks counters per (numId, ilvl) and renders labels such as "1.", "1.2", "a)" or "•"."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.findall(_W + "abstractNum"):
            aid = an.get(_W + "abstractNumId")
            levels = {}
            for lvl in an.findall(_W + "lvl"):
                ilvl = int(lvl.get(_W + "ilvl"))
                fmt = _val(lvl.find(_W + "numFmt"), "decimal")
                text = _val(lvl.find(_W + "lvlText"), "%1.")
                start = int(_val(lvl.find(_W + "start"), "1"))
                levels[ilvl] = (fmt, text, start)
            abstract[aid] = levels
        for num in root.findall(_W + "num"):
            nid = num.get(_W + "numId")
            aid = _val(num.find(_W + "abstractNumId"), "")
            for ilvl, spec in abstract.get(aid, {}).items():
                self.levels[(nid, ilvl)] = spec

    def label(self, p_element, paragraph) -> str | None:
        num_pr = p_element.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None and paragraph.style is not None:
            style_ppr = paragraph.style.element.find(f"{_W}pPr/{_W}numPr")
            num_pr = style_ppr
        if num_pr is None:
            return None
        nid = _val(num_pr.find(_W + "numId"), None)
        ilvl = int(_val(num_pr.find(_W + "ilvl"), "0"))
        if nid is None or nid == "0" or (nid, ilvl) not in self.levels:
            return None
        fmt, text, start = self.levels[(nid, ilvl)]
        key = (nid, ilvl)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == nid and k[1] > ilvl]:
            del self.counters[deeper]
        if fmt in BULLET_FORMATS:
            return "•" if ilvl == 0 else "o"
        label = text
        for level in range(ilvl + 1):
            value = self.counters.get(
                (nid, level), self.levels.get((nid, level), ("decimal", "", 1))[2]
            )
            lfmt = self.levels.get((nid, level), ("decimal", "", 1))[0]
            label = label.replace(f"%{level + 1}", _format(value, lfmt))
        return label


def _format(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (value - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (value - 1) % 26)
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][(value - 1) % 10]
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(value)


def _val(el, default):
    return el.get(_W + "val") if el is not None and el.get(_W + "val") is not None else default
