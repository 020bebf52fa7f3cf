"""Afspraken-JSON: import into the register, export back, and re-import in place."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from woondriehoek.afspraken.models import Document, Item
from woondriehoek.afspraken.services.afspraken_json_export import export_document
from woondriehoek.afspraken.services.afspraken_json_import import import_document
from woondriehoek.organisaties.models import Organisatie

pytestmark = pytest.mark.django_db
DEMO = Path(__file__).resolve().parents[2] / "demo" / "data"


def _load(name: str) -> dict:
    data = json.loads((DEMO / name).read_text(encoding="utf-8"))
    data["source"] = {"file": name, "sha256": f"test:{name}"}
    return data


def _strip(data: dict) -> dict:
    """Export adds stable ids of its own; compare what the format means."""
    out = copy.deepcopy(data)
    for item in out["items"]:
        item.pop("source", None)
    return out


def test_export_import_export_is_lossless():
    first = export_document(import_document(_load("druten-2025-2028.json")).document)
    first["source"]["sha256"] = "another-source"
    again = import_document(first).document
    second = export_document(again)
    assert second["items"] == first["items"]
    assert second["themes"] == first["themes"]
    assert second["parties"] == first["parties"]
    assert second["signatories"] == first["signatories"]
    assert second["document"] == first["document"]


def test_import_keeps_what_the_file_says():
    data = _load("druten-2025-2028.json")
    result = import_document(data)
    doc = result.document
    assert result.created
    assert doc.items.count() == len(data["items"])
    assert doc.themas.count() == len(data["themes"])
    assert doc.gemeenten.get().naam == "Gemeente Druten"
    exported = export_document(doc)
    by_id = {i["id"]: i for i in exported["items"]}
    for original in data["items"]:
        got = by_id[original["id"]]
        assert got["text"] == original["text"]
        assert got["trekker"] == original["trekker"]
        assert got["refers_to"] == original["refers_to"]
        assert [t["value"] for t in got["targets"]] == [t["value"] for t in original["targets"]]


def test_reimporting_the_same_source_updates_in_place():
    data = _load("druten-2021.json")
    first = import_document(data).document
    item_pk = first.items.order_by("volgorde").first().pk
    data["items"][0]["text"] = "Aangepaste tekst na herimport"
    second = import_document(data)
    assert not second.created and second.document.pk == first.pk
    assert Document.objects.count() == 1
    assert Item.objects.get(pk=item_pk).tekst == "Aangepaste tekst na herimport"


def _history_rows() -> dict[str, int]:
    from woondriehoek.afspraken import models

    kinds = (models.Document, models.Item, models.Thema, models.Doel, models.Betrokkenheid)
    kinds += (models.Partij, models.Ondertekenaar)
    return {m.__name__: m.history.count() for m in kinds if hasattr(m, "history")}


def test_reimporting_an_unchanged_file_leaves_the_audit_trail_alone():
    data = _load("druten-2025-2028.json")
    import_document(copy.deepcopy(data))
    before = _history_rows()
    assert before["Item"] and before["Betrokkenheid"]  # the trail is there to be left alone
    import_document(copy.deepcopy(data))
    assert _history_rows() == before
    nieuwe_trekker = [data["parties"][0]["id"]]
    assert data["items"][3]["trekker"] != nieuwe_trekker
    data["items"][3]["trekker"] = nieuwe_trekker
    data["items"][5]["text"] += " (gewijzigd)"
    import_document(data)
    after = _history_rows()
    assert after["Item"] == before["Item"] + 1  # only the item whose text changed
    assert after["Betrokkenheid"] > before["Betrokkenheid"]  # and the changed trekker
    assert after["Document"] == before["Document"] and after["Doel"] == before["Doel"]


def test_one_agreement_spans_two_municipalities_and_organisations_are_shared():
    import_document(_load("druten-2025-2028.json"))
    import_document(_load("druten-2021.json"))
    doc = import_document(_load("duiven-westervoort-2026.json")).document
    assert sorted(g.korte_naam for g in doc.gemeenten.all()) == ["Duiven", "Westervoort"]
    assert Organisatie.objects.filter(naam="Woonstichting De Kernen").count() == 1


def test_bad_json_is_refused_with_a_reason():
    with pytest.raises(ValidationError, match="Afspraken-JSON"):
        import_document({"format": "iets anders"})
    data = _load("druten-2021.json")
    data["parties"][0]["type"] = "waterschap"
    with pytest.raises(ValidationError, match="waterschap"):
        import_document(data)
    assert Document.objects.count() == 0
