"""The OpenAPI document and the docs page, which works without internet."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def test_openapi_document_describes_the_api(anon):
    schema = anon.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["title"] == "Woondriehoek API"
    assert "/api/v1/items" in schema["paths"]
    items = schema["paths"]["/api/v1/items"]["get"]
    assert {"200", "401", "422"} <= set(items["responses"])
    assert {p["name"] for p in items["parameters"]} >= {"limit", "offset", "q", "trekker"}
    assert schema["components"]["securitySchemes"]


def test_the_docs_page_loads_nothing_from_another_host(anon, client):
    response = anon.get("/docs")
    assert response.status_code == 200
    html = response.content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls), urls
    assert "cdn" not in html.lower()
    for url in urls:
        if "/assets/" in url:
            asset = client.get(url)
            assert asset.status_code == 200
            assert b"".join(asset.streaming_content)
    assert client.get("/api/v1/docs/assets/..%2Fsettings.py").status_code == 404
