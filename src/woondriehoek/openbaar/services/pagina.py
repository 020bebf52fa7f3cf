"""What the public page of a municipality shows: published agreements only, their progress
and target charts, and the cycle planning (dates and statuses, no notes, minutes or names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count

from woondriehoek.afspraken.models import Document
from woondriehoek.cyclus.models import Overleg
from woondriehoek.cyclus.services.termijnen import Termijn, termijnen_van
from woondriehoek.monitoring.services.dashboard import Monitor, kies_document, monitor
from woondriehoek.monitoring.services.doelen import overzichten
from woondriehoek.monitoring.services.grafiek import Grafiek, grafiek
from woondriehoek.monitoring.services.periode import Periode
from woondriehoek.organisaties.models import Organisatie

from .bereik import gemeenten_met_publicatie


@dataclass
class Vergadering:
    datum: dt.date
    soort: str


@dataclass
class Pagina:
    gemeente: Organisatie
    documenten: list[Document]
    document: Document | None
    periode: Periode
    monitor: Monitor | None
    grafieken: list[Grafiek]
    termijnen: list[Termijn]
    vergaderingen: list[Vergadering]
    jaar: int


def gepubliceerd(gemeente: Organisatie) -> list[Document]:
    return list(
        Document.objects.published()
        .of_gemeente(gemeente)
        .prefetch_related("partijen__organisatie")
        .annotate(aantal_items=Count("items"))
        .order_by("-periode_start", "titel")
    )


def vergaderingen(gemeente: Organisatie, jaar: int) -> list[Vergadering]:
    """Only the date and kind of each meeting: agenda, minutes and place stay internal."""
    rows = Overleg.objects.filter(gemeente=gemeente).of_jaar(jaar).order_by("begin")
    return [Vergadering(o.begin.date(), o.get_soort_display()) for o in rows.only("begin", "soort")]


def pagina(gemeente: Organisatie, today: dt.date, document_pk: int | None = None) -> Pagina:
    documenten = gepubliceerd(gemeente)
    document = kies_document(documenten, today, document_pk)
    periode = Periode.huidige(today)
    mon = monitor(document, periode) if document else None
    return Pagina(
        gemeente=gemeente,
        documenten=documenten,
        document=document,
        periode=periode,
        monitor=mon,
        grafieken=[grafiek(o) for o in overzichten(document)] if document else [],
        termijnen=termijnen_van(gemeente, today.year, today),
        vergaderingen=vergaderingen(gemeente, today.year),
        jaar=today.year,
    )


@dataclass
class Vermelding:
    gemeente: Organisatie
    aantal: int
    laatste: Document | None


def index() -> list[Vermelding]:
    """Municipalities with published agreements, with the newest agreement of each."""
    result = []
    published = Document.objects.published().prefetch_related("gemeenten")
    per_gemeente: dict[int, list[Document]] = {}
    for d in published.order_by("-periode_start", "titel"):
        for g in d.gemeenten.all():
            per_gemeente.setdefault(g.pk, []).append(d)
    for g in gemeenten_met_publicatie():
        docs = per_gemeente.get(g.pk, [])
        result.append(Vermelding(g, len(docs), docs[0] if docs else None))
    return result
