"""The state of reading a document's blocks and what a heading does to it: a numbered
heading opens a theme, a label sets the kind of what follows ("Ambities", "Afspraken",
"Monitoring"), an unnumbered heading ends a context section, "Ondertekening" ends the
afspraken."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import patterns as P
from .model import HEADING, LIST, ROW, Block

NOT_A_THEME = re.compile(
    r"^(inleiding|inhoud|inhoudsopgave|ondertekening|bijlagen?|voorwoord|colofon|beslispunten|"
    r"begripsbepalingen|definities|looptijd\s*$|slotbepalingen|geschillen)\b",
    re.I,
)
STOP_HEADING = re.compile(r"^(ondertekening|bijlagen?\b|bijlage\s*\d)", re.I)


@dataclass
class State:
    kind: str
    themes: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    theme_stack: dict[int, dict] = field(default_factory=dict)
    role: str | None = None
    numbered: dict[str, str] = field(default_factory=dict)
    done: bool = False
    plan_started: bool = True
    open_item: dict | None = None
    short_runs: set[int] = field(default_factory=set)
    intention_lists: set[int] = field(default_factory=set)
    opening: bool = False  # the next substantial paragraph opens a section
    actor: list[str] | None = None  # party of a "De gemeente:" label above a list
    agreements: bool = False  # under a heading about the agreements ("Wat is afgesproken?")
    prose: bool = False  # no lists, table rows or section labels anywhere: afspraken in prose
    sub_run: int | None = None  # index of the last sub-item added to the last item
    item_block: int | None = None  # index of the block that made the last item

    @property
    def theme(self) -> str | None:
        if not self.theme_stack:
            return None
        return self.theme_stack[max(self.theme_stack)]["id"]


def heading(st: State, block: Block) -> None:
    title = block.text.strip(" :")
    if block.level in (7, 8, 9) and P.CONTEXT_TITLE_RE.match(title):
        st.role = "opgave"  # "Monitoring", "Beslispunten": context
        return
    if block.level == 9:
        for rx, role in P.ROLE_LABELS:
            if rx.match(title):
                st.role = role
                return
    if STOP_HEADING.match(title) and st.kind != "beleidsplan":
        st.done = True
        return
    if block.marker and NOT_A_THEME.match(title):
        st.role = "opgave"  # "Artikel 1 – Begripsbepalingen", "Artikel 8 – Slotbepalingen"
    elif block.marker:
        level = block.marker.count(".") + 1
        parent = st.theme_stack.get(level - 1)
        theme = {
            "id": "t" + block.marker,
            "number": block.marker,
            "title": _title_case(title),
            "parent": parent["id"] if parent else None,
        }
        if all(t["id"] != theme["id"] for t in st.themes):
            st.themes.append(theme)
        st.theme_stack = {k: v for k, v in st.theme_stack.items() if k < level}
        st.theme_stack[level] = theme
        st.role = None
        st.numbered = {}
        st.done = False
    elif block.level in (7, 8):
        # an unnumbered heading that names a section kind ("Gezamenlijke afspraken",
        # "Afspraken met Woonstichting X") sets it; another one ends a context section
        role = next((r for rx, r in P.ROLE_LABELS if rx.match(title)), None)
        if role:
            st.role = role
        elif st.role == "opgave":
            st.role = None


def prose_only(blocks: list[Block]) -> bool:
    return not any(b.kind in (LIST, ROW) or (b.kind == HEADING and b.level == 9) for b in blocks)


def _title_case(title: str) -> str:
    return title[0] + title[1:].lower() if title.isupper() else title


def own_kind(kind: str) -> str:
    """What an item of the document's own is: a party's bod or plan states voornemens."""
    return "voornemen" if kind in ("beleidsplan", "bod") else "afspraak"
