"""Reading the register: pagination, filters, ISO dates, error bodies, no N+1 queries."""

from __future__ import annotations

import pytest

from woondriehoek.afspraken.constants import DocumentSoort, ItemSoort
from woondriehoek.afspraken.tests.factories import (
    BetrokkenheidFactory,
    DocumentFactory,
    Driehoek,
    ItemFactory,
)
from woondriehoek.organisaties.tests.factories import GemeenteFactory

pytestmark = pytest.mark.django_db


def _ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["items"]]


def test_lists_page_by_limit_and_offset_in_id_order(anon):
    d = Driehoek()
    for _ in range(7):
        ItemFactory(document=d.document)
    everything = _ids(anon.get("/items", limit=500))
    assert everything == sorted(everything) and len(everything) == 10
    first = anon.get("/items", limit=4)
    assert first.json()["count"] == 10
    pages = _ids(first) + _ids(anon.get("/items", limit=4, offset=4))
    pages += _ids(anon.get("/items", limit=4, offset=8))
    assert pages == everything
    assert _ids(anon.get("/items", offset=100)) == []


def test_documents_filter_on_gemeente_soort_status_and_jaar(anon):
    a, b = GemeenteFactory(), GemeenteFactory()
    oud = DocumentFactory(gemeenten=[a], periode_start=2021, periode_eind=2024)
    nieuw = DocumentFactory(gemeenten=[a], periode_start=2025, periode_eind=2028)
    schijf = DocumentFactory(
        gemeenten=[a, b], soort=DocumentSoort.JAARSCHIJF, periode_start=2026, periode_eind=None
    )
    elders = DocumentFactory(
        gemeenten=[b], status="afgelopen", periode_start=2019, periode_eind=2020
    )
    assert set(_ids(anon.get("/documenten", gemeente=a.pk))) == {oud.pk, nieuw.pk, schijf.pk}
    assert _ids(anon.get("/documenten", soort="jaarschijf")) == [schijf.pk]
    assert _ids(anon.get("/documenten", status="afgelopen")) == [elders.pk]
    assert set(_ids(anon.get("/documenten", jaar=2026))) == {nieuw.pk, schijf.pk}
    assert _ids(anon.get("/documenten", jaar=2022)) == [oud.pk]
    assert _ids(anon.get("/documenten", jaar=2027, soort="jaarschijf")) == []
    row = anon.get(f"/documenten/{schijf.pk}").json()
    assert row["gemeenten"] == sorted([a.pk, b.pk])
    assert row["ondertekend_op"] == "2024-12-12"
    assert row["aangemaakt"][:4].isdigit() and "T" in row["aangemaakt"]


def test_items_filter_on_document_gemeente_soort_thema_trekker_jaar_and_text(anon):
    d, e = Driehoek(), Driehoek()
    ambitie = ItemFactory(
        document=d.document,
        soort=ItemSoort.AMBITIE,
        tekst="Wij bouwen Levensloopbestendige woningen in Überdorp",
        periode_start=2026,
        periode_eind=2026,
    )
    BetrokkenheidFactory(item=ambitie, organisatie=d.huurders)
    all_d = {i.pk for i in d.items.values()} | {ambitie.pk}
    assert set(_ids(anon.get("/items", document=d.document.pk))) == all_d
    assert set(_ids(anon.get("/items", gemeente=e.gemeente.pk))) == {i.pk for i in e.items.values()}
    assert _ids(anon.get("/items", soort="ambitie")) == [ambitie.pk]
    assert set(_ids(anon.get("/items", thema=d.thema.pk))) == {i.pk for i in d.items.values()}
    assert set(_ids(anon.get("/items", trekker=d.huurders.pk))) == {
        d.items["huurders"].pk,
        ambitie.pk,
    }
    assert _ids(anon.get("/items", q="levensloopBESTENDIG uberdorp")) == [ambitie.pk]
    # Items without their own period take the document's (2025–2028).
    assert ambitie.pk not in _ids(anon.get("/items", jaar=2027, limit=500))
    assert ambitie.pk in _ids(anon.get("/items", jaar=2026, limit=500))
    assert d.items["gemeente"].pk in _ids(anon.get("/items", jaar=2027, limit=500))
    assert _ids(anon.get("/items", jaar=2030)) == []
    item = anon.get(f"/items/{d.items['corporatie'].pk}").json()
    assert item["trekkers"] == [{"organisatie": d.corporatie.pk, "naam": d.corporatie.naam}]
    assert item["doelen"][0]["waarde"] == 50 and item["doelen"][0]["vergelijking"] == ">="


