"""iCalendar feeds (RFC 5545): the public schedule of a workspace and a personal feed.

Deadlines are all-day events (VALUE=DATE); meetings are timed events in UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.utils import timezone
from icalendar import Calendar, Event

from woondriehoek.afspraken.constants import PUBLISHED_STATUSES
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import gemeenten_van, organisatie_ids

from ..models import Overleg
from .overleg import deelnemers
from .termijnen import Termijn, termijnen_van

DOMEIN = "woondriehoek"
DUUR = dt.timedelta(hours=2)


def _kalender(naam: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Woondriehoek//cyclus//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", naam)
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    return cal


def _termijn_event(termijn: Termijn, gemeente: Organisatie, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{termijn.uid}-{gemeente.pk}@{DOMEIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", termijn.datum)
    event.add("dtend", termijn.datum + dt.timedelta(days=1))
    event.add("summary", f"{termijn.naam} ({gemeente.korte_naam})")
    wie = ", ".join(a.organisatie.naam for a in termijn.actoren)
    regels = [termijn.toelichting, f"Wie: {wie}" if wie else ""]
    if termijn.verschoven:
        regels.append(f"Nominale datum: {termijn.nominaal:%d-%m-%Y}")
    event.add("description", "\n".join(r for r in regels if r))
    event.add("categories", ["Termijn"])
    event.add("transp", "TRANSPARENT")
    return event


def _overleg_event(overleg: Overleg, stamp: dt.datetime, prive: bool) -> Event:
    event = Event()
    event.add("uid", f"overleg{overleg.pk}@{DOMEIN}")
    event.add("dtstamp", stamp)
    begin = overleg.begin.astimezone(dt.UTC)
    event.add("dtstart", begin)
    event.add("dtend", (overleg.eind or overleg.begin + DUUR).astimezone(dt.UTC))
    event.add("summary", f"{overleg.titel} ({overleg.get_soort_display()})")
    event.add("categories", ["Overleg"])
    if prive:
        if overleg.locatie:
            event.add("location", overleg.locatie)
        if overleg.agenda:
            event.add("description", f"Agenda:\n{overleg.agenda}")
    return event


def _jaren(today: dt.date) -> list[int]:
    return [today.year - 1, today.year, today.year + 1]


def _publieke_termijnen(gemeente: Organisatie, jaar: int, today: dt.date) -> Iterable[Termijn]:
    for termijn in termijnen_van(gemeente, jaar, today):
        doc = termijn.document
        if doc is None or doc.status in PUBLISHED_STATUSES:
            yield termijn


def werkruimte_ics(gemeente: Organisatie, today: dt.date, now: dt.datetime | None = None) -> bytes:
    """The published schedule: deadlines and meeting times, no agendas or minutes."""
    stamp = (now or timezone.now()).astimezone(dt.UTC)
    cal = _kalender(f"Woondriehoek {gemeente.korte_naam}")
    jaren = _jaren(today)
    for jaar in jaren:
        for termijn in _publieke_termijnen(gemeente, jaar, today):
            cal.add_component(_termijn_event(termijn, gemeente, stamp))
    for overleg in Overleg.objects.filter(gemeente=gemeente, begin__year__in=jaren):
        cal.add_component(_overleg_event(overleg, stamp, prive=False))
    return cal.to_ical()


def persoonlijk_ics(user, today: dt.date, now: dt.datetime | None = None) -> bytes:
    """Deadlines the user's organisations must act on and the meetings they take part in."""
    stamp = (now or timezone.now()).astimezone(dt.UTC)
    cal = _kalender(f"Woondriehoek – {user.get_full_name() or user.get_username()}")
    eigen = organisatie_ids(user)
    jaren = _jaren(today)
    for gemeente in gemeenten_van(user):
        for jaar in jaren:
            for termijn in termijnen_van(gemeente, jaar, today):
                if any(a.organisatie.pk in eigen for a in termijn.actoren):
                    cal.add_component(_termijn_event(termijn, gemeente, stamp))
        for overleg in Overleg.objects.filter(gemeente=gemeente, begin__year__in=jaren):
            if any(o.pk in eigen for o in deelnemers(gemeente, overleg.soort)):
                cal.add_component(_overleg_event(overleg, stamp, prive=True))
    return cal.to_ical()
