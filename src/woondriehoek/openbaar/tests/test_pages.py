"""The public pages: index, municipality page, content and what never shows."""

from __future__ import annotations

import pytest
from django.urls import reverse

from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.monitoring.services import charts
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

from .fixtures import AUTEUR, AUTEUR_EMAIL, CONCEPT_TITEL, REACTIE_TEKST

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_vega(monkeypatch):
    """Chart rendering is tested in monitoring; here a stub keeps the tests fast."""
    monkeypatch.setattr(charts, "_render", lambda spec: "<svg><title>grafiek</title></svg>")
    monkeypatch.setattr(
        "woondriehoek.monitoring.services.grafiek.render_svg", lambda spec: "<svg></svg>"
    )


def test_index_lists_municipalities_with_published_agreements(client, open_data):
    Driehoek(status="concept")  # a municipality with only a draft is not listed
    response = client.get(reverse("openbaar:index"))
    assert response.status_code == 200
    slugs = [v.gemeente.slug for v in response.context["vermeldingen"]]
    assert slugs == sorted([open_data.ga.slug, open_data.gb.slug])
    assert reverse("openbaar:vergelijking") in response.content.decode()


def test_public_page_shows_agreements_progress_targets_and_planning(client, open_data):
    response = client.get(reverse("openbaar:gemeente", args=[open_data.ga.slug]))
    assert response.status_code == 200
    html = response.content.decode()
    assert open_data.a.titel in html
    assert open_data.corp.naam in html  # a party
    assert "Huren stijgen niet meer dan inflatie." in html
    assert "On schedule" in html and "Delayed" in html
    assert "<svg" in html and "Figures for the target" in html  # chart with its data table
    assert "Activiteitenoverzicht aanleveren" in html and "1 Jul 2026" in html
    assert "12 May 2026" in html  # meeting date
    assert reverse("openbaar:export", args=[open_data.ga.slug, "xlsx"]) in html
    assert reverse("openbaar:document_json", args=[open_data.a.pk]) in html
    assert 'rel="stylesheet" href="/static/openbaar/openbaar.css"' in html


def test_public_page_hides_drafts_comments_notes_and_names(client, open_data):
    client.force_login(member(open_data.gb, Rol.BEHEERDER))  # even for a member
    for gemeente in (open_data.ga, open_data.gb):
        html = client.get(reverse("openbaar:gemeente", args=[gemeente.slug])).content.decode()
        for secret in (CONCEPT_TITEL, "Buurtbudget", REACTIE_TEKST, AUTEUR, AUTEUR_EMAIL):
            assert secret not in html
        for internal in ("Geheim verslag", "Geheim overleg", "1. Opening"):
            assert internal not in html


def test_municipality_without_published_agreements_is_404(client, db):
    d = Driehoek(status="concept")
    assert client.get(reverse("openbaar:gemeente", args=[d.gemeente.slug])).status_code == 404
    assert client.get(reverse("openbaar:gemeente", args=["bestaat-niet"])).status_code == 404


def test_public_page_query_count_does_not_grow_with_items(client, open_data):
    url = reverse("openbaar:gemeente", args=[open_data.ga.slug])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as before:
        client.get(url)
    from woondriehoek.afspraken.tests.factories import BetrokkenheidFactory, ItemFactory

    for n in range(5):
        item = ItemFactory(document=open_data.a, tekst=f"Extra afspraak {n}.")
        BetrokkenheidFactory(item=item, organisatie=open_data.corp)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after.captured_queries) == len(before.captured_queries)
    assert len(after.captured_queries) < 45
