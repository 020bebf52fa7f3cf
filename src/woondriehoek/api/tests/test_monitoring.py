"""Writing progress and realisations: a token never writes beyond its organisation."""

from __future__ import annotations

import json

import pytest

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.monitoring.models import Realisatie, Voortgang
from woondriehoek.organisaties.constants import Rol

from .conftest import Api, org_api, personal_api

pytestmark = pytest.mark.django_db

UPDATE = {"jaar": 2026, "deel": "H1", "status": "op_schema", "toelichting": "Loopt volgens plan."}


def _post(api: Api, path: str, body: dict):
    return api.post(path, json.dumps(body), content_type="application/json")


def test_the_trekkers_organisation_token_adds_progress(client, twee_gemeenten):
    d = twee_gemeenten["concept_a"]
    api = org_api(client, d.corporatie)
    item = d.items["corporatie"]
    response = _post(api, f"/items/{item.pk}/voortgang", UPDATE)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["item"] == item.pk and body["organisatie"] == d.corporatie.pk
    assert body["percentage"] == 50 and body["deel"] == "H1"
    row = Voortgang.objects.get()
    assert row.organisatie == d.corporatie
    assert row.auteur.lidmaatschappen.get().rol == Rol.BEHEERDER  # who made the token
    # A second update is kept beside the first.
    assert _post(api, f"/items/{item.pk}/voortgang", UPDATE).status_code == 201
    assert Voortgang.objects.count() == 2
    listed = api.get("/voortgang", item=item.pk).json()
    assert listed["count"] == 2


def test_a_personal_token_records_its_user_as_author(client, twee_gemeenten):
    d = twee_gemeenten["a"]
    api = personal_api(client, d.huurders, Rol.BEWERKER)
    response = _post(api, f"/items/{d.items['huurders'].pk}/voortgang", UPDATE)
    assert response.status_code == 201
    assert Voortgang.objects.get().auteur.lidmaatschappen.get().organisatie == d.huurders


@pytest.mark.parametrize("item_of", ["gemeente", "huurders"])
def test_no_progress_on_items_another_organisation_leads(client, twee_gemeenten, item_of):
    d = twee_gemeenten["concept_a"]
    api = org_api(client, d.corporatie)
    response = _post(api, f"/items/{d.items[item_of].pk}/voortgang", UPDATE)
    assert response.status_code == 403
    assert response.json()["detail"]
    assert not Voortgang.objects.exists()


def test_no_progress_on_behalf_of_another_trekker(client, twee_gemeenten):
    d = twee_gemeenten["a"]
    api = org_api(client, d.corporatie)
    body = {**UPDATE, "organisatie": d.gemeente.pk}
    assert _post(api, f"/items/{d.items['corporatie'].pk}/voortgang", body).status_code == 403


def test_writing_in_another_municipality_is_404_and_a_lezer_gets_403(client, twee_gemeenten):
    own, other = twee_gemeenten["concept_a"], twee_gemeenten["concept_b"]
    api = org_api(client, own.corporatie)
    assert _post(api, f"/items/{other.items['corporatie'].pk}/voortgang", UPDATE).status_code == 404
    lezer = personal_api(client, own.corporatie, Rol.LEZER)
    assert _post(lezer, f"/items/{own.items['corporatie'].pk}/voortgang", UPDATE).status_code == 403
    assert not Voortgang.objects.exists()


def test_writing_needs_a_token_and_valid_data(client, anon, twee_gemeenten):
    d = twee_gemeenten["a"]
    path = f"/items/{d.items['corporatie'].pk}/voortgang"
    assert _post(anon, path, UPDATE).status_code == 401
    api = org_api(client, d.corporatie)
    bad = _post(api, path, {**UPDATE, "status": "gerealiseerd", "percentage": 40})
    assert bad.status_code == 400 and "100%" in bad.json()["detail"]
    assert _post(api, path, {**UPDATE, "percentage": 140}).status_code == 422
    assert _post(api, path, {"jaar": 2026}).status_code == 422
    assert api.post(path, "{niet json", content_type="application/json").status_code in (400, 422)


def test_realisations_by_the_trekker_and_not_by_others(client, twee_gemeenten):
    d = twee_gemeenten["concept_a"]
    doel = d.items["corporatie"].doelen.get()
    path = f"/doelen/{doel.pk}/realisaties"
    body = {"jaar": 2026, "waarde": 12.5, "organisatie": d.corporatie.pk, "bron": "Jaarverslag"}
    huurders = org_api(client, d.huurders)
    assert _post(huurders, path, body).status_code == 403
    corporatie = org_api(client, d.corporatie)
    foreign = {**body, "organisatie": d.gemeente.pk}
    assert _post(corporatie, path, foreign).status_code == 403
    response = _post(corporatie, path, body)
    assert response.status_code == 201, response.content
    assert response.json()["waarde"] == 12.5
    row = Realisatie.objects.get()
    assert row.organisatie == d.corporatie and str(row.waarde) == "12.50"
    other = twee_gemeenten["concept_b"].items["corporatie"].doelen.get()
    assert _post(corporatie, f"/doelen/{other.pk}/realisaties", body).status_code == 404
    assert org_api(client, d.gemeente).get("/realisaties", doel=doel.pk).json()["count"] == 1
    assert Api(client).get("/realisaties").json()["count"] == 0  # concept: not public


def test_anonymous_reads_progress_of_published_documents_only(client, anon, twee_gemeenten):
    published, concept = twee_gemeenten["a"], twee_gemeenten["concept_a"]
    for d in (published, concept):
        api = org_api(client, d.corporatie)
        assert _post(api, f"/items/{d.items['corporatie'].pk}/voortgang", UPDATE).status_code == 201
    rows = anon.get("/voortgang").json()["items"]
    assert [r["item"] for r in rows] == [published.items["corporatie"].pk]
    assert concept.document.status == DocumentStatus.CONCEPT
