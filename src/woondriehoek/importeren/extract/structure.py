"""From blocks to themes and items (afspraak / ambitie / voornemen)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import numbers
from . import patterns as P
from .mentions import Matcher, resolve_cell, split_meta, subject_parties
from .model import HEADING, LIST, PARAGRAPH, ROW, Block

COMMITMENT_RE = re.compile(
    r"\b(spreken\b.{0,60}\baf\b|afgesproken|initieer|organiseer|zorg(t|en)\s+(voor|dat|ervoor)|"
    r"zet(ten)?\s+zich\s+in|zullen|streeft|streven|verplicht(en)?\s+zich|draagt\s+zorg|"
    r"neemt\s+het\s+initiatief|maken\s+afspraken|vindt\s+plaats|committeren|stemmen\s+af)\b",
    re.IGNORECASE,
)
NOT_A_THEME = re.compile(
    r"^(inleiding|inhoud|inhoudsopgave|ondertekening|bijlagen?|voorwoord|colofon)\b", re.I
)
PLAN_START_RE = re.compile(
    r"bewegingen|speerpunten|voornemens|wat gaan we doen|onze aanpak|actieplan|strategische doelen|"
    r"opgaven en ambities|onze koers|plan van aanpak",
    re.IGNORECASE,
)
ANNOUNCE_RE = re.compile(
    r"^(hieronder|hierna|in dit hoofdstuk|we lichten|wij lichten|we beschrijven|we benoemen|"
    r"resumé|resume|samenvatting|conclusie)\b|volgende bladzijde|"
    r"^(we|wij)\s+\w+\s+(hierna|hieronder|hiernaast)\b",
    re.IGNORECASE,
)
CONTINUATION_RE = re.compile(
    r"^(omdat|om|dit|deze|daarnaast|daarom|ook|zo|hierdoor|bovendien|verder|tegelijkertijd|alleen|"
    r"zelfs|uit|daarmee|hiermee|echter)\b",
    re.IGNORECASE,
)
STOP_HEADING = re.compile(r"^(ondertekening|bijlagen?\b|bijlage\s*\d)", re.I)
COLUMN_ROLES = [
    (re.compile(r"^(nr\.?|#|nummer)$", re.I), "number"),
    (re.compile(r"trekker|eigenaar|verantwoordelijk|wie\b|initiatief", re.I), "trekker"),
    (re.compile(r"betrokken|partners|samen met|met wie", re.I), "betrokkenen"),
    (
        re.compile(r"uitvoering|planning|wanneer|periode|termijn|jaar|gereed|looptijd", re.I),
        "uitvoering",
    ),
    (
        re.compile(r"afspra|actie|activiteit|wat\b|prestatie|inzet|maatregel|omschrijving", re.I),
        "text",
    ),
]


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

    @property
    def theme(self) -> str | None:
        if not self.theme_stack:
            return None
        return self.theme_stack[max(self.theme_stack)]["id"]


def build(
    blocks: list[Block], kind: str, matcher: Matcher, author: list[str]
) -> tuple[list[dict], list[dict]]:
    st = State(kind=kind)
    if kind == "beleidsplan":
        st.plan_started = _plan_start(blocks) is None
        st.short_runs = _short_runs(blocks)
        st.intention_lists = _intention_lists(blocks)
    for idx, block in enumerate(blocks):
        actor = _party_label(block, matcher) if kind != "beleidsplan" else None
        if actor:
            st.actor = actor  # "De gemeente:" – the bullets below are that party's afspraken
            continue
        if block.kind != LIST:
            st.actor = None
        if block.kind == HEADING:
            st.open_item = None
            st.opening = not _label_cluster(blocks, idx)
            if kind == "beleidsplan" and idx == _plan_start(blocks):
                st.plan_started = True
            _heading(st, block)
        elif kind == "beleidsplan":
            _plan_block(st, block, idx, matcher, author)
        elif st.done:
            continue
        elif block.kind == PARAGRAPH and P.SIGNATURE_START_RE.match(block.text):
            st.done = kind != "beleidsplan"
        elif block.kind in (LIST, ROW, PARAGRAPH):
            item_kind = _item_kind(st, block)
            if item_kind:
                _add_item(st, block, item_kind, matcher, author)
    return st.themes, st.items


def _plan_start(blocks: list[Block]) -> int | None:
    """Index of the heading that opens the plan proper (not its entry in a table of contents)."""
    for i, b in enumerate(blocks):
        followed = any(
            x.kind == PARAGRAPH and len(x.text) > 100 and _prose(x.text)
            for x in blocks[i + 1 : i + 4]
        )
        if b.kind == HEADING and PLAN_START_RE.search(b.text) and followed:
            return i
    return None


def _label_cluster(blocks: list[Block], idx: int) -> bool:
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


def _prose(text: str) -> bool:
    """Running text has sentences; a table of contents run together has none."""
    return bool(re.search(r"[a-zà-ÿ]{2}[.!?](\s|$)", text))


def _short_runs(blocks: list[Block]) -> set[int]:
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


def _plan_block(st: State, block: Block, idx: int, matcher: Matcher, author: list[str]) -> None:
    """A party's own plan: its voornemens are the marker-less lists of moves, the opening
    paragraph of each (sub)section and paragraphs that state an intention ("We gaan …",
    "We willen …", "Wij zetten in op …", "Huurders kunnen rekenen op …"); descriptive paragraphs
    (context, definitions, explanations) are not listed."""
    if not st.plan_started:
        return
    text = block.text.strip()
    opening = st.opening
    if block.kind == LIST:
        st.opening = True  # the paragraph after a list starts a new point
    elif len(text) > 60:
        st.opening = False
    if idx in st.short_runs:
        _add_item(st, block, "voornemen", matcher, author)
        return
    if block.kind == LIST:
        if idx in st.intention_lists:
            _add_item(st, block, "voornemen", matcher, author)
        return
    if CONTINUATION_RE.match(text) and st.open_item is not None:
        item = st.open_item
        item["text"] += "\n\n" + text
        item["targets"] = numbers.targets(item["text"])
        return
    if ANNOUNCE_RE.search(text) or (text.endswith(":") and len(text) < 200):
        return
    if _seen(st, text):
        return  # a summary page repeats earlier text
    if (opening and len(text) > 150) or intention(text):
        _add_item(st, block, "voornemen", matcher, author)
        st.open_item = st.items[-1]
    else:
        st.open_item = None


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
    r"\b(kan|kunnen)\s+rekenen\s+op\b|\bhet is onze wens\b|"
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


def _intention_lists(blocks: list[Block]) -> set[int]:
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


def _seen(st: State, text: str) -> bool:
    key = re.sub(r"\W+", " ", text.lower())[:60]
    return any(re.sub(r"\W+", " ", i["text"].lower())[:60] == key for i in st.items)


def _heading(st: State, block: Block) -> None:
    title = block.text.strip(" :")
    if block.level == 9:
        for rx, role in P.ROLE_LABELS:
            if rx.match(title):
                st.role = role
                return
    if STOP_HEADING.match(title) and st.kind != "beleidsplan":
        st.done = True
        return
    if block.marker and not NOT_A_THEME.match(title):
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
    elif block.level in (7, 8) and st.role == "opgave":
        st.role = None


_LABEL_FILLER = {
    "de", "het", "en", "zelf", "wat", "doet", "doen", "zegt", "zeggen", "toe", "spreekt",
    "spreken", "af", "levert", "leveren", "zet", "zetten", "zich", "in", "voor", "inzet", "van",
    "bijdrage", "afspraken", "met",
}  # fmt: skip


def _party_label(block: Block, matcher: Matcher) -> list[str] | None:
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


def _title_case(title: str) -> str:
    return title[0] + title[1:].lower() if title.isupper() else title


def _item_kind(st: State, block: Block) -> str | None:
    text = block.text.strip()
    single_question = text.endswith("?") and not re.search(r"[.!]\s", text)
    if len(text) < 12 or single_question or (text.endswith(":") and len(text) < 80):
        return None
    own = "voornemen" if st.kind in ("beleidsplan", "bod") else "afspraak"
    if block.kind == ROW:
        return own
    if st.role == "opgave":
        return None
    if st.role == "ambitie" and block.kind in (LIST, PARAGRAPH):
        return "ambitie"
    if block.kind == PARAGRAPH:
        return own if st.role == "afspraak" and st.theme is not None else None
    if block.sub:
        return None
    if st.role == "afspraak" or st.theme is not None or st.actor:
        return own
    if st.kind in ("prestatieafspraken", "onbekend", "jaarschijf") and not COMMITMENT_RE.search(
        text
    ):
        return None
    return own


def _add_item(st: State, block: Block, item_kind: str, matcher: Matcher, author: list[str]) -> None:
    text = block.text.strip()
    trekker: list[str] = []
    betrokkenen: list[str] = []
    uitvoering = None
    number = block.marker if block.kind != LIST or (block.marker or "")[:1].isdigit() else None
    if (
        block.kind == ROW
        and block.header
        and block.header[-1:] != ["_meta"]
        and len(block.cells) > 1
    ):
        cols = _columns(block.header, block.cells)
        text = cols.get("text") or text
        uitvoering = cols.get("uitvoering") or None
        if "trekker" in cols:
            trekker = resolve_cell(cols["trekker"], matcher)
        if "betrokkenen" in cols:
            betrokkenen = resolve_cell(cols["betrokkenen"], matcher)
        number = cols.get("number") or number
    elif block.kind == ROW and len(block.cells) > 1:
        trekker, betrokkenen, uitvoering = split_meta(block.cells[1], matcher)
    if not trekker and st.actor and text[:1].islower():
        trekker = list(st.actor)  # "De gemeente:" + "- levert grond voor …"
    if not trekker:
        trekker = subject_parties(text, matcher) or list(st.actor or [])
    if item_kind == "voornemen" and author and not trekker:
        trekker = list(author)
    if (
        item_kind == "voornemen"
        and author
        and set(trekker) - set(author)
        and st.kind == "beleidsplan"
    ):
        trekker = list(author)
    period = numbers.period_from_text(uitvoering) or (
        None
        if uitvoering and block.kind == ROW and not numbers.YEAR_RE.search(uitvoering)
        else numbers.period_from_text(text)
    )
    item_id = f"i{len(st.items) + 1}"
    refers_to = None
    if number and number.lower().startswith("bij"):
        refers_to = st.numbered.get(re.sub(r"\D", "", number))
    elif number and block.kind == LIST:
        st.numbered[number] = item_id
    st.items.append(
        {
            "id": item_id,
            "kind": item_kind,
            "theme": st.theme,
            "number": number,
            "text": text,
            "trekker": trekker,
            "betrokkenen": [b for b in betrokkenen if b not in trekker or block.kind == ROW],
            "uitvoering": uitvoering,
            "period": period,
            "refers_to": refers_to,
            "targets": numbers.targets(text + ("\n" + uitvoering if uitvoering else "")),
            "source": block.source,
        }
    )


def _columns(header: list[str], cells: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, cell in zip(header, cells, strict=False):
        for rx, role in COLUMN_ROLES:
            if rx.search(name) and role not in out:
                out[role] = cell.strip()
                break
    return out
