"""Tokens: stored hashed, shown once, created and revoked on the token page by who may."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse

from woondriehoek.api.models import ApiToken
from woondriehoek.api.services.tokens import (
    OrganisatieTokenUser,
    authenticate,
    create_organisation_token,
    create_personal_token,
)
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.services.lidmaatschap import organisatie_ids
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, UserFactory, member

pytestmark = pytest.mark.django_db


def test_only_the_hash_of_the_secret_is_stored():
    user = UserFactory()
    new = create_personal_token(user, "Script")
    token = ApiToken.objects.get()
    assert token.sleutel_hash == hashlib.sha256(new.secret.encode()).hexdigest()
    assert new.secret not in str(ApiToken.objects.values().get())
    assert new.secret.startswith(token.prefix) and len(token.prefix) == 12
    assert authenticate(new.secret).user == user
    assert authenticate(new.secret + "x") is None


def test_an_organisation_token_acts_as_a_bewerker_of_its_organisation():
    org = OrganisatieFactory()
    principal = authenticate(create_organisation_token(org, "Koppeling", None).secret)
    actor = principal.user
    assert isinstance(actor, OrganisatieTokenUser)
    assert actor.is_authenticated and not actor.is_staff and not actor.is_superuser
    assert organisatie_ids(actor) == {org.pk}
    assert organisatie_ids(actor, Rol.BEWERKER) == {org.pk}
    assert organisatie_ids(actor, Rol.BEHEERDER) == set()


def test_the_token_page_creates_a_personal_token_and_shows_it_once(client):
    user = UserFactory()
    client.force_login(user)
    url = reverse("api:tokens")
    response = client.post(url, {"personal": "1", "naam": "Dashboard"}, follow=True)
    token = ApiToken.objects.get(user=user)
    assert token.naam == "Dashboard" and token.aangemaakt_door == user
    page = response.content.decode()
    secret = page.split('id="new-token-secret" readonly value="')[1].split('"')[0]
    assert authenticate(secret).token == token
    assert secret not in client.get(url).content.decode()


def test_a_beheerder_creates_organisation_tokens_a_bewerker_cannot(client):
    org = OrganisatieFactory()
    client.force_login(member(org, Rol.BEWERKER))
    data = {"organisation": "1", "org-organisatie": org.pk, "org-naam": "Koppeling"}
    page = client.post(reverse("api:tokens"), data)
    assert page.status_code == 200 and not ApiToken.objects.exists()
    assert "Organisation tokens" not in page.content.decode()
    beheerder = member(org, Rol.BEHEERDER)
    client.force_login(beheerder)
    assert client.post(reverse("api:tokens"), data).status_code == 302
    token = ApiToken.objects.get()
    assert token.organisatie == org and token.user is None and token.aangemaakt_door == beheerder


def test_revoking_needs_the_right_person(client):
    org = OrganisatieFactory()
    token = create_organisation_token(org, "Koppeling", None).token
    url = reverse("api:token_revoke", args=[token.pk])
    client.force_login(member(org, Rol.BEWERKER))
    assert client.post(url).status_code == 404
    client.force_login(member(org, Rol.BEHEERDER))
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    token.refresh_from_db()
    assert token.ingetrokken is not None
    assert token.history.count() == 2


def test_someone_elses_personal_token_cannot_be_revoked(client):
    token = create_personal_token(UserFactory(), "Mijn script").token
    client.force_login(UserFactory())
    assert client.post(reverse("api:token_revoke", args=[token.pk])).status_code == 404
    assert ApiToken.objects.get().ingetrokken is None


def test_the_token_page_needs_a_login(client):
    response = client.get(reverse("api:tokens"))
    assert response.status_code == 302 and "/inloggen/" in response["Location"]
