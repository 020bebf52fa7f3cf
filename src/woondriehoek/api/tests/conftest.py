from __future__ import annotations

import pytest

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.api.services.tokens import create_organisation_token, create_personal_token
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

URLCONF = "woondriehoek.api.tests.urls"


@pytest.fixture(autouse=True)
def api_urls(settings):
    settings.ROOT_URLCONF = URLCONF


class Api:
    """A small client for the API: get/post with an optional bearer token."""

    def __init__(self, client, secret: str | None = None) -> None:
        self.client, self.secret = client, secret

    def _headers(self) -> dict:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.secret}"} if self.secret else {}

    def get(self, path: str, **params):
        return self.client.get(f"/api/v1{path}", params, **self._headers())

    def post(self, path: str, data=None, **kwargs):
        return self.client.post(f"/api/v1{path}", data, **self._headers(), **kwargs)


@pytest.fixture
def anon(client) -> Api:
    return Api(client)


@pytest.fixture
def twee_gemeenten():
    """Two municipalities, each with an adopted and a concept agreement."""
    a, b = Driehoek(), Driehoek()
    concept_a = Driehoek(status=DocumentStatus.CONCEPT)
    concept_b = Driehoek(status=DocumentStatus.CONCEPT)
    concept_a.document.gemeenten.set([a.gemeente])
    concept_b.document.gemeenten.set([b.gemeente])
    return {"a": a, "b": b, "concept_a": concept_a, "concept_b": concept_b}


def org_api(client, organisatie) -> Api:
    beheerder = member(organisatie, Rol.BEHEERDER)
    return Api(client, create_organisation_token(organisatie, "test", beheerder).secret)


def personal_api(client, organisatie, rol: Rol = Rol.BEWERKER) -> Api:
    user = member(organisatie, rol)
    return Api(client, create_personal_token(user, "test").secret)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Kept answers and counts (cache.py) are per process; every test starts without."""
    from django.core.cache import caches

    caches["api"].clear()
    yield
    caches["api"].clear()
