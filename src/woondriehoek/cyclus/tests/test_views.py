"""Pages: calendar, meetings with decisions, the jaarschijf flow, the dashboard partial."""

import datetime as dt

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from woondriehoek.cyclus.constants import PRESET_MEERJARIG, IndieningStatus
from woondriehoek.cyclus.models import Besluit, Jaarschijf, Overleg
from woondriehoek.cyclus.services.jaarschijf import open_jaarschijf
from woondriehoek.cyclus.services.overzicht import dashboard_context, tasks_for
from woondriehoek.cyclus.services.regels import pas_preset_toe

from .factories import BesluitFactory, OverlegFactory

D = dt.date
pytestmark = pytest.mark.django_db


@pytest.fixture
def ingericht(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    return driehoek


def test_calendar_per_year_with_who_must_act(client, ingericht):
    client.force_login(ingericht.user("corporatie-bewerker"))
    url = reverse("cyclus:kalender", args=[ingericht.gemeente.slug])
    html = client.get(url + "?jaar=2028").content.decode()
    assert "<h1>" in html and "2028" in html
    assert "Bod naar gemeente en huurdersorganisaties" in html
    assert ingericht.corporatie.naam in html
    assert "Mark done for" in html
    html2026 = client.get(url + "?jaar=2026").content.decode()
    assert "Bod naar gemeente" not in html2026 and "Monitoring en accenten" in html2026
    assert client.get(url + "?jaar=abc").status_code == 200


def test_calendar_is_public_but_without_actions_and_meeting_links(client, ingericht):
    overleg = OverlegFactory(gemeente=ingericht.gemeente, titel="Stuurgroep")
    url = reverse("cyclus:kalender", args=[ingericht.gemeente.slug]) + "?jaar=2026"
    html = client.get(url).content.decode()
    assert "Monitoring en accenten" in html and "Stuurgroep" in html
    assert overleg.get_absolute_url() not in html and "Mark done" not in html


def test_mark_done_from_the_calendar(client, ingericht):
    regel = ingericht.document.cyclusregels.get(code="monitoring")
    client.force_login(ingericht.user("huurders-bewerker"))
    url = reverse("cyclus:termijn_gedaan", args=[ingericht.gemeente.slug, regel.pk, 2026])
    response = client.post(url, {"organisatie": ingericht.huurders.pk}, follow=True)
    assert "Marked as done" in response.content.decode()
    assert regel.afrondingen.get().gedaan_door == ingericht.user("huurders-bewerker")


def test_plan_meeting_record_decision_linked_to_afspraken(client, ingericht):
    client.force_login(ingericht.user("gemeente-beheerder"))
    new = client.get(
        reverse("cyclus:overleg_create", args=[ingericht.gemeente.slug])
        + "?soort=bestuurlijk_breed"
    )
    assert 'for="id_titel"' in new.content.decode()
    response = client.post(
        reverse("cyclus:overleg_create", args=[ingericht.gemeente.slug]),
        {
            "titel": "Bestuurlijk overleg mei",
            "soort": "bestuurlijk_breed",
            "begin": "2026-05-19T19:30",
            "locatie": "Gemeentehuis",
            "agenda": "1. Monitoring",
            "voorzitter": ingericht.corporatie.pk,
        },
    )
    overleg = Overleg.objects.get()
    assert response.url == overleg.get_absolute_url()
    assert timezone.localtime(overleg.begin).hour == 19
    item = ingericht.items["corporatie"]
    client.post(
        reverse("cyclus:besluit_create", args=[overleg.pk]),
        {
            "tekst": "Corporatie versnelt de bouw",
            "items": [item.pk],
            "eigenaar": ingericht.corporatie.pk,
            "deadline": "2026-09-01",
        },
    )
    besluit = Besluit.objects.get()
    assert list(besluit.items.all()) == [item] and besluit.eigenaar == ingericht.corporatie
    html = client.get(overleg.get_absolute_url()).content.decode()
    assert "Corporatie versnelt de bouw" in html and item.get_absolute_url() in html
    assert "History" in html
    listing = client.get(
        reverse("cyclus:overleg_list", args=[ingericht.gemeente.slug]) + "?jaar=2026"
    ).content.decode()
    assert "Bestuurlijk overleg mei" in listing


def test_jaarschijf_flow_through_the_pages(client, ingericht):
    g = ingericht
    client.force_login(g.user("gemeente-beheerder"))
    client.post(
        reverse("cyclus:jaarschijf_list", args=[g.gemeente.slug]),
        {"document": g.document.pk, "jaar": 2027},
    )
    js = Jaarschijf.objects.get()
    assert js.indienen_voor == D(2026, 7, 1)
    for key, org in (
        ("gemeente", g.gemeente),
        ("corporatie", g.corporatie),
        ("huurders", g.huurders),
    ):
        client.force_login(g.user(f"{key}-bewerker"))
        page = client.get(reverse("cyclus:indiening", args=[js.pk, org.pk]))
        assert 'for="id_act-0-wat"' in page.content.decode()
        client.post(
            reverse("cyclus:indiening", args=[js.pk, org.pk]),
            {
                "act-TOTAL_FORMS": "2",
                "act-INITIAL_FORMS": "0",
                "act-0-wat": f"Activiteit van {org.naam}",
                "act-0-item": g.items[key].pk,
                "act-1-wat": "",
            },
        )
        client.post(reverse("cyclus:indienen", args=[js.pk, org.pk]))
    assert set(js.indieningen.values_list("status", flat=True)) == {IndieningStatus.INGEDIEND}
    client.force_login(g.user("gemeente-beheerder"))
    client.post(reverse("cyclus:bundelen", args=[js.pk]))
    for key, org in (
        ("gemeente", g.gemeente),
        ("corporatie", g.corporatie),
        ("huurders", g.huurders),
    ):
        client.force_login(g.user(f"{key}-beheerder"))
        client.post(reverse("cyclus:vaststellen", args=[js.pk, org.pk]))
    js.refresh_from_db()
    assert js.status == "vastgesteld"
    html = client.get(js.get_absolute_url()).content.decode()
    assert f"Activiteit van {g.corporatie.naam}" in html and "Joint overview" in html


def test_diff_page(client, ingericht):
    g = ingericht
    vorig = open_jaarschijf(g.document, 2026)
    nu = open_jaarschijf(g.document, 2027)
    vorig.activiteiten.create(organisatie=g.corporatie, wat="Oud plan")
    nu.activiteiten.create(organisatie=g.corporatie, wat="Nieuw plan")
    client.force_login(g.user("huurders-lezer"))
    html = client.get(reverse("cyclus:verschil", args=[nu.pk])).content.decode()
    assert "<del>Oud plan</del>" in html and "<ins>Nieuw plan</ins>" in html


def test_overdue_submission_shows_on_the_jaarschijf_page(client, ingericht):
    js = open_jaarschijf(ingericht.document, 2026, D(2025, 7, 1))
    client.force_login(ingericht.user("gemeente-lezer"))
    html = client.get(js.get_absolute_url()).content.decode()
    assert "overdue" in html
    assert "Bundle" not in html


def test_rules_page_and_rule_form(client, ingericht):
    client.force_login(ingericht.user("gemeente-beheerder"))
    url = reverse("cyclus:regels", args=[ingericht.gemeente.slug])
    assert "Tussenevaluatie" in client.get(url).content.decode()
    response = client.post(
        reverse("cyclus:regel_create", args=[ingericht.gemeente.slug]),
        {
            "naam": "Wijkschouw",
            "code": "wijkschouw",
            "bron": "eigen",
            "soort": "datum",
            "dag": "31",
            "maand": "2",
            "herinnering_dagen": "7",
            "partijtypes": ["gemeente"],
            "actief": "on",
        },
    )
    assert response.status_code == 200  # 31 February is refused
    assert "does not have that many days" in response.content.decode()
    client.post(
        reverse("cyclus:regel_create", args=[ingericht.gemeente.slug]),
        {
            "naam": "Wijkschouw",
            "code": "wijkschouw",
            "bron": "eigen",
            "soort": "datum",
            "dag": "15",
            "maand": "9",
            "herinnering_dagen": "7",
            "partijtypes": ["gemeente"],
            "actief": "on",
        },
    )
    html = client.get(
        reverse("cyclus:kalender", args=[ingericht.gemeente.slug]) + "?jaar=2026"
    ).content.decode()
    assert "Wijkschouw" in html


def test_dashboard_context_and_partial(ingericht):
    g = ingericht
    overleg = OverlegFactory(gemeente=g.gemeente)
    for n in range(7):
        BesluitFactory(overleg=overleg, tekst=f"Besluit nummer {n}", volgorde=n)
    open_jaarschijf(g.document, 2027, D(2026, 7, 1))
    ctx = dashboard_context(g.gemeente, g.user("gemeente-lezer"), D(2026, 7, 10))
    assert {"overdue", "upcoming", "recent_decisions", "jaarschijf_status"} <= set(ctx)
    overdue = {t.regel.code for t in ctx["overdue"]}
    assert {"monitoring", "activiteiten", "resultaten"} <= overdue
    assert all(t.datum < D(2026, 7, 10) for t in ctx["overdue"])
    assert {t.regel.code for t in ctx["upcoming"]} == {"afstemming"}
    assert len(ctx["recent_decisions"]) == 5
    assert all(r["te_laat"] and not r["ingediend"] for r in ctx["jaarschijf_status"])
    with translation.override("en"):
        html = render_to_string("cyclus/_dashboard.html", ctx)
    assert "Monitoring en accenten" in html and "Besluit nummer" in html and "⚠" in html
    outsider = dashboard_context(g.gemeente, None, D(2026, 7, 10))
    assert outsider["recent_decisions"] == []


def test_tasks_for(ingericht):
    g = ingericht
    overleg = OverlegFactory(gemeente=g.gemeente)
    BesluitFactory(
        overleg=overleg, tekst="Versnellingsplan", eigenaar=g.corporatie, deadline=D(2026, 6, 1)
    )
    open_jaarschijf(g.document, 2027, D(2026, 7, 1))
    taken = tasks_for(g.user("corporatie-bewerker"), D(2026, 7, 10))
    soorten = {t.soort for t in taken}
    assert soorten == {"termijn", "jaarschijf", "besluit"}
    assert all(t.organisatie == g.corporatie for t in taken)
    assert any(t.titel == "Versnellingsplan" and t.te_laat for t in taken)
    assert tasks_for(g.user("corporatie-lezer"), D(2026, 7, 10)) == []
