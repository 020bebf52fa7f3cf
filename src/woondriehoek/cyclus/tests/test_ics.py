"""ICS feeds are valid RFC 5545 (parsed back with icalendar) and keep private data private."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from woondriehoek.cyclus.constants import PRESET_MEERJARIG, OverlegSoort
from woondriehoek.cyclus.models import FeedToken
from woondriehoek.cyclus.services.ics import persoonlijk_ics, werkruimte_ics
from woondriehoek.cyclus.services.regels import pas_preset_toe

from .factories import OverlegFactory

D = dt.date
pytestmark = pytest.mark.django_db
NOW = timezone.make_aware(dt.datetime(2026, 1, 10, 9, 0))


def _events(body: bytes):
    cal = Calendar.from_ical(body)
    assert str(cal["VERSION"]) == "2.0" and "PRODID" in cal
    return list(cal.walk("VEVENT"))


@pytest.fixture
def ingericht(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    OverlegFactory(
        gemeente=driehoek.gemeente,
        titel="Stuurgroep maart",
        soort=OverlegSoort.BESTUURLIJK_SMAL,
        locatie="Raadzaal",
    )
    return driehoek


def test_workspace_feed_is_valid_and_public(ingericht):
    body = werkruimte_ics(ingericht.gemeente, D(2026, 1, 10), NOW)
    events = _events(body)
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)) > 10
    for e in events:
        assert "DTSTAMP" in e and "DTSTART" in e and "SUMMARY" in e
    deadlines = [e for e in events if "Termijn" in str(e.get("CATEGORIES").to_ical())]
    monitoring = next(
        e
        for e in deadlines
        if "Monitoring" in str(e["SUMMARY"]) and e.decoded("DTSTART") == D(2026, 4, 1)
    )
    assert monitoring["DTSTART"].params.get("VALUE") == "DATE"
    assert monitoring.decoded("DTEND") == D(2026, 4, 2)
    assert b"DTSTART;VALUE=DATE:20260401" in body
    (meeting,) = [e for e in events if "Stuurgroep maart" in str(e["SUMMARY"])]
    start = meeting.decoded("DTSTART")
    assert start.utcoffset() == dt.timedelta(0)
    assert start == timezone.make_aware(dt.datetime(2026, 3, 10, 14, 0))
    assert b"Geheim verslag" not in body and b"Opening" not in body and b"Raadzaal" not in body


def test_workspace_feed_hides_rules_of_draft_agreements(ingericht):
    ingericht.document.status = "concept"
    ingericht.document.save()
    body = werkruimte_ics(ingericht.gemeente, D(2026, 1, 10), NOW)
    assert b"Monitoring en accenten" not in body
    assert b"Jaarschijf voor volgend jaar" in body  # the Woningwet applies regardless


def test_workspace_feed_view(client, ingericht):
    response = client.get(reverse("cyclus:ics", args=[ingericht.gemeente.slug]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert _events(response.content)


def test_personal_feed_lists_own_deadlines_and_meetings_with_agenda(ingericht):
    user = ingericht.user("huurders-bewerker")
    body = persoonlijk_ics(user, D(2026, 1, 10), NOW)
    summaries = [str(e["SUMMARY"]) for e in _events(body)]
    assert any("Monitoring" in s for s in summaries)
    assert not any("meegezonden met de jaarstukken" in s for s in summaries)  # corporations
    assert not any("Stuurgroep maart" in s for s in summaries)  # smal: no tenants
    corp_body = persoonlijk_ics(ingericht.user("corporatie-lezer"), D(2026, 1, 10), NOW)
    assert b"Opening" in corp_body and b"Raadzaal" in corp_body
    assert b"jaarstukken" in corp_body


def test_personal_feed_by_secret_token(client, ingericht):
    user = ingericht.user("corporatie-bewerker")
    client.force_login(user)
    page = client.get(reverse("cyclus:feed_token"))
    token = FeedToken.objects.get(user=user).token
    assert token in page.content.decode()
    client.logout()
    response = client.get(reverse("cyclus:feed", args=[token]))
    assert response.status_code == 200 and _events(response.content)
    assert client.get(reverse("cyclus:feed", args=["nep"])).status_code == 404
    client.force_login(user)
    client.post(reverse("cyclus:feed_token"))
    client.logout()
    assert client.get(reverse("cyclus:feed", args=[token])).status_code == 404
