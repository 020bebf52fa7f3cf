"""Review operations on an Afspraken-JSON dict (pure functions: dict in, new dict out).

Every operation keeps item ids unique and ``refers_to`` pointing at items that exist.
"""

from __future__ import annotations

import copy
import re

from django.utils.translation import gettext as _

KINDS = ("afspraak", "ambitie", "voornemen", "opgave", "overig")
PARTY_TYPES = ("gemeente", "corporatie", "huurdersorganisatie", "overig")


class ReviewError(ValueError):
    """An operation that does not fit the document (unknown item, no next item, …)."""


def _index(data: dict, item_id: str) -> int:
    for i, item in enumerate(data.get("items") or []):
        if item.get("id") == item_id:
            return i
    raise ReviewError(_("Unknown item %(id)s.") % {"id": item_id})


def new_item_id(data: dict) -> str:
    taken = {item.get("id") for item in data.get("items") or []}
    numbers = [int(m.group(1)) for t in taken if t and (m := re.fullmatch(r"i(\d+)", t))]
    n = max(numbers, default=0) + 1
    while f"i{n}" in taken:
        n += 1
    return f"i{n}"


def edit_text(data: dict, item_id: str, text: str) -> dict:
    out = copy.deepcopy(data)
    out["items"][_index(out, item_id)]["text"] = text.strip()
    return out


def accept(data: dict, item_id: str) -> dict:
    out = copy.deepcopy(data)
    out["items"][_index(out, item_id)]["reviewed"] = True
    return out


def retype(data: dict, item_id: str, kind: str) -> dict:
    if kind not in KINDS:
        raise ReviewError(_("Unknown kind %(kind)s.") % {"kind": kind})
    out = copy.deepcopy(data)
    out["items"][_index(out, item_id)]["kind"] = kind
    return out


def set_trekker(data: dict, item_id: str, party_ids: list[str], free_text: str = "") -> dict:
    known = {p.get("id") for p in data.get("parties") or []}
    unknown = [p for p in party_ids if p not in known]
    if unknown:
        raise ReviewError(_("Unknown party %(id)s.") % {"id": unknown[0]})
    extra = [t.strip() for t in re.split(r"[,;\n]", free_text) if t.strip()]
    out = copy.deepcopy(data)
    out["items"][_index(out, item_id)]["trekker"] = list(dict.fromkeys(party_ids + extra))
    return out


def set_party_type(data: dict, party_id: str, type_: str) -> dict:
    if type_ not in PARTY_TYPES:
        raise ReviewError(_("Unknown type %(type)s.") % {"type": type_})
    out = copy.deepcopy(data)
    for party in out.get("parties") or []:
        if party.get("id") == party_id:
            party["type"] = type_
            return out
    raise ReviewError(_("Unknown party %(id)s.") % {"id": party_id})


def _repoint(items: list[dict], old: str, new: str | None) -> None:
    for item in items:
        if item.get("refers_to") == old:
            item["refers_to"] = new if new != item.get("id") else None


def delete_item(data: dict, item_id: str) -> dict:
    out = copy.deepcopy(data)
    removed = out["items"].pop(_index(out, item_id))
    _repoint(out["items"], item_id, removed.get("refers_to"))
    return out


def split_suggestion(text: str) -> tuple[str, str]:
    """Divide the text at the sentence boundary nearest its middle (else at a space)."""
    text = text.strip()
    middle = len(text) / 2
    cuts = [m.end() for m in re.finditer(r"[.!?;:](?=\s+\S)", text)]
    if not cuts:
        cuts = [m.start() for m in re.finditer(r"\s", text)]
    if not cuts:
        return text, ""
    cut = min(cuts, key=lambda c: abs(c - middle))
    return text[:cut].strip(), text[cut:].strip()


def _targets_for(targets: list[dict], text: str) -> list[dict]:
    words = text.lower()
    return [t for t in targets if t.get("what") and t["what"].lower() in words]


def split_item(data: dict, item_id: str, first: str, second: str) -> dict:
    first, second = first.strip(), second.strip()
    if not first or not second:
        raise ReviewError(_("Both parts need text."))
    out = copy.deepcopy(data)
    index = _index(out, item_id)
    item = out["items"][index]
    twin = copy.deepcopy(item)
    twin["id"] = new_item_id(out)
    twin["number"] = None
    targets = item.get("targets") or []
    moved = [t for t in _targets_for(targets, second) if t not in _targets_for(targets, first)]
    item["text"], twin["text"] = first, second
    item["targets"] = [t for t in targets if t not in moved]
    twin["targets"] = moved
    out["items"].insert(index + 1, twin)
    return out


def _merge_list(a: list | None, b: list | None) -> list:
    return list(dict.fromkeys((a or []) + (b or [])))


def merge_with_next(data: dict, item_id: str) -> dict:
    out = copy.deepcopy(data)
    index = _index(out, item_id)
    if index + 1 >= len(out["items"]):
        raise ReviewError(_("There is no next item to merge with."))
    item, nxt = out["items"][index], out["items"].pop(index + 1)
    item["text"] = f"{item.get('text', '').rstrip()} {nxt.get('text', '').strip()}".strip()
    for key in ("trekker", "betrokkenen"):
        item[key] = _merge_list(item.get(key), nxt.get(key))
    item["targets"] = (item.get("targets") or []) + (nxt.get("targets") or [])
    if nxt.get("uitvoering") and nxt["uitvoering"] != item.get("uitvoering"):
        item["uitvoering"] = "; ".join(u for u in (item.get("uitvoering"), nxt["uitvoering"]) if u)
    if item.get("refers_to") == nxt["id"]:
        item["refers_to"] = nxt.get("refers_to")
    _repoint(out["items"], nxt["id"], item["id"])
    return out


def add_item(
    data: dict,
    text: str,
    *,
    kind: str = "afspraak",
    theme: str | None = None,
    after: str | None = None,
) -> dict:
    if not text.strip():
        raise ReviewError(_("A new item needs text."))
    if kind not in KINDS:
        raise ReviewError(_("Unknown kind %(kind)s.") % {"kind": kind})
    if theme and theme not in {t.get("id") for t in data.get("themes") or []}:
        raise ReviewError(_("Unknown theme %(id)s.") % {"id": theme})
    out = copy.deepcopy(data)
    item = {
        "id": new_item_id(out),
        "kind": kind,
        "theme": theme or None,
        "number": None,
        "text": text.strip(),
        "trekker": [],
        "betrokkenen": [],
        "uitvoering": None,
        "period": None,
        "refers_to": None,
        "targets": [],
        "source": None,
        "reviewed": True,
    }
    index = _index(out, after) + 1 if after else len(out["items"])
    out["items"].insert(index, item)
    return out
