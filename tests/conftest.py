"""Fixtures shared by the journey tests: a live server and Debian's Chromium via Playwright.

Browser tests skip on a developer machine without /usr/bin/chromium, and FAIL in CI
(CI=true), where .ci/run installs Chromium with apt. Playwright never downloads a browser.
"""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = os.environ.get("WOONDRIEHOEK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def chromium_browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium_browser, live_server):
    context = chromium_browser.new_context(locale="nl-NL", base_url=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


PHONE = {"width": 375, "height": 740}


@pytest.fixture
def phone(chromium_browser, live_server):
    """A page in a phone-sized, touch, mobile browser context."""
    context = chromium_browser.new_context(
        locale="nl-NL", base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()
