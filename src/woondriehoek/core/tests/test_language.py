from __future__ import annotations

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_dutch_by_default_whatever_the_browser_says(client):
    html = client.get("/inloggen/", headers={"Accept-Language": "en-GB,en"}).content.decode()
    assert '<html lang="nl">' in html and "Wachtwoord" in html


def test_english_when_chosen_with_the_switch(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/inloggen/"})
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    html = client.get("/inloggen/").content.decode()
    assert '<html lang="en">' in html and "Password" in html


def test_english_dates_are_written_the_european_way():
    import datetime as dt

    from django.utils import formats, translation

    with translation.override("en"):
        assert formats.date_format(dt.date(2026, 11, 29), "SHORT_DATE_FORMAT") == "29/11/2026"
        moment = dt.datetime(2026, 11, 29, 14, 5)
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "29/11/2026 14:05"
    with translation.override("nl"):
        assert formats.date_format(dt.date(2026, 11, 29), "SHORT_DATE_FORMAT") == "29-11-2026"
