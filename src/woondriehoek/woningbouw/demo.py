"""Demo planmonitor for Druten: fifteen projects of Woonwaarts, De Kernen and developers.

Idempotent: projects are matched by name; phasing is replaced; the norm and the target links
are created once.
"""

from __future__ import annotations

from decimal import Decimal

from woondriehoek.afspraken.models import Doel
from woondriehoek.core.services.bijwerken import werk_bij
from woondriehoek.organisaties.models import Organisatie

from .models import Bouwnorm, PlanmonitorDoel, Project, ProjectOplevering

WW, DK = "Woonwaarts", "Woonstichting De Kernen"

# naam, kern, corporatie, initiatiefnemer, planstatus, projectstatus, woningtype,
# [(jaar, sociale_huur, middenhuur, vrije_huur, sociale_koop, vrije_koop, sloop, verkoop,
#   overheveling)]
PROJECTEN = [
    (
        "Hof van Druten",
        "Druten",
        WW,
        "",
        "1B",
        "in_aanbouw",
        "appartement",
        [(2025, 48, 0, 0, 0, 0, 0, 0, 0)],
    ),
    (
        "Kloosterweide",
        "Druten",
        WW,
        "",
        "1A",
        "in_aanbouw",
        "nultreden",
        [(2025, 36, 0, 0, 0, 0, 0, 0, 0)],
    ),
    (
        "Stationslaan-Zuid",
        "Druten",
        WW,
        "",
        "2A",
        "voorbereiding",
        "appartement",
        [(2025, 30, 0, 0, 0, 0, 0, 0, 0), (2026, 26, 0, 0, 0, 0, 0, 0, 0)],
    ),
    (
        "Deest Zuid fase 1",
        "Deest",
        WW,
        "Gemeente Druten",
        "2B",
        "voorbereiding",
        "gemengd",
        [(2027, 24, 6, 0, 4, 46, 0, 12, 0)],
    ),
    (
        "Deest Zuid fase 2",
        "Deest",
        WW,
        "Gemeente Druten",
        "3",
        "initiatief",
        "gemengd",
        [(2029, 20, 6, 0, 4, 50, 0, 10, 0), (2031, 16, 4, 0, 0, 40, 0, 8, 0)],
    ),
    (
        "Wilgenland vernieuwing",
        "Deest",
        WW,
        "",
        "2A",
        "voorbereiding",
        "eengezins",
        [(2026, 14, 0, 0, 0, 0, 18, 0, 0)],
    ),
    (
        "Bestaand bezit Woonwaarts",
        "Druten",
        WW,
        "",
        "1A",
        "voorbereiding",
        "",
        [(y, 0, 0, 0, 0, 0, 0, 7, 0) for y in range(2025, 2029)],
    ),
    (
        "Horssen Dorpshart",
        "Horssen",
        DK,
        "",
        "1B",
        "in_aanbouw",
        "geclusterd_ouderen",
        [(2025, 6, 0, 0, 0, 0, 0, 0, 0)],
    ),
    (
        "Puiflijk Kerkakker",
        "Puiflijk",
        DK,
        "",
        "2B",
        "voorbereiding",
        "eengezins",
        [(2026, 27, 0, 0, 0, 0, 4, 0, 0)],
    ),
    (
        "Afferden Molenhof",
        "Afferden",
        DK,
        "",
        "4A",
        "initiatief",
        "nultreden",
        [(2028, 18, 0, 0, 0, 12, 0, 0, 0)],
    ),
    (
        "Horssen Noord",
        "Horssen",
        DK,
        "",
        "4B",
        "initiatief",
        "eengezins",
        [(2030, 12, 0, 0, 0, 20, 0, 0, 0)],
    ),
    (
        "Bestaand bezit De Kernen",
        "Horssen",
        DK,
        "",
        "1A",
        "voorbereiding",
        "",
        [(2026, 0, 0, 0, 0, 0, 0, 0, 6)],
    ),
    (
        "Boomgaard Afferden",
        "Afferden",
        None,
        "Bouwcombinatie Maas en Waal",
        "2A",
        "voorbereiding",
        "eengezins",
        [(2027, 6, 0, 0, 3, 31, 0, 0, 0)],
    ),
    (
        "Druten Oost",
        "Druten",
        None,
        "Ontwikkelcombinatie Druten Oost",
        "1C",
        "initiatief",
        "gemengd",
        [(2028, 40, 12, 10, 6, 72, 0, 0, 0), (2030, 30, 10, 8, 4, 68, 0, 0, 0)],
    ),
    (
        "Puiflijk Dijkzicht",
        "Puiflijk",
        None,
        "Particuliere initiatiefnemer",
        "3",
        "initiatief",
        "eengezins",
        [(2029, 0, 0, 0, 0, 14, 0, 0, 0)],
    ),
]
VELDEN = [
    "sociale_huur",
    "middenhuur",
    "vrije_huur",
    "sociale_koop",
    "vrije_koop",
    "sloop",
    "verkoop",
    "overheveling",
]


def _project(gemeente, orgs, spec) -> None:
    naam, kern, corp, initiatiefnemer, planstatus, projectstatus, woningtype, fases = spec
    project, _ = werk_bij(
        Project,
        gemeente=gemeente,
        naam=naam,
        defaults={
            "kern": kern,
            "corporatie": orgs.get(corp),
            "initiatiefnemer": initiatiefnemer,
            "planstatus": planstatus,
            "projectstatus": projectstatus,
            "woningtype": woningtype,
        },
    )
    project.opleveringen.exclude(jaar__in=[f[0] for f in fases]).delete()
    for jaar, *aantallen in fases:
        werk_bij(
            ProjectOplevering,
            project=project,
            jaar=jaar,
            defaults=dict(zip(VELDEN, aantallen, strict=True)),
        )


def _koppel_doelen(gemeente, document) -> None:
    for waarde in (270, 180):
        doel = Doel.objects.filter(
            item__document=document, waarde=waarde, eenheid="woningen"
        ).first()
        if doel:
            PlanmonitorDoel.objects.get_or_create(doel=doel, defaults={"gemeente": gemeente})


def load(context) -> None:
    document = context.documents.get("druten-2025-2028.json")
    gemeente = Organisatie.objects.filter(naam="Gemeente Druten").first()
    if gemeente is None:
        return
    orgs = {o.naam: o for o in Organisatie.objects.filter(naam__in=[WW, DK])}
    for spec in PROJECTEN:
        _project(gemeente, orgs, spec)
    Bouwnorm.objects.get_or_create(
        gemeente=gemeente,
        defaults={"document": document, "min_sociaal": Decimal("0.30")},
    )
    if document:
        _koppel_doelen(gemeente, document)
