"""Issue 3 in a real browser: upload a document, watch it being read, review, publish.

The fixture (fixtures/afspraken_kreekdorp.md) is written for this test: two themes, numbered
afspraken in "Nr. | Afspraak | Trekker | Betrokkenen | Uitvoering" tables and a signature block.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.models import Document, Item
from woondriehoek.demo.services.loader import DEMO_PASSWORD
from woondriehoek.importeren.constants import Fase, TaakStatus
from woondriehoek.importeren.models import Importtaak
from woondriehoek.importeren.services.taken import run_job
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import GemeenteFactory, member

from .helpers import log_in, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIXTURE = Path(__file__).parent / "fixtures" / "afspraken_kreekdorp.md"
TITLE = "Prestatieafspraken Kreekdorp 2026 – 2028"
EDITED = (
    "De gemeente organiseert elk voorjaar en elk najaar een spreekuur over energietoeslag "
    "en schuldhulp."
)
MISSED = "Waterpoort en de gemeente maken samen een plan voor de tijdelijke huisvesting."


@pytest.fixture
def queued_tasks(settings):
    """A worker that never runs on its own, so the browser sees the job wait and progress.

    The test suite runs tasks immediately; here the test plays the worker (``run_job``)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def beheerder():
    gemeente = GemeenteFactory(naam="Gemeente Kreekdorp")
    user = member(gemeente, Rol.BEHEERDER, username="kreekdorp-beheerder", password=DEMO_PASSWORD)
    return gemeente, user


def _item(page, item_id: str):
    return page.locator(f"#review-items #item-{item_id}")


def test_beheerder_uploads_reviews_and_publishes_a_document(page, beheerder, queued_tasks):
    gemeente, _user = beheerder
    log_in(page, "kreekdorp-beheerder")

    # Upload
    page.get_by_role("link", name="Importeren", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Document importeren")
    assert serious_violations(page) == [], "upload page"
    page.locator("#id_bestand").set_input_files(FIXTURE)
    page.locator("#id_gemeente").select_option(label=str(gemeente))
    page.get_by_role("button", name="Uploaden en inlezen").click()

    # Watch the background job: waiting, then reading (the htmx poll), then ready
    expect(page.get_by_role("heading", level=1)).to_have_text(FIXTURE.name)
    status = page.locator("#job-status")
    expect(status).to_contain_text("in de wachtrij")
    expect(page.get_by_label("Voortgang")).to_have_attribute("value", "0")
    job = Importtaak.objects.get()
    assert job.status == TaakStatus.WACHTEND and Document.objects.count() == 0

    Importtaak.objects.filter(pk=job.pk).update(
        status=TaakStatus.BEZIG, fase=Fase.STRUCTUUR, voortgang=40
    )
    expect(status).to_contain_text("wordt gelezen")
    expect(status).to_contain_text("Partijen, thema's en items zoeken")
    expect(page.get_by_label("Voortgang")).to_have_attribute("value", "40")

    run_job(job)
    expect(status).to_contain_text("klaar voor controle")
    expect(page.get_by_label("Voortgang")).to_have_count(0)
    assert Document.objects.count() == 0  # nothing reaches the register before publishing

    # Review: the source on one side, the structure on the other
    status.get_by_role("link", name="Resultaat controleren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Controle: {TITLE}")
    bron = page.locator("section.bron")
    expect(bron.get_by_role("heading", name="Brontekst")).to_be_visible()
    expect(bron).to_contain_text("Aldus overeengekomen en ondertekend te Kreekdorp")
    expect(page.locator("dl.facts")).to_contain_text("2026–2028")
    expect(page.locator("#review-parties")).to_contain_text("Woonstichting Waterpoort")
    items = page.locator("#review-items")
    expect(items.get_by_role("heading", level=2)).to_have_text("Items (5)")
    expect(items.get_by_role("heading", name="1 Betaalbaar wonen")).to_be_visible()
    expect(items.get_by_role("heading", name="2 Nieuwbouw en verduurzaming")).to_be_visible()
    expect(_item(page, "i1")).to_contain_text("Trekker: Woonstichting Waterpoort")
    expect(_item(page, "i4")).to_contain_text("minimaal 80 sociale huurwoningen")

    # Each item links to its place in the source
    source_line = job.resultaat["items"][0]["source"]["line"]
    _item(page, "i1").get_by_role("link", name=re.compile(r"tonen in bron")).click()
    expect(page).to_have_url(re.compile(rf"#bron-l{source_line}$"))
    anchor = page.locator(f"#bron-l{source_line}")
    expect(anchor).to_contain_text("Waterpoort houdt de gemiddelde huur")
    expect(anchor).to_be_in_viewport()

    # Edit the text of one item
    second = _item(page, "i2")
    second.get_by_text("Tekst bewerken").click()
    second.get_by_label("Tekst", exact=True).fill(EDITED)
    second.get_by_role("button", name="Tekst opslaan").click()
    expect(_item(page, "i2").locator(".item-text")).to_have_text(EDITED)

    # Re-type one item: afspraak -> ambitie
    third = _item(page, "i3")
    third.get_by_label("Soort").select_option("ambitie")
    third.get_by_role("button", name="Soort wijzigen").click()
    expect(_item(page, "i3").locator(".badge")).to_have_text(re.compile("ambitie", re.I))

    # Delete one (the browser asks for confirmation first)
    page.once("dialog", lambda dialog: dialog.accept())
    _item(page, "i5").get_by_role("button", name="Verwijderen").click()
    expect(_item(page, "i5")).to_have_count(0)
    expect(items.get_by_role("heading", level=2)).to_have_text("Items (4)")

    # Add a missed item under theme 2
    items.get_by_text("Gemist item toevoegen").click()
    items.locator("#nieuw-tekst").fill(MISSED)
    items.locator("#nieuw-soort").select_option("afspraak")
    items.locator("#nieuw-thema").select_option(label="2 Nieuwbouw en verduurzaming")
    items.get_by_role("button", name="Item toevoegen").click()
    expect(items.get_by_role("heading", level=2)).to_have_text("Items (5)")
    added = items.locator(".review-item", has_text=MISSED)
    expect(added).to_contain_text("handmatig toegevoegd")
    assert Document.objects.count() == 0

    assert serious_violations(page) == [], "review page"

    # Publish, then find the agreement in the register
    page.get_by_role("button", name="Publiceren in het register").click()
    expect(page.locator(".messages")).to_contain_text(
        "De afspraken zijn als concept in het register gepubliceerd."
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    document = Document.objects.get()
    assert document.status == DocumentStatus.CONCEPT
    assert list(document.gemeenten.all()) == [gemeente]

    page.get_by_role("navigation", name="Kruimelpad").get_by_role("link", name="Kreekdorp").click()
    row = page.get_by_role("row", name=re.compile(TITLE))
    expect(row).to_contain_text("concept")
    row.get_by_role("link", name=TITLE).click()
    register = page.locator("#register")
    expect(register).to_contain_text(EDITED)
    expect(register).to_contain_text(MISSED)
    expect(register).not_to_contain_text("grondprijsbeleid")  # the deleted item
    expect(register.locator(".item.ambitie")).to_contain_text("bezoekt nieuwe huurders")
    expect(register.locator(".item")).to_have_count(5)

    page.locator("#id_q").fill("najaar")
    expect(register.locator(".item")).to_have_count(1)
    expect(register.locator(".item")).to_contain_text(EDITED)
    assert Item.objects.filter(document=document, tekst=EDITED).exists()
