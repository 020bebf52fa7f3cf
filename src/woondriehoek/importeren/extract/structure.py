"""From blocks to themes and items (afspraak / ambitie / voornemen)."""

from __future__ import annotations

import re
from dataclasses import replace

from . import beleidsplan, kennisgeving, labels, numbers
from . import patterns as P
from .item_kind import SECTION_NUMBER_RE
from .item_kind import item_kind as kind_of
from .mentions import (
    Matcher,
    lead_and_helpers,
    resolve_cell,
    split_meta,
    stated_trekker,
    subject_parties,
)
from .model import HEADING, LIST, PARAGRAPH, ROW, Block
from .sections import State, heading, own_kind, prose_only
from .tables import TEXT_COLUMN, columns

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
AMBITION_RE = re.compile(r"\bdelen\s+de\s+ambitie\b|\bhebben\s+de\s+ambitie\b", re.I)


def build(
    blocks: list[Block],
    kind: str,
    matcher: Matcher,
    author: list[str],
    party_entries: set[int] | None = None,
) -> tuple[list[dict], list[dict]]:
    """Themes and items of the blocks; `party_entries` are the entries of a list of parties
    (party_list.py), which name parties and are no afspraken."""
    st = State(kind=kind, prose=prose_only(blocks))
    # a notice with a table of its afspraken ("Afspraak | Trekker | Status")
    tabled = (
        sum(b.kind == ROW and any(TEXT_COLUMN.search(h) for h in b.header) for b in blocks) >= 5
    )
    if kind == "beleidsplan":
        st.plan_started = beleidsplan.plan_start(blocks) is None
        st.short_runs = beleidsplan.short_runs(blocks)
        st.intention_lists = beleidsplan.intention_lists(blocks)
    counted = 0
    for idx, block in enumerate(blocks):
        if len(st.items) != counted:  # the block before made an item
            counted, st.item_block = len(st.items), idx - 1
        if party_entries and idx in party_entries:
            continue
        actor = labels.party_label(block, matcher) if kind != "beleidsplan" else None
        if actor:
            st.actor = actor  # "De gemeente:" – the bullets below are that party's afspraken
            continue
        if block.kind != LIST:
            st.actor = None
        if block.kind == HEADING:
            st.open_item = None
            st.agreements = kennisgeving.opens_agreements(block.text)
            st.opening = not beleidsplan.label_cluster(blocks, idx)
            if kind == "beleidsplan" and idx == beleidsplan.plan_start(blocks):
                st.plan_started = True
            heading(st, block)
            if kind == "kennisgeving":  # "Alwel" over the afspraken made with Alwel
                st.actor = labels.party_label(block, matcher, colon=False)
        elif kind == "beleidsplan":
            _plan_block(st, block, idx, matcher, author)
        elif st.done:
            continue
        elif block.kind == PARAGRAPH and P.SIGNATURE_START_RE.match(block.text):
            # the signatures close the afspraken; a cover that says when they were signed
            # comes before any
            st.done = kind != "beleidsplan" and bool(st.items)
        elif kind == "kennisgeving" and block.kind == PARAGRAPH and st.role != "opgave":
            if tabled and not st.agreements:
                continue  # a notice that tables its afspraken tells context in prose, except
                # under a heading about the agreements ("Afspraken voor 2026")
            told = kennisgeving.agreement_sentences(block.text, matcher, st.agreements)
            for sentence, trekker in told:
                what = "ambitie" if AMBITION_RE.search(sentence) else "afspraak"
                _add_item(st, replace(block, text=sentence), what, matcher, [], trekker)
        elif block.kind == PARAGRAPH and (inline := labels.inline_role(block.text)):
            role, rest = inline  # "Ambitie: iedere woningzoekende vindt …"
            if role in ("ambitie", "afspraak"):
                own = own_kind(kind) if role == "afspraak" else role
                _add_item(st, replace(block, text=rest), own, matcher, author)
        elif block.kind == ROW and (
            (per_row := labels.row_party_pieces(block.header, block.cells, matcher)) is not None
        ):
            owner, pieces = per_row  # "Corporatie | Belangrijkste afspraken", bullets per row
            own = own_kind(kind)
            for piece in pieces:
                plain = replace(block, text=piece, header=[], cells=[], marker=None)
                _add_item(st, plain, own, matcher, author, subject_parties(piece, matcher) or owner)
        elif block.kind == ROW and (
            (marked := labels.marked_parties(block.header, block.cells, matcher)) is not None
        ):
            if item_kind := kind_of(st, block, matcher):  # "X" under who leads
                lead, helps = marked
                _add_item(st, block, item_kind, matcher, author, lead, helps)
        elif block.kind == ROW and (
            (per_party := labels.party_columns(block.header, block.cells, matcher)) is not None
        ):
            own = own_kind(kind)
            for text, trekker in per_party:
                plain = replace(block, text=text, header=[], cells=[], marker=None)
                _add_item(st, plain, own, matcher, author, trekker)
        elif block.kind == LIST and _goes_on(st, blocks, idx):
            _extend(st.items[-1], block)
            st.sub_run = idx
        elif block.kind in (LIST, ROW, PARAGRAPH):
            if (
                st.role == "ambitie"
                and block.kind == LIST
                and SECTION_NUMBER_RE.match(block.marker or "")
                and blocks[idx - 1].kind == PARAGRAPH
            ):
                st.role = None  # "Ambitie" over a paragraph, then the numbered afspraken 2.1 …
            item_kind = kind_of(st, block, matcher)
            if item_kind:
                _add_item(st, block, item_kind, matcher, author)
    return st.themes, st.items


