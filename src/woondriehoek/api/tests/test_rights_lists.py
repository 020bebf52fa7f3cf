"""Rights over every list, page and count: a token sees exactly the rows of the documents
its organisation may read, whatever the filters, limit, offset or keyset (`after`); the
monitors of another municipality are invisible; writes there are refused."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from woondriehoek.afspraken.models import Doel, Item, Thema
from woondriehoek.monitoring.models import Realisatie, Voortgang
from woondriehoek.monitoring.tests.factories import RealisatieFactory, VoortgangFactory
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory

from .conftest import Api, org_api, personal_api

pytestmark = pytest.mark.django_db

MODELS = {
    "/documenten": None,
    "/themas": Thema,
    "/items": Item,
    "/doelen": Doel,
    "/voortgang": Voortgang,
    "/realisaties": Realisatie,
}
TOKENS = ["anonymous", "gemeente", "corporatie", "huurders", "personal-lezer", "outsider"]


@pytest.fixture
def register(twee_gemeenten):
    for driehoek in twee_gemeenten.values():
        for item in driehoek.items.values():
            VoortgangFactory(item=item, organisatie=driehoek.corporatie)
            for doel in item.doelen.all():
                RealisatieFactory(doel=doel)
    return twee_gemeenten


def _api(client, t, token: str) -> Api:
    own = t["concept_a"]
    if token == "anonymous":
        return Api(client)
    if token == "outsider":
        return org_api(client, OrganisatieFactory())
    if token == "personal-lezer":
        return personal_api(client, own.corporatie, Rol.LEZER)
    return org_api(client, getattr(own, token))


def _document_ids(t, token: str) -> set[int]:
    published = {t["a"].document.pk, t["b"].document.pk}
    if token in ("anonymous", "outsider"):
        return published
    return published | {t["concept_a"].document.pk}


def _expected(path: str, documents: set[int]) -> set[int]:
    model = MODELS[path]
    if model is None:
        return documents
    field = {
        Thema: "document",
        Item: "document",
        Doel: "item__document",
        Voortgang: "item__document",
        Realisatie: "doel__item__document",
    }[model]
    return set(model.objects.filter(**{f"{field}__in": documents}).values_list("pk", flat=True))


def _walk(api: Api, path: str, **params) -> tuple[list[int], set[int]]:
    """All ids by keyset pages of one row, and the counts every page reported."""
    ids, counts, after = [], set(), 0
    while True:
        body = api.get(path, limit=1, after=after, **params).json()
        counts.add(body["count"])
        if not body["items"]:
            return ids, counts
        after = body["items"][0]["id"]
        ids.append(after)


@pytest.mark.parametrize("token", TOKENS)
@pytest.mark.parametrize("path", list(MODELS))
def test_every_list_page_and_count_shows_exactly_what_the_token_may_read(
    client, register, token, path
):
    api = _api(client, register, token)
    expected = _expected(path, _document_ids(register, token))
    assert expected
    body = api.get(path, limit=500).json()
    assert {r["id"] for r in body["items"]} == expected and body["count"] == len(expected)
    ids, counts = _walk(api, path)
    assert ids == sorted(expected) and counts == {len(expected)}
    offset_page = api.get(path, limit=1, offset=len(expected) - 1).json()
    assert offset_page["count"] == len(expected)
    assert [r["id"] for r in offset_page["items"]] == [max(expected)]


@pytest.mark.parametrize("token", TOKENS[1:])
def test_filters_on_another_municipality_find_nothing_hidden(client, register, token):
    api = _api(client, register, token)
    other = register["concept_b"]
    for path, param in [
        ("/voortgang", {"document": other.document.pk}),
        ("/realisaties", {"document": other.document.pk}),
        ("/items", {"gemeente": register["b"].gemeente.pk, "after": 0}),
        ("/doelen", {"document": other.document.pk}),
    ]:
        rows = api.get(path, limit=500, **param).json()["items"]
        hidden = {i.pk for i in other.items.values()}
        assert not {r.get("item", r["id"]) for r in rows} & hidden


@pytest.mark.parametrize("token", TOKENS)
def test_the_monitors_of_another_municipality_are_invisible(client, register, token):
    api = _api(client, register, token)
    b = register["b"].gemeente.pk
    expected = 401 if token == "anonymous" else 404
    for path in (f"/gemeenten/{b}/toewijzing", f"/gemeenten/{b}/planmonitor"):
        assert api.get(path).status_code == expected
    bestand = SimpleUploadedFile("p.csv", b"project;planstatus;oplevering_jaar\nX;1A;2026\n")
    assert api.post(f"/gemeenten/{b}/planmonitor", {"bestand": bestand}).status_code == expected


def test_a_staff_token_reads_everything(client, register):
    from woondriehoek.afspraken.models import Document

    api = personal_api(client, OrganisatieFactory(), Rol.LEZER)
    from woondriehoek.api.models import ApiToken

    user = ApiToken.objects.get().user
    user.is_staff = True
    user.save()
    body = api.get("/documenten", limit=500).json()
    assert body["count"] == Document.objects.count()


@pytest.mark.django_db(transaction=True)  # kept answers follow commits (test_cache.py)
@pytest.mark.parametrize("path", list(MODELS))
def test_a_cached_count_is_never_shared_between_readers_or_filters(
    client, register, path, settings
):
    """Counts and answers of lists are kept until the next write; one reader's (or one
    filter's) must never be given to another, whoever asks first."""
    settings.WOONDRIEHOEK_API_CACHE = True
    readers = [_api(client, register, token) for token in ("anonymous", "corporatie", "outsider")]
    for _ in range(2):  # the second round answers from the cache
        for token, api in zip(("anonymous", "corporatie", "outsider"), readers, strict=True):
            expected = _expected(path, _document_ids(register, token))
            assert api.get(path, limit=1, offset=1).json()["count"] == len(expected)
    if path == "/documenten":
        return  # no document filter on this list
    for document in (register["concept_a"].document.pk, register["a"].document.pk):
        expected = _expected(path, {document})
        body = readers[1].get(path, limit=1, offset=1, document=document).json()
        assert body["count"] == len(expected)
