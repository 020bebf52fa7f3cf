"""Views: item progress page and partial, comments, zienswijze, evidence, targets, dashboard,
my tasks, and the guarded use of the cyclus app."""

from __future__ import annotations

import types
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, member

from ..models import Bewijs, Reactie, Realisatie, Voortgang, Zienswijze
from .factories import RealisatieFactory, VoortgangFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def d():
    return Driehoek()


def _url(name, *args):
    return reverse(f"monitoring:{name}", args=args)


def _report(client, d, **extra):
    data = {
        "periode": "2026-H1",
        "organisatie": d.corporatie.pk,
        "status": "risico",
        "percentage": "35",
        "toelichting": "Vertraging door netcongestie.",
        **extra,
    }
    return client.post(_url("item_voortgang", d.items["corporatie"].pk), data)


def test_trekker_reports_progress_with_evidence(client, d, today):
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    page = client.get(_url("item_voortgang", d.items["corporatie"].pk)).content.decode()
    assert "Save progress" in page or "Voortgang opslaan" in page
    assert 'for="id_status"' in page and 'for="id_bestand"' in page
    upload = SimpleUploadedFile("verslag.pdf", b"%PDF-1.7 inhoud", content_type="application/pdf")
    response = _report(client, d, bestand=upload, omschrijving="Verslag")
    assert response.status_code == 302
    row = Voortgang.objects.get()
    assert (row.status, row.percentage, row.jaar, row.deel) == ("risico", 35, 2026, "H1")
    bewijs = Bewijs.objects.get(voortgang=row)
    page = client.get(_url("item_voortgang", d.items["corporatie"].pk)).content.decode()
    assert "Vertraging door netcongestie." in page
    assert _url("bewijs", bewijs.pk) in page
    download = client.get(_url("bewijs", bewijs.pk))
    assert (
        download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.7 inhoud"
    )


def test_a_wrong_file_is_refused_and_nothing_is_saved(client, d, today):
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    upload = SimpleUploadedFile("virus.exe", b"MZ...", content_type="application/octet-stream")
    response = _report(client, d, bestand=upload)
    assert response.status_code == 200
    assert 'id="id_bestand_errors"' in response.content.decode()
    assert not Voortgang.objects.exists()


def test_evidence_is_for_party_members_only(client, d, today):
    row = VoortgangFactory(item=d.items["corporatie"], organisatie=d.corporatie)
    bewijs = Bewijs.objects.create(voortgang=row, bestand=SimpleUploadedFile("a.csv", b"a;b\n"))
    client.force_login(member(OrganisatieFactory(), Rol.BEHEERDER))
    assert client.get(_url("bewijs", bewijs.pk)).status_code == 403
    client.force_login(member(d.huurders, Rol.LEZER))
    assert client.get(_url("bewijs", bewijs.pk)).status_code == 200
    client.logout()
    assert client.get(_url("bewijs", bewijs.pk)).status_code == 302


def test_anonymous_visitor_sees_progress_but_no_comments_or_forms(client, d, today):
    VoortgangFactory(item=d.items["corporatie"], organisatie=d.corporatie, toelichting="Openbaar.")
    Reactie.objects.create(item=d.items["corporatie"], organisatie=d.gemeente, tekst="Intern")
    page = client.get(_url("item_voortgang", d.items["corporatie"].pk)).content.decode()
    assert "Openbaar." in page and "Intern" not in page
    assert 'name="status"' not in page
    assert client.post(_url("item_voortgang", d.items["corporatie"].pk), {}).status_code == 302


def test_concept_items_are_hidden_from_outsiders(client, today):
    d = Driehoek(status=DocumentStatus.CONCEPT)
    client.force_login(member(OrganisatieFactory(), Rol.BEHEERDER))
    assert client.get(_url("item_voortgang", d.items["corporatie"].pk)).status_code == 404
    assert client.get(_url("item_samenvatting", d.items["corporatie"].pk)).status_code == 404


