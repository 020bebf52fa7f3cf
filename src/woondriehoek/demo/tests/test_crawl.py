"""Every page reachable by following links in the demo answers without an error.

A smoke test over the whole app: as a municipality coordinator, a tenant-board reader and an
anonymous visitor, follow the links of each page (breadth-first, within a budget) and require
that none answers 5xx, and that no link shown to a user leads to a refusal (403) or to nothing
(404): a link a user may not follow should not be shown.
"""

from __future__ import annotations

import re
from collections import deque

import pytest
from django.test import Client

from woondriehoek.demo.services.loader import DEMO_PASSWORD, load_demo

pytestmark = pytest.mark.django_db

SKIP = ("/static/", "/media/", "/beheer/", "/uitloggen/", "/i18n/")
SKIP_WORDS = ("intrekken", "verwijderen", ".ics", "/feed/")
LINK = re.compile(r'href="(/[^"#?]*)')


def _crawl(client: Client, budget: int) -> tuple[int, list[tuple[str, int]]]:
    seen: set[str] = set()
    todo, bad = deque(["/"]), []
    while todo and len(seen) < budget:
        url = todo.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code >= 400:
            bad.append((url, response.status_code))
        if "html" not in response.get("Content-Type", ""):
            continue
        for href in LINK.findall(response.content.decode()):
            if href.startswith(SKIP) or any(w in href for w in SKIP_WORDS):
                continue
            if href not in seen:
                todo.append(href)
    return len(seen), bad


@pytest.mark.parametrize("username", ["druten-beheerder", "hbd-lezer", None])
def test_links_in_the_demo_lead_to_working_pages(username):
    load_demo()
    client = Client()
    if username:
        assert client.login(username=username, password=DEMO_PASSWORD)
    pages, bad = _crawl(client, budget=150)
    assert pages > 30
    assert bad == []
