"""Who may plan meetings, submit activities, bundle, adopt and mark deadlines done."""

import pytest
from django.urls import reverse

from woondriehoek.cyclus.constants import PRESET_MEERJARIG, IndieningStatus, JaarschijfStatus
from woondriehoek.cyclus.models import Activiteit, Overleg, TermijnAfronding
from woondriehoek.cyclus.services.jaarschijf import bundel, open_jaarschijf
from woondriehoek.cyclus.services.regels import pas_preset_toe
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, member

from .factories import OverlegFactory

pytestmark = pytest.mark.django_db

ROLES = [
    f"{p}-{r}"
    for p in ("gemeente", "corporatie", "huurders")
    for r in ("beheerder", "bewerker", "lezer")
]


def _overleg_data(**extra):
    return {
        "titel": "Ambtelijk overleg april",
        "soort": "ambtelijk_smal",
        "begin": "2026-04-14T14:00",
        **extra,
    }


@pytest.mark.parametrize("role", ROLES)
def test_only_gemeente_beheerders_plan_meetings(client, driehoek, role):
    client.force_login(driehoek.user(role))
    url = reverse("cyclus:overleg_create", args=[driehoek.gemeente.slug])
    response = client.post(url, _overleg_data())
    if role == "gemeente-beheerder":
        assert response.status_code == 302 and Overleg.objects.count() == 1
    else:
        assert response.status_code == 403 and not Overleg.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_only_gemeente_beheerders_edit_meetings_and_record_decisions(client, driehoek, role):
    overleg = OverlegFactory(gemeente=driehoek.gemeente)
    client.force_login(driehoek.user(role))
    edit = client.post(
        reverse("cyclus:overleg_edit", args=[overleg.pk]), _overleg_data(verslag="Nieuw verslag")
    )
    besluit = client.post(
        reverse("cyclus:besluit_create", args=[overleg.pk]), {"tekst": "We doen het"}
    )
    allowed = role == "gemeente-beheerder"
    assert (edit.status_code, besluit.status_code) == ((302, 302) if allowed else (403, 403))
    overleg.refresh_from_db()
    assert (overleg.verslag == "Nieuw verslag") is allowed
    assert overleg.besluiten.exists() is allowed


@pytest.mark.parametrize("role", ROLES)
def test_every_member_reads_meetings(client, driehoek, role):
    overleg = OverlegFactory(gemeente=driehoek.gemeente)
    client.force_login(driehoek.user(role))
    response = client.get(reverse("cyclus:overleg", args=[overleg.pk]))
    assert response.status_code == 200 and "Geheim verslag" in response.content.decode()


def test_outsiders_do_not_see_meetings(client, driehoek):
    overleg = OverlegFactory(gemeente=driehoek.gemeente)
    client.force_login(member(OrganisatieFactory(), "beheerder"))
    assert client.get(reverse("cyclus:overleg", args=[overleg.pk])).status_code == 404
    url = reverse("cyclus:overleg_list", args=[driehoek.gemeente.slug])
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(reverse("cyclus:overleg", args=[overleg.pk])).status_code == 302


