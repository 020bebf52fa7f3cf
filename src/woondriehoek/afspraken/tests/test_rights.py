"""The rights matrix of the register: every rule, allowed and refused, per role × party type."""

from __future__ import annotations

import pytest
from django.urls import reverse

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, UserFactory, member

pytestmark = pytest.mark.django_db

PARTY_TYPES = ["gemeente", "corporatie", "huurders"]
ROLES = [Rol.BEHEERDER, Rol.BEWERKER, Rol.LEZER]


def _org(driehoek: Driehoek, party: str):
    return {
        "gemeente": driehoek.gemeente,
        "corporatie": driehoek.corporatie,
        "huurders": driehoek.huurders,
    }[party]


def _status(client, user, url: str) -> int:
    if user is not None:
        client.force_login(user)
    return client.get(url).status_code


@pytest.mark.parametrize("party", PARTY_TYPES)
@pytest.mark.parametrize("rol", ROLES)
def test_every_member_reads_a_concept_of_their_municipality(client, party, rol):
    d = Driehoek(status=DocumentStatus.CONCEPT)
    user = member(_org(d, party), rol)
    assert _status(client, user, d.document.get_absolute_url()) == 200
    assert _status(client, user, d.items["gemeente"].get_absolute_url()) == 200


def test_outsiders_and_anonymous_do_not_see_a_concept(client):
    d = Driehoek(status=DocumentStatus.CONCEPT)
    outsider = member(OrganisatieFactory(), Rol.BEHEERDER)
    assert _status(client, None, d.document.get_absolute_url()) == 404
    assert _status(client, outsider, d.document.get_absolute_url()) == 404
    assert _status(client, outsider, d.items["corporatie"].get_absolute_url()) == 404
    page = client.get(d.gemeente.get_absolute_url())
    assert d.document.titel not in page.content.decode()


def test_published_agreements_are_read_only_for_anonymous_visitors(client):
    d = Driehoek()
    assert _status(client, None, d.document.get_absolute_url()) == 200
    assert d.gemeente.korte_naam in client.get("/").content.decode()
    assert d.document.titel in client.get(d.gemeente.get_absolute_url()).content.decode()
    edit = reverse("afspraken:item_edit", args=[d.items["corporatie"].pk])
    response = client.get(edit)
    assert response.status_code == 302 and "/inloggen/" in response["Location"]
    assert client.post(edit, {"tekst": "gewijzigd"}).status_code == 302
    d.items["corporatie"].refresh_from_db()
    assert d.items["corporatie"].tekst != "gewijzigd"


@pytest.mark.parametrize("party", PARTY_TYPES)
@pytest.mark.parametrize("rol", ROLES)
def test_only_beheerders_manage_the_document(client, party, rol):
    d = Driehoek()
    user = member(_org(d, party), rol)
    expected = 200 if rol == Rol.BEHEERDER else 403
    for name in ("document_edit", "item_create", "thema_create"):
        assert _status(client, user, reverse(f"afspraken:{name}", args=[d.document.pk])) == expected


@pytest.mark.parametrize("party", PARTY_TYPES)
@pytest.mark.parametrize("rol", ROLES)
@pytest.mark.parametrize("owner", PARTY_TYPES)
def test_item_editing_matrix(client, party, rol, owner):
    """Bewerkers edit items their organisation leads; beheerders edit everything in the
    agreement; lezers never edit. So a tenant board's bewerker cannot touch a corporation's
    item, and the other way round."""
    d = Driehoek()
    user = member(_org(d, party), rol)
    url = reverse("afspraken:item_edit", args=[d.items[owner].pk])
    allowed = rol == Rol.BEHEERDER or (rol == Rol.BEWERKER and party == owner)
    assert _status(client, user, url) == (200 if allowed else 403)


@pytest.mark.parametrize("party", PARTY_TYPES)
@pytest.mark.parametrize("rol", ROLES)
def test_delete_is_for_beheerders(client, party, rol):
    d = Driehoek()
    user = member(_org(d, party), rol)
    url = reverse("afspraken:item_delete", args=[d.items["corporatie"].pk])
    assert _status(client, user, url) == (200 if rol == Rol.BEHEERDER else 403)


def test_outsider_beheerder_cannot_edit_a_published_agreement(client):
    d = Driehoek()
    outsider = member(OrganisatieFactory(), Rol.BEHEERDER)
    assert _status(client, outsider, d.document.get_absolute_url()) == 200
    url = reverse("afspraken:item_edit", args=[d.items["corporatie"].pk])
    assert _status(client, outsider, url) == 403
    assert (
        _status(client, outsider, reverse("afspraken:document_edit", args=[d.document.pk])) == 403
    )


def test_functional_administrator_may_do_everything(client):
    d = Driehoek(status=DocumentStatus.CONCEPT)
    staff = UserFactory(is_staff=True)
    assert _status(client, staff, d.document.get_absolute_url()) == 200
    assert (
        _status(client, staff, reverse("afspraken:item_edit", args=[d.items["huurders"].pk])) == 200
    )


def test_a_bewerker_saves_their_own_item_but_not_the_gemeentes(client):
    d = Driehoek()
    user = member(d.corporatie, Rol.BEWERKER)
    client.force_login(user)
    item = d.items["corporatie"]
    data = {
        "soort": "afspraak",
        "thema": d.thema.pk,
        "nummer": "7",
        "tekst": "De corporatie levert jaarlijks minimaal 50 sociale huurwoningen op.",
        "uitvoering": "2025 - 2028",
        "periode_start": 2025,
        "periode_eind": 2028,
        "gewicht": "1",
        "volgorde": 10,
        "betrokken-TOTAL_FORMS": 0,
        "betrokken-INITIAL_FORMS": 0,
        "doelen-TOTAL_FORMS": 0,
        "doelen-INITIAL_FORMS": 0,
    }
    response = client.post(reverse("afspraken:item_edit", args=[item.pk]), data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.tekst.startswith("De corporatie levert")
    other = d.items["gemeente"]
    assert client.post(reverse("afspraken:item_edit", args=[other.pk]), data).status_code == 403
    other.refresh_from_db()
    assert not other.tekst.startswith("De corporatie levert")
