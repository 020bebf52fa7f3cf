"""The monitoring report of a workspace for a year, as a neutral content model."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from woondriehoek.afspraken.models import Document, Doel
from woondriehoek.monitoring.constants import PeriodeDeel
from woondriehoek.monitoring.services.dashboard import monitor
from woondriehoek.monitoring.services.doelen import DoelOverzicht, overzicht
from woondriehoek.monitoring.services.periode import Periode
from woondriehoek.organisaties.models import Organisatie

from . import afspraken, cyclus, monitors, opmaak
from .inhoud import Rapportdocument
from .werkruimte import afspraak_van


def doel_overzichten(document: Document) -> list[DoelOverzicht]:
    """Every target of the agreement with its realisations, in register order (one query
    for targets, one for realisations, one for the leads)."""
    doelen = (
        Doel.objects.filter(item__document=document)
        .select_related("item")
        .prefetch_related("realisaties__organisatie", "item__betrokkenheden__organisatie")
        .order_by("item__volgorde", "item_id", "volgorde", "pk")
    )
    return [overzicht(d, list(d.realisaties.all())) for d in doelen]


def cover(document: Document, gemeente: Organisatie, jaar: int, today: dt.date) -> dict:
    return {
        "titel": _("Monitoring report performance agreements %(gemeente)s %(year)s")
        % {"gemeente": gemeente.korte_naam, "year": jaar},
        "ondertitel": document.titel,
        "gemeente": gemeente.naam,
        "jaar": jaar,
        "datum": opmaak.datum(today),
        "kenmerken": [
            (_("Agreement"), document.titel),
            (_("Period"), document.periode_label or opmaak.LEEG),
            (_("Parties"), ", ".join(p.organisatie.naam for p in document.partijen.all())),
            (_("Report year"), str(jaar)),
            (_("Generated on"), opmaak.datum(today)),
        ],
        "voetregel": _("Monitoring report %(gemeente)s %(year)s")
        % {"gemeente": gemeente.korte_naam, "year": jaar},
    }


def monitoringrapport(gemeente: Organisatie, jaar: int, today: dt.date) -> Rapportdocument:
    document = afspraak_van(gemeente, jaar)
    m = monitor(document, Periode(jaar, PeriodeDeel.JAAR))
    items = sorted([*m.items, *m.zonder_trekker], key=lambda i: (i.volgorde, i.pk))
    rapport = Rapportdocument(**cover(document, gemeente, jaar, today))
    rapport.secties = [
        afspraken.samenvatting(document, m),
        afspraken.partijen(document),
        afspraken.per_thema(m, items),
        afspraken.doelen(doel_overzichten(document)),
        monitors.planmonitor(
            gemeente, document.periode_start, document.periode_eind or document.periode_start
        ),
        monitors.toewijzing(gemeente, jaar),
        cyclus.termijnen(gemeente, jaar, today),
        cyclus.besluiten(gemeente, jaar),
    ]
    rapport.nummer()
    return rapport
