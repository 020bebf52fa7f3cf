"""Anonymous visitors on the public pages (app openbaar), on a desktop and a phone."""

from __future__ import annotations

import openpyxl
import pytest
from playwright.sync_api import expect

from woondriehoek.openbaar.tests.fixtures import CONCEPT_TITEL, REACTIE_TEKST, TODAY, Open

from .helpers import serious_violations, sideways

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def open_data(monkeypatch):
    monkeypatch.setattr("woondriehoek.monitoring.views.common.vandaag", lambda: TODAY)
    return Open()


def test_visitor_finds_a_municipality_and_downloads_its_data(page, open_data, tmp_path):
    page.goto("/openbaar/")
    assert serious_violations(page) == []
    page.get_by_role("link", name=open_data.ga.korte_naam).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(open_data.ga.korte_naam)
    expect(page.locator("section[aria-labelledby=afspraken]")).to_contain_text(open_data.a.titel)
    expect(page.locator(".chart-svg svg").first).to_be_visible()
    body = page.locator("main").inner_text()
    assert REACTIE_TEKST not in body and CONCEPT_TITEL not in body
    assert serious_violations(page) == []
    with page.expect_download() as info:
        page.locator("section[aria-labelledby=downloads] a[href$='export.xlsx']").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    wb = openpyxl.load_workbook(target)
    assert "documenten" in wb.sheetnames
    titels = [r[1] for r in wb["documenten"].iter_rows(min_row=2, values_only=True)]
    assert titels == [open_data.a.titel]


def test_comparison_view_is_accessible(page, open_data):
    page.goto("/openbaar/vergelijking/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator("main")).to_contain_text(open_data.b.titel)
    assert CONCEPT_TITEL not in page.locator("main").inner_text()
    assert serious_violations(page) == []
    response = page.request.get("/openbaar/vergelijking/export.csv")
    assert response.ok and response.headers["content-type"] == "application/zip"


@pytest.mark.parametrize("url", ["/openbaar/", "gemeente", "/openbaar/vergelijking/"])
def test_pages_work_on_a_phone(phone, open_data, url):
    if url == "gemeente":
        url = f"/openbaar/{open_data.ga.slug}/"
    phone.goto(url)
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    assert sideways(phone) <= 1
    assert serious_violations(phone) == []
