"""A tenant-board volunteer on a phone: the pages they use fit the screen (no sideways
scroll from the header, a wide table or a chart) and axe finds nothing serious."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from woondriehoek.demo.services.loader import load_demo

from .helpers import log_in, serious_violations, sideways

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    "url",
    ["/", "/mijn-afspraken/", "/mijn-taken/", "/gemeenten/druten/planmonitor/", "item"],
)
def test_logged_in_pages_fit_a_phone(phone, url):
    load_demo()
    log_in(phone, "hbd-bewerker")
    if url == "item":  # an item with a target chart and its data table
        from woondriehoek.afspraken.models import Item

        item = Item.objects.filter(doelen__realisaties__isnull=False).distinct().first()
        url = item.get_absolute_url()
    phone.goto(url)
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    expect(phone.get_by_role("button", name="Uitloggen")).to_be_in_viewport()
    assert sideways(phone) <= 1
    assert serious_violations(phone) == []
