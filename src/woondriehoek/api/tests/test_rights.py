"""A token never reads beyond what its user or organisation may; anonymous reads only
what is published."""

from __future__ import annotations

import pytest

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory

from .conftest import Api, org_api, personal_api

pytestmark = pytest.mark.django_db

LISTS = ["/documenten", "/items", "/themas", "/doelen"]


def _ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["items"]}


def _document_ids(api: Api) -> set[int]:
    return _ids(api.get("/documenten", limit=500))


def test_anonymous_reads_only_published_documents(anon, twee_gemeenten):
    t = twee_gemeenten
    assert _document_ids(anon) == {t["a"].document.pk, t["b"].document.pk}
    concept = t["concept_a"]
    assert anon.get(f"/documenten/{concept.document.pk}").status_code == 404
    assert anon.get(f"/documenten/{concept.document.pk}/afspraken-json").status_code == 404
    assert anon.get(f"/items/{concept.items['gemeente'].pk}").status_code == 404
    concept_items = {i.pk for i in concept.items.values()}
    assert not concept_items & _ids(anon.get("/items", limit=500))
    assert concept.thema.pk not in _ids(anon.get("/themas", limit=500))


@pytest.mark.parametrize("token", ["organisation", "personal-lezer", "personal-beheerder"])
@pytest.mark.parametrize("party", ["gemeente", "corporatie", "huurders"])
def test_a_token_reads_the_concepts_of_its_own_municipality_only(
    client, twee_gemeenten, token, party
):
    t = twee_gemeenten
    org = getattr(t["concept_a"], party if party != "huurders" else "huurders")
    if token == "organisation":
        api = org_api(client, org)
    else:
        api = personal_api(client, org, Rol.LEZER if token.endswith("lezer") else Rol.BEHEERDER)
    own, other = t["concept_a"], t["concept_b"]
    # The concept of its own municipality is readable ...
    assert api.get(f"/documenten/{own.document.pk}").status_code == 200
    # ... the concept of another municipality is invisible: 404 on detail, absent in lists.
    assert api.get(f"/documenten/{other.document.pk}").status_code == 404
    assert api.get(f"/documenten/{other.document.pk}/afspraken-json").status_code == 404
    for item in other.items.values():
        assert api.get(f"/items/{item.pk}").status_code == 404
    assert other.document.pk not in _document_ids(api)
    assert own.document.pk in _document_ids(api)
    listed_items = _ids(api.get("/items", limit=500))
    assert not {i.pk for i in other.items.values()} & listed_items
    assert {i.pk for i in own.items.values()} <= listed_items
    assert other.thema.pk not in _ids(api.get("/themas", limit=500))
    other_doelen = {d.pk for i in other.items.values() for d in i.doelen.all()}
    assert other_doelen and not other_doelen & _ids(api.get("/doelen", limit=500))


def test_filters_cannot_widen_what_a_token_reads(client, twee_gemeenten):
    t = twee_gemeenten
    api = org_api(client, t["concept_a"].corporatie)
    other = t["concept_b"]
    b = t["b"].gemeente.pk
    assert _ids(api.get("/documenten", gemeente=b, status="concept")) == set()
    assert _ids(api.get("/items", document=other.document.pk)) == set()
    assert _ids(api.get("/items", trekker=other.corporatie.pk)) == set()
    assert _ids(api.get("/doelen", document=other.document.pk)) == set()


def test_an_outsider_organisation_token_reads_like_anonymous(client, anon, twee_gemeenten):
    api = org_api(client, OrganisatieFactory())
    assert _document_ids(api) == _document_ids(anon)


def test_a_revoked_or_unknown_token_is_refused_with_401(client, twee_gemeenten):
    from woondriehoek.api.models import ApiToken
    from woondriehoek.api.services.tokens import revoke

    api = org_api(client, twee_gemeenten["a"].corporatie)
    assert api.get("/documenten").status_code == 200
    revoke(ApiToken.objects.get())
    response = api.get("/documenten")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert "token" in response.json()["detail"]
    assert Api(client, "wdh_" + "x" * 43).get("/documenten").status_code == 401
    assert client.get("/api/v1/items", HTTP_AUTHORIZATION="Basic abc").status_code == 401


def test_a_personal_token_of_a_deactivated_user_is_refused(client, twee_gemeenten):
    api = personal_api(client, twee_gemeenten["concept_a"].gemeente)
    from woondriehoek.api.models import ApiToken

    user = ApiToken.objects.get().user
    user.is_active = False
    user.save()
    assert api.get("/documenten").status_code == 401


def test_a_token_records_when_it_was_last_used(client, twee_gemeenten):
    from woondriehoek.api.models import ApiToken

    api = org_api(client, twee_gemeenten["a"].corporatie)
    assert ApiToken.objects.get().laatst_gebruikt is None
    api.get("/gemeenten")
    token = ApiToken.objects.get()
    assert token.laatst_gebruikt is not None
    assert token.history.count() == 1  # using a token adds no history rows
