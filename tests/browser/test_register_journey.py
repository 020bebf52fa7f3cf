"""Journeys through the register in a real browser (Debian chromium, Playwright)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from woondriehoek.afspraken.models import Document, Item
from woondriehoek.demo.services.loader import load_demo

from .helpers import log_in, log_out, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo():
    load_demo()
    return Document.objects.get(periode_start=2025, periode_eind=2028)


def test_tenant_board_member_finds_what_a_corporation_leads(page, demo):
    log_in(page, "hbd-lezer")
    page.get_by_role("link", name=re.compile("Druten")).first.click()
    page.get_by_role("link", name=demo.titel).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(demo.titel)
    page.get_by_label("Partij").select_option(label="Woonwaarts")
    page.get_by_label("Als").select_option(value="trekker")
    expect(page.locator("#register")).to_contain_text("van")  # "N van M items"
    led = Item.objects.filter(
        document=demo, betrokkenheden__rol="trekker", betrokkenheden__organisatie__naam="Woonwaarts"
    ).distinct()
    expect(page.locator("#register .items > li")).to_have_count(led.count())
    with_target = led.filter(doelen__isnull=False).first()
    page.locator(f"#item-{with_target.pk} .item-head a").click()
    expect(page.get_by_role("heading", name="Doelen")).to_be_visible()
    target = with_target.doelen.first()
    expect(page.locator("table").first).to_contain_text(target.eenheid)
    expect(page.get_by_role("heading", name="Geschiedenis")).to_be_visible()
    expect(page.locator("table.history")).to_contain_text("aangemaakt")
    assert page.get_by_role("link", name="Bewerken").count() == 0


def test_corporation_editor_edits_own_item_and_not_the_gemeentes(page, demo):
    own = Item.objects.filter(
        document=demo, betrokkenheden__rol="trekker", betrokkenheden__organisatie__naam="Woonwaarts"
    ).first()
    theirs = Item.objects.filter(
        document=demo,
        betrokkenheden__rol="trekker",
        betrokkenheden__organisatie__naam="Gemeente Druten",
    ).first()
    log_in(page, "woonwaarts-bewerker")
    page.goto(own.get_absolute_url())
    page.get_by_role("link", name="Bewerken").click()
    page.get_by_label("Uitvoering").fill("2025 - 2027 (bijgesteld)")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.locator(".messages")).to_contain_text("opgeslagen")
    expect(page.locator("dl.facts")).to_contain_text("2025 - 2027 (bijgesteld)")
    expect(page.locator("table.history")).to_contain_text("bijgesteld")
    page.goto(theirs.get_absolute_url())
    assert page.get_by_role("link", name="Bewerken").count() == 0
    response = page.goto(f"/items/{theirs.pk}/bewerken/")
    assert response.status == 403
    log_out(page)


@pytest.mark.parametrize("who", [None, "druten-beheerder"])
def test_main_pages_have_no_serious_accessibility_violations(page, demo, who):
    if who:
        log_in(page, who)
    item = demo.items.filter(soort="afspraak").first()
    urls = [
        "/",
        demo.gemeenten.first().get_absolute_url(),
        demo.get_absolute_url(),
        item.get_absolute_url(),
        f"/documenten/{demo.pk}/geschiedenis/",
    ]
    if who:
        urls += ["/mijn-afspraken/", f"/items/{item.pk}/bewerken/"]
    else:
        urls += ["/inloggen/"]
    problems = {}
    for url in urls:
        page.goto(url)
        found = serious_violations(page)
        if found:
            problems[url] = found
    assert problems == {}
