"""Reading a party's own plan (beleidsplan): where the plan proper starts, which paragraphs
and lists state an intention ("we gaan ...") and which runs of lines are lists without markers."""

from __future__ import annotations

import re

from .model import HEADING, LIST, PARAGRAPH, Block

PLAN_START_RE = re.compile(
    r"bewegingen|speerpunten|voornemens|wat gaan we doen|onze aanpak|actieplan|strategische doelen|"
    r"opgaven en ambities|onze koers|plan van aanpak",
    re.IGNORECASE,
)


def plan_start(blocks: list[Block]) -> int | None:
    """Index of the heading that opens the plan proper (not its entry in a table of contents)."""
    for i, b in enumerate(blocks):
        followed = any(
            x.kind == PARAGRAPH and len(x.text) > 100 and prose(x.text)
            for x in blocks[i + 1 : i + 4]
        )
        if b.kind == HEADING and PLAN_START_RE.search(b.text) and followed:
            return i
    return None


def label_cluster(blocks: list[Block], idx: int) -> bool:
    """A heading in a cluster of labels (capitalised captions with only scraps between them) is
    the text of a diagram or infographic; the paragraph after it does not open a section."""
    level = blocks[idx].level
    for k in range(idx - 1, max(idx - 5, -1), -1):
        b = blocks[k]
        if b.kind == HEADING:
            return b.level in (7, 8) or (level in (7, 8) and b.level == 1)
        if b.kind != PARAGRAPH or len(b.text) > 50:
            return False
    return False


def prose(text: str) -> bool:
    """Running text has sentences; a table of contents run together has none."""
    return bool(re.search(r"[a-zà-ÿ]{2}[.!?](\s|$)", text))


def short_runs(blocks: list[Block]) -> set[int]:
    """Indexes of paragraphs in a run of >= 3 short, unpunctuated lines: a list without markers."""

    def short(b: Block) -> bool:
        t = b.text.strip()
        return b.kind == PARAGRAPH and 40 <= len(t) <= 200 and t[-1] not in ".:;" and t[0].isupper()

    out: set[int] = set()
    run: list[int] = []
    for i, b in enumerate([*blocks, Block(HEADING, "", {})]):
        if short(b):
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


# "we"/"wij" as the subject of a verb of doing or intending; "zijn"/"hebben"/"zien"/"vinden"
# and the like describe a state or an opinion, not an intention
_NOT_INTENT = (
    r"(?:zijn|waren|hebben|hadden|heeft|zien|zagen|vinden|vonden|weten|merken|constateren|"
    r"beschikken|bevinden|benoemen|beschrijven|lichten|noemen|kunnen|mogen|moeten|beperken|"
    r"onderscheiden|verstaan)"
)
_WE_FIRST_RE = re.compile(rf"(?:^|[.;:]\s+|,\s+)(?:we|wij)\s+(?!{_NOT_INTENT}\b)[a-zë]+", re.I)
_NOT_VERB = (
    r"(?:dat|wat|met|tot|niet|het|ten|tussen|boven|binnen|buiten|zonder|tegen|even|alleen|open|"
    r"samen|steeds|eerst|meest|best|ergens|soms|indien|wanneer|waarmee|waarop|waarin)"
)
_WE_INVERTED_RE = re.compile(
    rf"^(?!(?:{_NOT_INTENT}|dan|als|wat|hoe|of)\b)[^,.:;]{{0,80}}?\b(?!(?:{_NOT_INTENT}|{_NOT_VERB})\b)"
    r"[a-zë]+(?:en|t)\s+(?:we|wij)\b",
    re.I,
)
_PROMISE_RE = re.compile(
    r"\b(kan|kunnen)\s+rekenen\s+op\b|\bhet is onze wens\b|\b(?:zijn|is)\s+(?:wij|we)\s+"
    r"(?:voornemens|van plan)\b|\b(?:wij|we)\s+zijn\s+(?:voornemens|van plan)\b|"
    r"\bbetekent\b[^.]{0,20}\bdat\s+(we|wij)\b",
    re.I,
)


def intention(text: str) -> bool:
    """True when one of the first two sentences states what "we" are going to do."""
    if text.isupper() or len(text) < 40:
        return False  # a caption
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())[:2]
    for sentence in sentences:
        if sentence.endswith("?"):
            continue
        if _PROMISE_RE.search(sentence) or _WE_FIRST_RE.match(sentence):
            return True
        if _WE_INVERTED_RE.match(sentence):
            return True
    return False


def intention_lists(blocks: list[Block]) -> set[int]:
    """List items in runs where most items state an intention ("1. We verlagen de streefhuur.")."""
    out: set[int] = set()
    run: list[int] = []
    for i, b in enumerate([*blocks, Block(HEADING, "", {})]):
        if b.kind == LIST:
            run.append(i)
            continue
        hits = [k for k in run if intention(blocks[k].text)]
        if run and len(hits) * 2 > len(run):
            out.update(hits)
        run = []
    return out
