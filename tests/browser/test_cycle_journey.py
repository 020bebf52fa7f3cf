"""Issue 4 in a real browser: report progress with evidence, follow it on the municipality
dashboard with an overdue jaarschijf submission, and add the tenants' view (zienswijze).

Dates are relative to today (nothing is frozen): the agreement runs from last year to two years
ahead, and the jaarschijf submission deadline lies a month in the past.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.cyclus.constants import RegelBron, RegelSoort
from woondriehoek.cyclus.models import Cyclusregel
from woondriehoek.cyclus.services.jaarschijf import dien_in, indiening_van, open_jaarschijf
from woondriehoek.demo.services.loader import DEMO_PASSWORD
from woondriehoek.monitoring.constants import VoortgangStatus
from woondriehoek.monitoring.models import Bewijs, Voortgang, Zienswijze
from woondriehoek.monitoring.services.periode import Periode
from woondriehoek.monitoring.services.voortgang import NieuweVoortgang, add_voortgang
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

from .helpers import log_in, log_out, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EVIDENCE = Path(__file__).parent / "fixtures" / "opleveringsplanning.csv"
CORPORATIE_TEKST = "De corporatie bouwt aan de Havenkade minimaal 54 sociale huurwoningen."
GEMEENTE_TEKST = "De gemeente wijst twee locaties aan voor tijdelijke woningen."
HUURDERS_TEKST = "De huurdersvereniging houdt elk jaar een enquête onder nieuwe huurders."
TOELICHTING = "De vergunning voor de eerste 24 woningen is verleend; de bouw start in het voorjaar."
ZIENSWIJZE = "Wij zien graag dat de eerste woningen voorrang krijgen voor starters uit het dorp."


class Werkruimte(Driehoek):
    """The Driehoek with demo-password users, an agreement around today, an overdue
    activity-overview deadline and a jaarschijf that only the corporation has not submitted."""

    def __init__(self) -> None:
        super().__init__()
        self.today = timezone.localdate()
        self.document.periode_start = self.today.year - 1
        self.document.periode_eind = self.today.year + 2
        self.document.save()
        self.thema.titel = "Betaalbaar en beschikbaar"
        self.thema.save()
        for key, tekst in (
            ("gemeente", GEMEENTE_TEKST),
            ("corporatie", CORPORATIE_TEKST),
            ("huurders", HUURDERS_TEKST),
        ):
            self.items[key].tekst = tekst
            self.items[key].save()
        self.users = {}
        for key, org in (
            ("gemeente", self.gemeente),
            ("corporatie", self.corporatie),
            ("huurders", self.huurders),
        ):
            for rol in (Rol.BEHEERDER, Rol.BEWERKER, Rol.LEZER):
                name = f"{key}-{rol.value}"
                self.users[name] = member(
                    org, rol, username=name, first_name=name, password=DEMO_PASSWORD
                )
        self.periode = Periode.huidige(self.today)
        self.deadline = self.today - dt.timedelta(days=30)
        self.regel = Cyclusregel.objects.create(
            gemeente=self.gemeente,
            document=self.document,
            code="activiteiten",
            naam="Activiteitenoverzicht volgend jaar",
            bron=RegelBron.AFSPRAAK,
            soort=RegelSoort.DATUM,
            maand=self.deadline.month,
            dag=self.deadline.day,
            partijtypes=["gemeente", "corporatie", "huurdersorganisatie"],
            jaar_van=self.deadline.year,
            jaar_tot=self.deadline.year,
        )
        self.jaarschijf = open_jaarschijf(
            self.document, self.deadline.year + 1, indienen_voor=self.deadline
        )
        for key, org in (("gemeente", self.gemeente), ("huurders", self.huurders)):
            dien_in(indiening_van(self.jaarschijf, org), self.users[f"{key}-bewerker"])


@pytest.fixture
def ws() -> Werkruimte:
    return Werkruimte()


def test_corporation_editor_reports_progress_with_evidence(page, ws):
    item = ws.items["corporatie"]
    log_in(page, "corporatie-bewerker")
    page.goto(item.get_absolute_url())
    summary = page.locator(".monitoring-summary")  # loaded by htmx
    expect(summary).to_contain_text("0%")
    summary.get_by_role("link", name="Voortgang rapporteren").click()

    form = page.locator("section[aria-labelledby=report-progress] form")
    expect(form.locator("#id_periode")).to_have_value(ws.periode.code)
    expect(form.locator("#id_organisatie option")).to_have_text([ws.corporatie.naam])
    form.locator("#id_status").select_option(VoortgangStatus.OP_SCHEMA)
    form.locator("#id_percentage").fill("60")
    form.locator("#id_toelichting").fill(TOELICHTING)
    form.locator("#id_bestand").set_input_files(EVIDENCE)
    form.locator("#id_omschrijving").fill("Opleveringsplanning Havenkade")
    form.get_by_role("button", name="Voortgang opslaan").click()

    expect(page.locator(".messages")).to_contain_text("De voortgang is opgeslagen.")
    update = page.locator(".timeline > li").first
    expect(update.locator(".status")).to_have_text("Op schema")
    expect(update).to_contain_text(ws.periode.label)
    expect(update).to_contain_text("60%")
    expect(update).to_contain_text(TOELICHTING)
    expect(update).to_contain_text(ws.corporatie.naam)
    evidence = update.get_by_role("link", name="Opleveringsplanning Havenkade")
    with page.expect_download() as download:
        evidence.click()
    assert download.value.suggested_filename == EVIDENCE.name
    assert Path(download.value.path()).read_bytes() == EVIDENCE.read_bytes()
    page.reload()  # axe on the page itself; the success message is test_messages_are_accessible
    assert serious_violations(page) == [], "progress page (trekker)"

    voortgang = Voortgang.objects.get(item=item)
    assert (voortgang.status, voortgang.percentage) == (VoortgangStatus.OP_SCHEMA, 60)
    assert Bewijs.objects.get(voortgang=voortgang).bestandsnaam == EVIDENCE.name

    # The item page shows the new state
    page.goto(item.get_absolute_url())
    expect(summary.locator(".status")).to_have_text("Op schema")
    expect(summary).to_contain_text("60%")
    expect(summary).to_contain_text(TOELICHTING)
    expect(summary).to_contain_text(ws.corporatie.naam)

    # ... but it may not report on the municipality's afspraak
    response = page.goto(reverse("monitoring:item_voortgang", args=[ws.items["gemeente"].pk]))
    assert response.ok
    expect(page.locator("#id_toelichting")).to_have_count(0)
    expect(page.get_by_role("heading", name="Voortgang rapporteren")).to_have_count(0)


def _party_row(page, org):
    return page.locator("section[aria-labelledby=parties-heading] tr", has_text=org.naam)


def test_coordinator_sees_dashboard_change_and_overdue_submission(page, ws):
    item = ws.items["corporatie"]
    log_in(page, "gemeente-beheerder")
    page.goto(ws.gemeente.get_absolute_url())
    page.get_by_role("link", name="Dashboard", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(ws.gemeente.korte_naam)
    expect(page.locator("#id_periode")).to_have_value(ws.periode.code)

    # Before: nobody reported; everything off track
    expect(_party_row(page, ws.corporatie)).to_contain_text("Uit koers")
    expect(_party_row(page, ws.corporatie)).to_contain_text("0%")
    no_update = page.locator("section[aria-labelledby=no-update-heading]")
    item_link = f"a[href='{reverse('monitoring:item_voortgang', args=[item.pk])}']"
    expect(no_update.locator(item_link)).to_have_count(1)
    expect(no_update.locator("tbody tr")).to_have_count(3)

    # The cycle: the overdue deadline and the jaarschijf the corporation has not submitted
    cyclus = page.locator("section.cyclus-dashboard")
    overdue = cyclus.get_by_role("table", name="Verstreken termijnen").locator(
        "tr", has_text=ws.regel.naam
    )
    expect(overdue).to_contain_text("⚠")
    expect(overdue).to_contain_text(ws.corporatie.naam)
    expect(overdue).not_to_contain_text(ws.huurders.naam)
    jaarschijf = cyclus.locator("table[aria-labelledby=cyclus-jaarschijf-heading]")
    expect(cyclus.locator("#cyclus-jaarschijf-heading")).to_contain_text(str(ws.jaarschijf.jaar))
    expect(jaarschijf.locator("tr", has_text=ws.corporatie.naam)).to_contain_text(
        "niet ingediend ⚠ termijn verstreken"
    )
    expect(jaarschijf.locator("tr", has_text=ws.gemeente.naam)).to_contain_text("✓ ingediend")
    expect(jaarschijf.locator("tr", has_text=ws.huurders.naam)).to_contain_text("✓ ingediend")
    assert serious_violations(page) == [], "dashboard"

    # The corporation reports (its editor, in the meantime) ...
    add_voortgang(
        item,
        ws.users["corporatie-bewerker"],
        ws.corporatie,
        NieuweVoortgang(periode=ws.periode, status=VoortgangStatus.OP_SCHEMA, percentage=60),
    )
    # ... and the coordinator sees the dashboard change
    page.reload()
    expect(_party_row(page, ws.corporatie)).to_contain_text("Op koers")
    expect(_party_row(page, ws.corporatie)).to_contain_text("60%")
    expect(_party_row(page, ws.gemeente)).to_contain_text("Uit koers")
    theme_row = page.locator("section[aria-labelledby=themes-heading] tr", has_text=ws.thema.titel)
    expect(theme_row).to_contain_text("20%")  # (60 + 0 + 0) / 3
    expect(no_update.locator(item_link)).to_have_count(0)
    expect(no_update.locator("tbody tr")).to_have_count(2)
    expect(jaarschijf.locator("tr", has_text=ws.corporatie.naam)).to_contain_text("⚠")

    # The jaarschijf page and the calendar say the same
    cyclus.locator("#cyclus-jaarschijf-heading a").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(str(ws.jaarschijf.jaar))
    row = page.locator("section[aria-labelledby=parties-heading] tr", has_text=ws.corporatie.naam)
    expect(row.locator(".badge.overdue")).to_contain_text("termijn verstreken")
    assert serious_violations(page) == [], "jaarschijf"

    page.goto(reverse("cyclus:kalender", args=[ws.gemeente.slug]) + f"?jaar={ws.deadline.year}")
    late = page.locator("section[aria-labelledby=overdue-heading] tr", has_text=ws.regel.naam)
    expect(late).to_contain_text("Termijn verstreken")
    expect(late).to_contain_text(ws.corporatie.naam)
    assert serious_violations(page) == [], "calendar"


def test_tenant_board_member_adds_a_zienswijze(page, ws):
    item = ws.items["corporatie"]
    add_voortgang(
        item,
        ws.users["corporatie-bewerker"],
        ws.corporatie,
        NieuweVoortgang(periode=ws.periode, status=VoortgangStatus.RISICO, toelichting=TOELICHTING),
    )
    url = reverse("monitoring:item_voortgang", args=[item.pk])
    views = "section[aria-labelledby=views-heading]"

    # A lezer of the tenant board reads, but may not add a view (docs/monitoring.md)
    log_in(page, "huurders-lezer")
    page.goto(url)
    expect(page.locator(".timeline")).to_contain_text(TOELICHTING)
    expect(page.locator(f"{views} form")).to_have_count(0)
    log_out(page)

    log_in(page, "huurders-bewerker")
    page.goto(item.get_absolute_url())
    page.locator(".monitoring-summary").locator(f"a[href='{url}']").click()
    expect(page.locator(".timeline .status").first).to_have_text("Risico")
    form = page.locator(f"{views} form")
    expect(form.locator("select[name=periode]")).to_have_value(ws.periode.code)
    expect(form.locator("select[name=organisatie] option")).to_have_text([ws.huurders.naam])
    form.locator("textarea[name=tekst]").fill(ZIENSWIJZE)
    form.get_by_role("button", name="Zienswijze toevoegen").click()

    expect(page.locator(".messages")).to_contain_text(
        "De zienswijze van de huurders is toegevoegd."
    )
    view = page.locator(f"{views} .comment", has_text=ZIENSWIJZE)
    expect(view).to_contain_text(ws.huurders.naam)
    expect(view).to_contain_text(ws.periode.label)
    expect(view).to_contain_text("huurders-bewerker")
    expect(page.locator("table.history")).to_contain_text(re.compile("zienswijze", re.I))
    zienswijze = Zienswijze.objects.get(item=item)
    assert (zienswijze.organisatie, zienswijze.tekst) == (ws.huurders, ZIENSWIJZE)
    page.reload()
    assert serious_violations(page) == [], "progress page (tenants)"


def test_success_message_is_accessible(page, ws):
    log_in(page, "corporatie-bewerker")
    page.goto(reverse("monitoring:item_voortgang", args=[ws.items["corporatie"].pk]))
    form = page.locator("section[aria-labelledby=report-progress] form")
    form.locator("#id_toelichting").fill(TOELICHTING)
    form.get_by_role("button", name="Voortgang opslaan").click()
    expect(page.locator(".messages")).to_contain_text("De voortgang is opgeslagen.")
    assert serious_violations(page) == []


@pytest.mark.parametrize("who", ["huurders-bewerker", "corporatie-bewerker"])
def test_progress_page_labels_belong_to_their_own_form(page, ws, who):
    log_in(page, who)
    page.goto(reverse("monitoring:item_voortgang", args=[ws.items["corporatie"].pk]))
    expect(page.locator("form textarea").first).to_be_visible()
    problems = page.evaluate(
        """() => {
          const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
          const duplicate = ids.filter((id, i) => ids.indexOf(id) !== i);
          const misplaced = [...document.querySelectorAll('form label[for]')]
            .filter(l => !l.control || l.control.form !== l.closest('form'))
            .map(l => l.textContent.trim());
          return {duplicate, misplaced};
        }"""
    )
    assert problems == {"duplicate": [], "misplaced": []}


ENGLISH = [
    "Report progress",
    "Save progress",
    "All updates",
    "Tenants' views",
    "Add the tenants' view",
    "Per party (as lead)",
    "Overdue deadlines",
    "Still to act",
    "Full calendar",
    "Submissions per party",
]


def test_monitoring_and_cycle_pages_speak_dutch(page, ws):
    log_in(page, "gemeente-beheerder")
    shown = []
    for url in (
        reverse("monitoring:item_voortgang", args=[ws.items["gemeente"].pk]),
        reverse("monitoring:dashboard", args=[ws.gemeente.slug]),
        reverse("cyclus:kalender", args=[ws.gemeente.slug]),
        ws.jaarschijf.get_absolute_url(),
    ):
        page.goto(url)
        text = page.locator("main").inner_text()
        shown += [f"{url}: {phrase}" for phrase in ENGLISH if phrase in text]
    assert shown == []