def test_summary_partial_shows_the_current_state(client, d, today):
    item = d.items["corporatie"]
    html = client.get(_url("item_samenvatting", item.pk), HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in html and "0%" in html
    VoortgangFactory(item=item, organisatie=d.corporatie, jaar=2025, deel="H2", percentage=60)
    html = client.get(_url("item_samenvatting", item.pk)).content.decode()
    assert "60%" in html and "2025" in html  # carried forward from the earlier period
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    html = client.get(_url("item_samenvatting", item.pk)).content.decode()
    assert "#report-progress" in html


def test_comment_addressed_to_the_trekker_becomes_a_task_until_handled(client, d, today):
    item = d.items["corporatie"]
    client.force_login(member(d.gemeente, Rol.BEWERKER))
    response = client.post(
        _url("reactie_add", item.pk),
        {
            "tekst": "Kunnen jullie dit toelichten?",
            "organisatie": d.gemeente.pk,
            "gericht_aan": d.corporatie.pk,
        },
    )
    assert response.status_code == 302
    reactie = Reactie.objects.get()
    corporatie = member(d.corporatie, Rol.BEWERKER)
    client.force_login(corporatie)
    tasks = client.get(_url("mijn_taken")).content.decode()
    assert "Kunnen jullie dit toelichten?" in tasks
    assert client.post(_url("reactie_afhandelen", reactie.pk)).status_code == 302
    reactie.refresh_from_db()
    assert reactie.afgehandeld_door == corporatie and reactie.history.count() == 2
    assert "Kunnen jullie dit toelichten?" not in client.get(_url("mijn_taken")).content.decode()


def test_lezer_cannot_handle_a_comment(client, d, today):
    reactie = Reactie.objects.create(
        item=d.items["corporatie"], organisatie=d.gemeente, gericht_aan=d.corporatie, tekst="x"
    )
    client.force_login(member(d.corporatie, Rol.LEZER))
    assert client.post(_url("reactie_afhandelen", reactie.pk)).status_code == 403


def test_tenant_board_adds_a_view(client, d, today):
    client.force_login(member(d.huurders, Rol.BEWERKER))
    item = d.items["corporatie"]
    page = client.get(_url("item_voortgang", item.pk)).content.decode()
    assert "Add view" in page or "Zienswijze toevoegen" in page
    response = client.post(
        _url("zienswijze_add", item.pk),
        {
            "periode": "2026-H1",
            "organisatie": d.huurders.pk,
            "tekst": "Huurders merken nog weinig.",
        },
    )
    assert response.status_code == 302
    z = Zienswijze.objects.get()
    assert (z.organisatie, z.jaar, z.deel) == (d.huurders, 2026, "H1")
    assert (
        "Huurders merken nog weinig."
        in client.get(_url("item_voortgang", item.pk)).content.decode()
    )


def test_target_page_shows_chart_table_and_takes_a_realisation(client, d, today):
    doel = d.items["corporatie"].doelen.get()
    doel.start_jaar, doel.eind_jaar = 2025, 2028
    doel.save()
    RealisatieFactory(doel=doel, jaar=2025, waarde=Decimal(42), organisatie=d.corporatie)
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    response = client.post(
        _url("doel", doel.pk), {"jaar": 2026, "waarde": "17", "organisatie": d.corporatie.pk}
    )
    assert response.status_code == 302
    assert Realisatie.objects.filter(doel=doel).count() == 2
    page = client.get(_url("doel", doel.pk)).content.decode()
    start = page.index("<svg")
    svg = page[start : page.index("</svg>", start) + len("</svg>")]
    texts = [
        "".join(t.itertext()) for t in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")
    ]
    assert "2025" in texts and "2026" in texts
    assert "<caption>" in page and ">42</td>" in page and ">17</td>" in page
    svg_file = client.get(_url("doel_grafiek", doel.pk))
    assert svg_file["Content-Type"] == "image/svg+xml"
    ET.fromstring(svg_file.content)


def test_lezer_cannot_add_a_realisation(client, d, today):
    doel = d.items["corporatie"].doelen.get()
    client.force_login(member(d.corporatie, Rol.LEZER))
    assert client.post(_url("doel", doel.pk), {"jaar": 2026, "waarde": "1"}).status_code == 403
    assert not Realisatie.objects.exists()


def test_dashboard_changes_when_progress_is_reported(client, d, today):
    url = _url("dashboard", d.gemeente.slug)
    before = client.get(url)
    assert before.status_code == 200
    assert before.context["monitor"].totaal.percentage == 0
    assert len(before.context["monitor"].zonder_update) == 3
    VoortgangFactory(
        item=d.items["corporatie"], organisatie=d.corporatie, status="gerealiseerd", percentage=100
    )
    after = client.get(url)
    monitor = after.context["monitor"]
    assert monitor.totaal.percentage.quantize(Decimal("0.01")) == Decimal("33.33")
    assert d.items["corporatie"] not in monitor.zonder_update
    html = after.content.decode()
    assert d.thema.titel in html and d.corporatie.naam in html
    assert 'class="licht licht-rood"' in html


def test_dashboard_period_and_document_choice(client, d, today):
    VoortgangFactory(
        item=d.items["corporatie"], organisatie=d.corporatie, jaar=2026, deel="H1", percentage=90
    )
    response = client.get(_url("dashboard", d.gemeente.slug), {"periode": "2025-H2"})
    assert response.context["periode"].code == "2025-H2"
    assert response.context["monitor"].totaal.percentage == 0


def test_dashboard_of_an_unknown_or_invisible_workspace_is_404(client, today):
    d = Driehoek(status=DocumentStatus.CONCEPT)
    assert client.get(_url("dashboard", d.gemeente.slug)).status_code == 404
    assert client.get(_url("dashboard", "bestaat-niet")).status_code == 404


def test_my_tasks_lists_items_to_report_on(client, d, today):
    assert client.get(_url("mijn_taken")).status_code == 302
    user = member(d.corporatie, Rol.BEWERKER)
    client.force_login(user)
    response = client.get(_url("mijn_taken"))
    assert response.context["taken"].te_rapporteren == [d.items["corporatie"]]
    VoortgangFactory(item=d.items["corporatie"], organisatie=d.corporatie, jaar=2026, deel="H1")
    assert client.get(_url("mijn_taken")).context["taken"].te_rapporteren == []
    client.force_login(member(d.corporatie, Rol.LEZER))
    assert client.get(_url("mijn_taken")).context["taken"].te_rapporteren == []


LOCMEM_TEMPLATES = [
    {
        **settings.TEMPLATES[0],
        "APP_DIRS": False,
        "OPTIONS": {
            **settings.TEMPLATES[0]["OPTIONS"],
            "loaders": [
                (
                    "django.template.loaders.locmem.Loader",
                    {"cyclus/_dashboard.html": "<p id='cyc'>{{ cyclus_test }}</p>"},
                ),
                "django.template.loaders.filesystem.Loader",
                "django.template.loaders.app_directories.Loader",
            ],
        },
    }
]


def test_cyclus_panel_and_tasks_when_the_cyclus_app_provides_them(client, d, today, monkeypatch):
    calls = []

    def dashboard_context(gemeente, user, day):
        calls.append((gemeente, day))
        return {"cyclus_test": "Jaarschijf te laat"}

    fake = types.SimpleNamespace(
        dashboard_context=dashboard_context,
        tasks_for=lambda user, day: [{"label": "Activiteitenoverzicht indienen", "url": "/x/"}],
    )
    monkeypatch.setattr("woondriehoek.monitoring.services.cyclus.overzicht", fake)
    with override_settings(TEMPLATES=LOCMEM_TEMPLATES):
        html = client.get(_url("dashboard", d.gemeente.slug)).content.decode()
    assert "<p id='cyc'>Jaarschijf te laat</p>" in html and calls == [(d.gemeente, today)]
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    tasks = client.get(_url("mijn_taken")).content.decode()
    assert '<a href="/x/">Activiteitenoverzicht indienen</a>' in tasks


def test_without_the_cyclus_app_nothing_breaks(client, d, today, monkeypatch):
    monkeypatch.setattr("woondriehoek.monitoring.services.cyclus.overzicht", None)
    response = client.get(_url("dashboard", d.gemeente.slug))
    assert response.status_code == 200 and response.context["cyclus_template"] is None