def _goes_on(st: State, blocks: list[Block], idx: int) -> bool:
    """A list item in lower case right under an item that ends in ":" belongs to that item
    ("… hanteren als verdeling:" + "1. minimaal 30% sociale huur;" + "2. …"), however the
    document numbers or indents it; the run goes on while such items follow each other."""
    if not st.items or idx == 0 or not blocks[idx].text.strip()[:1].islower():
        return False
    if st.sub_run == idx - 1:  # the run of sub-items goes on
        return True
    # right under the item (no party label or heading between them)
    return st.item_block == idx - 1 and st.items[-1]["text"].rstrip().endswith(":")


def _extend(item: dict, block: Block) -> None:
    item["text"] += "\n" + block.text.strip()
    item["targets"] = numbers.targets(item["text"])
    item["period"] = item["period"] or _period(item["text"], item["uitvoering"], block)


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
    if (opening and len(text) > 150) or beleidsplan.intention(text):
        _add_item(st, block, "voornemen", matcher, author)
        st.open_item = st.items[-1]
    else:
        st.open_item = None


def _seen(st: State, text: str) -> bool:
    key = re.sub(r"\W+", " ", text.lower())[:60]
    return any(re.sub(r"\W+", " ", i["text"].lower())[:60] == key for i in st.items)


def _period(text: str, uitvoering: str | None, block: Block) -> dict | None:
    """The period of the planning column, else of the text. A column's single year that ends
    the text's own range is its deadline: "in de periode 2027–2030" + "2030" is 2027–2030."""
    column = numbers.period_from_text(uitvoering)
    if column is None:
        if uitvoering and block.kind == ROW and not numbers.YEAR_RE.search(uitvoering):
            return None  # "doorlopend", "jaarlijks"
        return numbers.period_from_text(text)
    own = numbers.period_from_text(text)
    single = column["start"] == column["end"]
    if single and own and own["end"] == column["end"] and own["start"] < column["start"]:
        return own
    return column


def _add_item(
    st: State,
    block: Block,
    item_kind: str,
    matcher: Matcher,
    author: list[str],
    trekker: list[str] | None = None,
    helpers: list[str] | None = None,
) -> None:
    text = block.text.strip()
    trekker = list(trekker or [])
    betrokkenen: list[str] = list(helpers or [])
    uitvoering = None
    number = block.marker if block.kind != LIST or (block.marker or "")[:1].isdigit() else None
    if (
        block.kind == ROW
        and block.header
        and block.header[-1:] != ["_meta"]
        and len(block.cells) > 1
    ):
        cols = columns(block.header, block.cells)
        text = cols.get("text") or text
        uitvoering = cols.get("uitvoering") or None
        if "trekker" in cols:
            trekker, betrokkenen = lead_and_helpers(cols["trekker"], matcher)
        if "betrokkenen" in cols:
            betrokkenen += resolve_cell(cols["betrokkenen"], matcher)
        number = cols.get("number") or number
    elif block.kind == ROW and len(block.cells) > 1:
        trekker, betrokkenen, uitvoering = split_meta(block.cells[1], matcher)
    if not trekker:
        trekker = stated_trekker(text, matcher)  # "… (trekker: de gemeente)"
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
    period = _period(text, uitvoering, block)
    item_id = f"i{len(st.items) + 1}"
    refers_to = None
    if number and number.lower().startswith("bij"):
        refers_to = st.numbered.get(re.sub(r"\D", "", number))
    elif number and block.kind in (LIST, ROW):
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