def test_gemeenten_with_cbs_code_and_organisations_by_type(anon):
    d = Driehoek()
    d.gemeente.cbs_code = "GM0225"
    d.gemeente.save()
    rows = anon.get("/gemeenten").json()["items"]
    assert rows == [
        {
            "id": d.gemeente.pk,
            "naam": d.gemeente.naam,
            "korte_naam": d.gemeente.korte_naam,
            "slug": d.gemeente.slug,
            "cbs_code": "GM0225",
        }
    ]
    assert _ids(anon.get("/organisaties", type="corporatie")) == [d.corporatie.pk]
    assert anon.get(f"/gemeenten/{d.corporatie.pk}").status_code == 404


def test_afspraken_json_of_a_document(anon):
    d = Driehoek()
    data = anon.get(f"/documenten/{d.document.pk}/afspraken-json").json()
    assert data["format"] == "afspraken-json/v1"
    assert len(data["items"]) == 3 and data["document"]["title"] == d.document.titel


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/items", {"limit": 0}, 422),
        ("/items", {"limit": 501}, 422),
        ("/items", {"offset": -1}, 422),
        ("/items", {"soort": "onzin"}, 422),
        ("/documenten", {"jaar": "vorig jaar"}, 422),
        ("/documenten", {"gemeente": 10**30}, 422),
        ("/items/0", {}, 422),
        ("/items/abc", {}, 422),
        ("/items/99999999999999999999999", {}, 422),
        ("/items/123456", {}, 404),
        ("/documenten/123456/afspraken-json", {}, 404),
        ("/items", {"q": "a\x00b"}, 422),
    ],
)
def test_errors_have_a_detail_and_the_right_status(anon, path, params, status):
    response = anon.get(path, **params)
    assert response.status_code == status
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"]
    if status == 422:
        assert body["errors"] and body["errors"][0]["loc"]


def test_an_unknown_path_answers_404_json(anon):
    assert anon.get("/bestaat-niet").status_code == 404


@pytest.mark.parametrize("path", ["/items", "/documenten", "/themas", "/doelen", "/organisaties"])
def test_lists_use_a_constant_number_of_queries(anon, django_assert_max_num_queries, path):
    for _ in range(4):
        d = Driehoek()
        for _ in range(5):
            item = ItemFactory(document=d.document, thema=d.thema)
            BetrokkenheidFactory(item=item, organisatie=d.corporatie)
    with django_assert_max_num_queries(6):
        response = anon.get(path, limit=500)
    assert response.status_code == 200 and response.json()["count"] >= 4


def test_a_token_adds_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    from .conftest import org_api

    d = Driehoek()
    api = org_api(client, d.corporatie)
    for _ in range(10):
        ItemFactory(document=d.document)
    with django_assert_max_num_queries(9):
        assert api.get("/items", limit=500).status_code == 200


def test_only_the_api_lives_under_api_so_it_may_be_resolved_first():
    """config/urls.py puts the API first for speed; that is only safe while no other app
    has a path under "api/"."""
    from django.urls import URLPattern, URLResolver, get_resolver

    def walk(patterns, prefix="", namespace=None):
        for p in patterns:
            route = prefix + str(p.pattern)
            if isinstance(p, URLResolver):
                yield from walk(p.url_patterns, route, p.namespace or namespace)
            elif isinstance(p, URLPattern):
                yield route, namespace

    routes = list(walk(get_resolver().url_patterns))
    assert any(ns == "api" for _, ns in routes)
    assert [r for r, ns in routes if r.startswith("api/") and ns != "api"] == []