@pytest.fixture
def jaarschijf(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    return open_jaarschijf(driehoek.document, 2026)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("party", ["corporatie", "huurders"])
def test_own_party_beheerder_and_bewerker_draft_and_submit(
    client, driehoek, jaarschijf, role, party
):
    org = getattr(driehoek, party)
    client.force_login(driehoek.user(role))
    draft = client.post(
        reverse("cyclus:indiening", args=[jaarschijf.pk, org.pk]),
        {
            "act-TOTAL_FORMS": "1",
            "act-INITIAL_FORMS": "0",
            "act-0-wat": "We bouwen 30 woningen",
            "act-0-volgorde": "0",
        },
    )
    submit = client.post(reverse("cyclus:indienen", args=[jaarschijf.pk, org.pk]))
    allowed = role in (f"{party}-beheerder", f"{party}-bewerker")
    assert (draft.status_code, submit.status_code) == ((302, 302) if allowed else (403, 403))
    assert Activiteit.objects.filter(organisatie=org).exists() is allowed
    ind = jaarschijf.indieningen.get(organisatie=org)
    assert (ind.status == IndieningStatus.INGEDIEND) is allowed


def test_submitted_draft_is_locked_until_reopened(client, driehoek, jaarschijf):
    org = driehoek.corporatie
    client.force_login(driehoek.user("corporatie-bewerker"))
    client.post(reverse("cyclus:indienen", args=[jaarschijf.pk, org.pk]))
    data = {"act-TOTAL_FORMS": "1", "act-INITIAL_FORMS": "0", "act-0-wat": "Laat"}
    url = reverse("cyclus:indiening", args=[jaarschijf.pk, org.pk])
    assert client.post(url, data).status_code == 403
    client.post(reverse("cyclus:indienen", args=[jaarschijf.pk, org.pk]), {"actie": "heropenen"})
    assert client.post(url, data).status_code == 302


@pytest.mark.parametrize("role", ROLES)
def test_only_gemeente_beheerders_bundle(client, driehoek, jaarschijf, role):
    client.force_login(driehoek.user(role))
    response = client.post(reverse("cyclus:bundelen", args=[jaarschijf.pk]))
    jaarschijf.refresh_from_db()
    if role == "gemeente-beheerder":
        assert response.status_code == 302 and jaarschijf.status == JaarschijfStatus.GEBUNDELD
    else:
        assert response.status_code == 403 and jaarschijf.status == JaarschijfStatus.CONCEPT


@pytest.mark.parametrize("role", ROLES)
def test_party_beheerders_adopt_for_their_own_party(client, driehoek, jaarschijf, role):
    bundel(jaarschijf)
    client.force_login(driehoek.user(role))
    response = client.post(
        reverse("cyclus:vaststellen", args=[jaarschijf.pk, driehoek.corporatie.pk])
    )
    allowed = role == "corporatie-beheerder"
    assert response.status_code == (302 if allowed else 403)
    assert (
        jaarschijf.indieningen.get(organisatie=driehoek.corporatie).akkoord_op is not None
        if allowed
        else jaarschijf.indieningen.filter(akkoord_op__isnull=False).count() == 0
    )


@pytest.mark.parametrize("role", ROLES)
def test_parties_mark_their_own_deadlines_done(client, driehoek, role):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    regel = driehoek.document.cyclusregels.get(code="monitoring")
    client.force_login(driehoek.user(role))
    url = reverse("cyclus:termijn_gedaan", args=[driehoek.gemeente.slug, regel.pk, 2026])
    response = client.post(url, {"organisatie": driehoek.corporatie.pk})
    allowed = role in ("corporatie-beheerder", "corporatie-bewerker")
    assert response.status_code == (302 if allowed else 403)
    assert TermijnAfronding.objects.filter(organisatie=driehoek.corporatie).exists() is allowed


def test_mark_done_for_a_party_that_need_not_act_is_refused(client, driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    regel = driehoek.document.cyclusregels.get(code="bundeling")  # gemeente only
    client.force_login(driehoek.user("corporatie-beheerder"))
    url = reverse("cyclus:termijn_gedaan", args=[driehoek.gemeente.slug, regel.pk, 2026])
    assert client.post(url, {"organisatie": driehoek.corporatie.pk}).status_code == 400


@pytest.mark.parametrize("role", ROLES)
def test_only_gemeente_beheerders_configure_rules(client, driehoek, role):
    client.force_login(driehoek.user(role))
    url = reverse("cyclus:regels", args=[driehoek.gemeente.slug])
    response = client.post(
        url, {"preset": "meerjarig-druten-stijl", "document": driehoek.document.pk}
    )
    allowed = role == "gemeente-beheerder"
    assert response.status_code == (302 if allowed else 403)
    assert driehoek.document.cyclusregels.exists() is allowed
    create = client.get(reverse("cyclus:regel_create", args=[driehoek.gemeente.slug]))
    assert create.status_code == (200 if allowed else 403)


def test_staff_may_do_everything(client, driehoek, jaarschijf):
    from woondriehoek.organisaties.tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True))
    assert (
        client.post(
            reverse("cyclus:overleg_create", args=[driehoek.gemeente.slug]), _overleg_data()
        ).status_code
        == 302
    )
    assert client.post(reverse("cyclus:bundelen", args=[jaarschijf.pk])).status_code == 302
