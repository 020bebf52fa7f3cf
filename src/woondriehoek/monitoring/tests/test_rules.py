"""The rights matrix of monitoring: every permission, role × party type, allowed and refused."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from woondriehoek.afspraken.constants import ItemSoort
from woondriehoek.afspraken.tests.factories import Driehoek, ItemFactory
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, UserFactory, member

from ..models import Voortgang, Zienswijze
from .factories import ReactieFactory

pytestmark = pytest.mark.django_db

PARTIES = ["gemeente", "corporatie", "huurders"]
ROLES = [Rol.BEHEERDER, Rol.BEWERKER, Rol.LEZER]
WRITERS = (Rol.BEHEERDER, Rol.BEWERKER)


def _org(d: Driehoek, party: str):
    return {"gemeente": d.gemeente, "corporatie": d.corporatie, "huurders": d.huurders}[party]


@pytest.fixture
def d():
    return Driehoek()


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("rol", ROLES)
def test_only_writers_of_the_trekker_add_progress(d, party, rol):
    user = member(_org(d, party), rol)
    item = d.items["corporatie"]
    expected = party == "corporatie" and rol in WRITERS
    assert user.has_perm("monitoring.add_voortgang", item) is expected
    # each party may report on the item it leads itself
    own = d.items[party]
    assert user.has_perm("monitoring.add_voortgang", own) is (rol in WRITERS)


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("rol", ROLES)
def test_writers_of_every_party_comment(d, party, rol):
    user = member(_org(d, party), rol)
    assert user.has_perm("monitoring.add_reactie", d.items["corporatie"]) is (rol in WRITERS)


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("rol", ROLES)
def test_only_tenant_writers_add_a_zienswijze(d, party, rol):
    user = member(_org(d, party), rol)
    expected = party == "huurders" and rol in WRITERS
    assert user.has_perm("monitoring.add_zienswijze", d.items["corporatie"]) is expected


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("rol", ROLES)
def test_every_member_reads_comments_and_views(d, party, rol):
    user = member(_org(d, party), rol)
    item = d.items["corporatie"]
    assert user.has_perm("monitoring.view_overleg", item)
    assert user.has_perm("monitoring.view_voortgang", item)


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("rol", ROLES)
def test_realisations_by_the_trekker_and_the_municipality(d, party, rol):
    user = member(_org(d, party), rol)
    doel = d.items["corporatie"].doelen.get()
    expected = party in ("corporatie", "gemeente") and rol in WRITERS
    assert user.has_perm("monitoring.add_realisatie", doel) is expected


def test_staff_reports_and_comments_but_gives_no_tenants_view(d):
    staff = UserFactory(is_staff=True)
    item = d.items["corporatie"]
    assert staff.has_perm("monitoring.add_voortgang", item)
    assert staff.has_perm("monitoring.add_reactie", item)
    assert staff.has_perm("monitoring.add_realisatie", item.doelen.get())
    assert not staff.has_perm("monitoring.add_zienswijze", item)


def test_outsiders_and_anonymous_read_progress_of_published_items_only(d):
    item = d.items["corporatie"]
    outsider = member(OrganisatieFactory(), Rol.BEHEERDER)
    for user in (outsider, AnonymousUser()):
        assert user.has_perm("monitoring.view_voortgang", item)
        for perm in ("view_overleg", "add_voortgang", "add_reactie", "add_zienswijze"):
            assert not user.has_perm(f"monitoring.{perm}", item)


def test_context_items_take_no_progress(d):
    opgave = ItemFactory(document=d.document, soort=ItemSoort.OPGAVE)
    opgave.betrokkenheden.create(rol="trekker", organisatie=d.corporatie)
    assert not member(d.corporatie, Rol.BEHEERDER).has_perm("monitoring.add_voortgang", opgave)
    assert not UserFactory(is_staff=True).has_perm("monitoring.add_voortgang", opgave)


def test_addressee_or_author_handles_a_comment(d):
    item = d.items["corporatie"]
    author = member(d.gemeente, Rol.BEWERKER)
    reactie = ReactieFactory(
        item=item, organisatie=d.gemeente, gericht_aan=d.corporatie, auteur=author
    )
    assert author.has_perm("monitoring.handle_reactie", reactie)
    assert member(d.corporatie, Rol.BEWERKER).has_perm("monitoring.handle_reactie", reactie)
    assert not member(d.corporatie, Rol.LEZER).has_perm("monitoring.handle_reactie", reactie)
    assert not member(d.huurders, Rol.BEHEERDER).has_perm("monitoring.handle_reactie", reactie)


@pytest.mark.parametrize("party", PARTIES)
@pytest.mark.parametrize("rol", ROLES)
def test_server_refuses_progress_and_views_with_403(client, d, party, rol, today):
    user = member(_org(d, party), rol)
    client.force_login(user)
    item = d.items["corporatie"]
    data = {
        "periode": "2026-H1",
        "organisatie": d.corporatie.pk,
        "status": "op_schema",
        "toelichting": "Loopt.",
    }
    response = client.post(reverse("monitoring:item_voortgang", args=[item.pk]), data)
    allowed = party == "corporatie" and rol in WRITERS
    assert response.status_code == (302 if allowed else 403)
    assert Voortgang.objects.filter(item=item).exists() is allowed
    view = {"periode": "2026-H1", "organisatie": d.huurders.pk, "tekst": "Onze kijk."}
    response = client.post(reverse("monitoring:zienswijze_add", args=[item.pk]), view)
    allowed = party == "huurders" and rol in WRITERS
    assert response.status_code == (302 if allowed else 403)
    assert Zienswijze.objects.filter(item=item).exists() is allowed


def test_a_writer_cannot_report_on_behalf_of_another_organisation(client, d, today):
    both = member(d.corporatie, Rol.BEWERKER)
    client.force_login(both)
    item = d.items["corporatie"]
    data = {
        "periode": "2026-H1",
        "organisatie": d.gemeente.pk,
        "status": "op_schema",
        "toelichting": "Namens een ander.",
    }
    response = client.post(reverse("monitoring:item_voortgang", args=[item.pk]), data)
    assert response.status_code == 200 and not Voortgang.objects.exists()
