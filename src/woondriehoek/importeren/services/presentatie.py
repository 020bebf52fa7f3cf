"""Shape a job's Afspraken-JSON for the review screen (no changes to the data)."""

from __future__ import annotations

from woondriehoek.afspraken.constants import ItemSoort

from .extractie import anchor_for
from .review import split_suggestion


def _who(ids: list, names: dict[str, str]) -> list[str]:
    return [names.get(x, x) for x in ids or []]


def review_groups(data: dict, bron: list[dict]) -> list[dict]:
    """Items grouped by theme in document order, each with what the template needs."""
    kind_labels = dict(ItemSoort.choices)
    names = {p["id"]: p.get("name", p["id"]) for p in data.get("parties") or []}
    party_ids = set(names)
    themes = data.get("themes") or []
    groups = {t["id"]: {"theme": t, "items": []} for t in themes}
    loose = {"theme": None, "items": []}
    items = data.get("items") or []
    for index, item in enumerate(items):
        first, second = split_suggestion(item.get("text") or "")
        row = {
            "item": item,
            "kind_label": kind_labels.get(item.get("kind"), item.get("kind")),
            "anchor": anchor_for(item, bron),
            "trekker_names": _who(item.get("trekker"), names),
            "betrokkenen_names": _who(item.get("betrokkenen"), names),
            "trekker_ids": [x for x in item.get("trekker") or [] if x in party_ids],
            "trekker_text": ", ".join(x for x in item.get("trekker") or [] if x not in party_ids),
            "split": (first, second),
            "has_next": index + 1 < len(items),
        }
        groups.get(item.get("theme"), loose)["items"].append(row)
    ordered = [groups[t["id"]] for t in themes if groups[t["id"]]["items"]]
    return ordered + ([loose] if loose["items"] else [])
