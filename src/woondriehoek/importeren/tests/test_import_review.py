"""Review operations are pure functions that keep ids unique and refers_to consistent."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from woondriehoek.importeren.services import review


def _data() -> dict:
    return {
        "format": "afspraken-json/v1",
        "document": {"kind": "prestatieafspraken", "title": "Test"},
        "parties": [
            {"id": "p1", "name": "Gemeente Zandhoven", "type": "gemeente", "aliases": []},
            {"id": "p2", "name": "Het Anker", "type": "corporatie", "aliases": []},
        ],
        "themes": [{"id": "t1", "number": "1", "title": "Wonen", "parent": None}],
        "items": [
            {
                "id": "i1",
                "kind": "afspraak",
                "theme": "t1",
                "number": "1",
                "text": "Het Anker bouwt 40 sociale huurwoningen. De gemeente levert grond.",
                "trekker": ["p2"],
                "betrokkenen": [],
                "refers_to": None,
                "targets": [{"value": 40, "unit": "woningen", "what": "sociale huurwoningen"}],
                "source": {"line": 3},
            },
            {
                "id": "i2",
                "kind": "afspraak",
                "theme": "t1",
                "number": "Bij 1.",
                "text": "Uitwerking van punt 1.",
                "trekker": ["p1"],
                "betrokkenen": ["p2"],
                "refers_to": "i1",
                "targets": [],
                "source": {"line": 5},
            },
            {
                "id": "i3",
                "kind": "ambitie",
                "theme": None,
                "number": None,
                "text": "Iedereen woont goed.",
                "trekker": [],
                "betrokkenen": [],
                "refers_to": "i2",
                "targets": [],
                "source": {"line": 7},
            },
        ],
    }


def _consistent(data: dict) -> None:
    ids = [item["id"] for item in data["items"]]
    assert len(ids) == len(set(ids)), ids
    for item in data["items"]:
        assert item.get("refers_to") in (None, *ids)
        assert item.get("refers_to") != item["id"]


def test_operations_do_not_mutate_input():
    data = _data()
    before = copy.deepcopy(data)
    review.delete_item(data, "i1")
    review.merge_with_next(data, "i1")
    review.split_item(data, "i1", "a", "b")
    assert data == before


def test_edit_text_retype_accept():
    data = review.edit_text(_data(), "i3", "  Iedereen woont betaalbaar.  ")
    data = review.retype(data, "i3", "afspraak")
    data = review.accept(data, "i3")
    item = data["items"][2]
    assert (item["text"], item["kind"], item["reviewed"]) == (
        "Iedereen woont betaalbaar.",
        "afspraak",
        True,
    )
    with pytest.raises(review.ReviewError):
        review.retype(data, "i3", "wens")


def test_set_trekker_parties_and_free_text():
    data = review.set_trekker(_data(), "i1", ["p1", "p2"], "Provincie Gelderland, Zorgpartij")
    assert data["items"][0]["trekker"] == ["p1", "p2", "Provincie Gelderland", "Zorgpartij"]
    with pytest.raises(review.ReviewError):
        review.set_trekker(_data(), "i1", ["p9"])


def test_set_party_type():
    data = review.set_party_type(_data(), "p2", "huurdersorganisatie")
    assert data["parties"][1]["type"] == "huurdersorganisatie"
    with pytest.raises(review.ReviewError):
        review.set_party_type(_data(), "p2", "bank")


def test_delete_repoints_refers_to_to_the_deleted_items_parent():
    data = review.delete_item(_data(), "i2")
    assert [i["id"] for i in data["items"]] == ["i1", "i3"]
    assert data["items"][1]["refers_to"] == "i1"
    _consistent(data)


def test_split_suggestion_cuts_at_sentence_near_middle():
    first, second = review.split_suggestion(
        "Het Anker bouwt 40 woningen. De gemeente levert grond."
    )
    assert first == "Het Anker bouwt 40 woningen."
    assert second == "De gemeente levert grond."
    assert review.split_suggestion("een twee drie vier") == ("een twee", "drie vier")


def test_split_creates_unique_id_after_original_and_moves_targets():
    data = _data()
    data["items"][0]["text"] = "De gemeente levert grond. Het Anker bouwt 40 sociale huurwoningen."
    out = review.split_item(
        data, "i1", "De gemeente levert grond.", "Het Anker bouwt 40 sociale huurwoningen."
    )
    assert [i["id"] for i in out["items"]] == ["i1", "i4", "i2", "i3"]
    first, second = out["items"][0], out["items"][1]
    assert first["targets"] == [] and second["targets"][0]["value"] == 40
    assert second["trekker"] == ["p2"] and second["theme"] == "t1" and second["number"] is None
    assert out["items"][2]["refers_to"] == "i1"
    _consistent(out)
    with pytest.raises(review.ReviewError):
        review.split_item(data, "i1", "alles", " ")


def test_merge_with_next_joins_and_repoints():
    out = review.merge_with_next(_data(), "i2")
    assert [i["id"] for i in out["items"]] == ["i1", "i2"]
    merged = out["items"][1]
    assert merged["text"] == "Uitwerking van punt 1. Iedereen woont goed."
    _consistent(out)
    out = review.merge_with_next(_data(), "i1")
    assert out["items"][0]["trekker"] == ["p2", "p1"]
    assert out["items"][0]["betrokkenen"] == ["p2"]
    assert out["items"][1]["refers_to"] == "i1"  # i3 referred to the merged-away i2
    _consistent(out)
    with pytest.raises(review.ReviewError):
        review.merge_with_next(_data(), "i3")


def test_add_item_after_and_at_end():
    out = review.add_item(_data(), "Nieuwe afspraak.", theme="t1", after="i1")
    assert out["items"][1]["id"] == "i4" and out["items"][1]["text"] == "Nieuwe afspraak."
    out = review.add_item(out, "Nog een.", kind="ambitie")
    assert out["items"][-1]["id"] == "i5" and out["items"][-1]["kind"] == "ambitie"
    _consistent(out)
    for bad in ({"text": " "}, {"text": "x", "theme": "t9"}, {"text": "x", "kind": "wens"}):
        with pytest.raises(review.ReviewError):
            review.add_item(_data(), **bad)


def test_new_id_skips_non_numeric_and_taken_ids():
    data = {"items": [{"id": "i2"}, {"id": "x7"}, {"id": "i10"}]}
    assert review.new_item_id(data) == "i11"


OPS = st.lists(
    st.tuples(st.sampled_from(["delete", "split", "merge", "add"]), st.integers(0, 10)),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(OPS)
def test_any_sequence_of_operations_stays_consistent(ops):
    data = _data()
    for op, n in ops:
        items = data["items"]
        if not items and op != "add":
            continue
        item_id = items[n % len(items)]["id"] if items else None
        try:
            if op == "delete":
                data = review.delete_item(data, item_id)
            elif op == "split":
                data = review.split_item(data, item_id, "Eerste deel.", "Tweede deel.")
            elif op == "merge":
                data = review.merge_with_next(data, item_id)
            else:
                data = review.add_item(data, "Toegevoegd.", after=item_id)
        except review.ReviewError:
            pass
        _consistent(data)
