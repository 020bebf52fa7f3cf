"""Linking an extracted item to its line in the source text."""

from __future__ import annotations

from woondriehoek.importeren.services.extractie import anchor_for, source_lines
from woondriehoek.importeren.services.presentatie import review_groups
from woondriehoek.importeren.tests import import_fixtures as fx

BRON = [
    {"ref": "p2", "anchor": "p2-1", "text": "Prestatieafspraken Zandhoven"},
    {"ref": "p2", "anchor": "p2-4", "text": "1. Woonstichting Het Anker bouwt in de periode"},
    {"ref": "p2", "anchor": "p2-5", "text": "2026 t/m 2027 minimaal 40 sociale huurwoningen."},
    {"ref": "p3", "anchor": "p3-2", "text": "4. De gemeente en WHA investeren samen"},
]


def test_anchor_for_line_source():
    assert anchor_for({"source": {"line": 118}}, []) == "l118"
    assert anchor_for({"source": None}, BRON) is None


def test_anchor_for_page_source_finds_the_starting_line():
    item = {
        "text": "Woonstichting Het Anker bouwt in de periode 2026 t/m 2027",
        "source": {"page": 2},
    }
    assert anchor_for(item, BRON) == "p2-4"
    item = {"text": "De gemeente en WHA investeren samen € 20.000,-", "source": {"page": 3}}
    assert anchor_for(item, BRON) == "p3-2"
    # text not found on the page: fall back to the page's first line
    assert anchor_for({"text": "Iets anders", "source": {"page": 2}}, BRON) == "p2-1"


def test_source_lines_of_markdown_keep_line_numbers():
    rows = source_lines(fx.AGREEMENT_MD.encode(), "zandhoven.md")
    numbered = {row["anchor"]: row["text"] for row in rows}
    lines = fx.AGREEMENT_MD.splitlines()
    assert numbered["l1"].lstrip("# ").startswith("Prestatieafspraken")
    assert all(row["text"].strip() for row in rows)
    assert numbered["l10"] == lines[9].replace("**", "")


def test_review_groups_by_theme_with_loose_items_last():
    data = {
        "parties": [{"id": "p1", "name": "Gemeente Zandhoven"}],
        "themes": [{"id": "t1", "title": "A"}, {"id": "t2", "title": "Leeg"}],
        "items": [
            {"id": "i1", "theme": None, "text": "Los.", "trekker": ["p1", "Provincie"]},
            {"id": "i2", "theme": "t1", "text": "Een. Twee.", "trekker": []},
        ],
    }
    groups = review_groups(data, [])
    assert [g["theme"]["id"] if g["theme"] else None for g in groups] == ["t1", None]
    loose = groups[1]["items"][0]
    assert loose["trekker_names"] == ["Gemeente Zandhoven", "Provincie"]
    assert (loose["trekker_ids"], loose["trekker_text"]) == (["p1"], "Provincie")
    assert groups[0]["items"][0]["split"] == ("Een.", "Twee.")
    assert groups[0]["items"][0]["has_next"] is False
