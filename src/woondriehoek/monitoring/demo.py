"""Demo monitoring for Druten 2025–2028: two years of half-yearly progress, realisations of
the quantitative targets, comments and a tenants' view. Idempotent: loads once per document."""

from __future__ import annotations

import datetime as dt
import zlib
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

from woondriehoek.afspraken.constants import BetrokkenheidRol
from woondriehoek.organisaties.constants import OrganisatieType, Rol
from woondriehoek.organisaties.models import Lidmaatschap, Organisatie

from .constants import PeriodeDeel, VoortgangStatus
from .models import Bewijs, Reactie, Realisatie, Voortgang, Zienswijze
from .rules import NIET_GEMONITORD
from .services.overleg import add_reactie, add_zienswijze
from .services.periode import Periode
from .services.voortgang import NieuweVoortgang, add_voortgang

S = VoortgangStatus
PERIODEN = [Periode(j, d) for j in (2025, 2026) for d in (PeriodeDeel.H1, PeriodeDeel.H2)]
# Paths of (status, percentage) per half year; an item follows one of them.
VERLOOP = [
    [(S.OP_SCHEMA, 20), (S.OP_SCHEMA, 40), (S.OP_SCHEMA, 60), (S.OP_SCHEMA, 75)],
    [(S.OP_SCHEMA, 25), (S.OP_SCHEMA, 45), (S.OP_SCHEMA, 65), (S.OP_SCHEMA, 80)],
    [(S.OP_SCHEMA, 30), (S.OP_SCHEMA, 60), (S.GEREALISEERD, 100), (S.GEREALISEERD, 100)],
    [(S.OP_SCHEMA, 50), (S.GEREALISEERD, 100), (S.GEREALISEERD, 100), (S.GEREALISEERD, 100)],
    [(S.OP_SCHEMA, 10), (S.OP_SCHEMA, 30), (S.OP_SCHEMA, 50), (S.OP_SCHEMA, 70)],
    [(S.OP_SCHEMA, 15), (S.OP_SCHEMA, 35), (S.OP_SCHEMA, 55), (S.RISICO, 60)],
    [(S.NIET_GESTART, 0), (S.OP_SCHEMA, 25), (S.RISICO, 35), (S.RISICO, 45)],
    [(S.OP_SCHEMA, 25), (S.RISICO, 30), (S.VERTRAAGD, 30), (S.VERTRAAGD, 35)],
    [(S.OP_SCHEMA, 20), (S.VERTRAAGD, 20), (S.VERTRAAGD, 25), (S.OP_SCHEMA, 50)],
    [(S.NIET_GESTART, 0), (S.NIET_GESTART, 0), (S.OP_SCHEMA, 20), (S.OP_SCHEMA, 40)],
]
TOELICHTING = {
    S.NIET_GESTART: "Nog niet gestart; de voorbereiding staat gepland voor de komende periode.",
    S.OP_SCHEMA: "Loopt volgens planning. De werkgroep is bijgepraat in het ambtelijk overleg.",
    S.RISICO: "Loopt, maar capaciteit en doorlooptijden staan onder druk; we sturen bij.",
    S.VERTRAAGD: "Vertraagd door uitstel van de vergunning en hogere bouwkosten.",
    S.GEREALISEERD: "Afgerond; het resultaat is gedeeld met alle partijen.",
    S.VERVALLEN: "Vervallen na afspraak in het bestuurlijk overleg.",
}


def _pick(key: str, n: int) -> int:
    return zlib.crc32(key.encode()) % n


def _user(context, org: Organisatie, rol: str = Rol.BEWERKER):
    ids = [u.pk for u in context.users]
    row = (
        Lidmaatschap.objects.filter(organisatie=org, rol=rol, user_id__in=ids)
        .select_related("user")
        .first()
    )
    return row.user if row else None


def _backdate(model, pk: int, periode: Periode, days: int = 10) -> None:
    end = dt.date(periode.jaar, 6 if periode.deel == PeriodeDeel.H1 else 12, 20)
    when = timezone.make_aware(dt.datetime.combine(end, dt.time(10, 0)) + dt.timedelta(days=days))
    model.objects.filter(pk=pk).update(aangemaakt=min(when, timezone.now()))


def _voortgang(context, document, today: dt.date) -> None:
    current = Periode.huidige(today)
    items = document.items.exclude(soort__in=NIET_GEMONITORD).prefetch_related(
        "betrokkenheden__organisatie"
    )
    for item in items:
        trekkers = [
            b.organisatie
            for b in item.betrokkenheden.all()
            if b.rol == BetrokkenheidRol.TREKKER and b.organisatie_id
        ]
        if not trekkers:
            continue
        key = item.extern_id or str(item.pk)
        if _pick(key + "nooit", 12) == 0:
            continue  # never reported
        org = trekkers[_pick(key, len(trekkers))]
        user = _user(context, org)
        path = VERLOOP[_pick(key + "verloop", len(VERLOOP))]
        skip_current = _pick(key + "achter", 5) == 0
        for index, periode in enumerate(PERIODEN):
            if current < periode or (skip_current and periode == current):
                continue
            status, percentage = path[index]
            evidence = (
                "" if _pick(key + str(periode), 3) else "https://www.example.org/druten/monitor"
            )
            row = add_voortgang(
                item,
                user,
                org,
                NieuweVoortgang(
                    periode=periode,
                    status=status,
                    percentage=percentage,
                    toelichting=TOELICHTING[status],
                    url=evidence,
                    omschrijving="Verslag werkgroep" if evidence else "",
                ),
            )
            _backdate(Voortgang, row.pk, periode)


def _bestand(document) -> None:
    """One update with an uploaded file as evidence."""
    row = Voortgang.objects.filter(item__document=document, item__extern_id="i8").first()
    if row is not None:
        csv = b"jaar;opgeleverd\n2025;38\n2026;24\n"
        Bewijs.objects.create(
            voortgang=row,
            bestand=ContentFile(csv, name="opleveringen-woonwaarts.csv"),
            bestandsnaam="opleveringen-woonwaarts.csv",
            omschrijving="Opleveringsoverzicht Woonwaarts",
        )


def _by_extern(document, extern_id: str):
    return document.items.filter(extern_id=extern_id).first()


def _org(naam: str) -> Organisatie | None:
    return Organisatie.objects.filter(naam=naam).first()


REALISATIES = {
    # item, target index: {organisation: {year: value}}
    ("i5", 1): {
        "Woonwaarts": {2022: 14, 2023: 21, 2024: 19, 2025: 38, 2026: 24},
        "Woonstichting De Kernen": {2022: 2, 2023: 4, 2024: 3, 2025: 6, 2026: 27},
    },
    ("i56", 0): {
        "Woonwaarts": {2024: 168, 2025: 110, 2026: 62},
        "Woonstichting De Kernen": {2024: 9, 2025: 8, 2026: 3},
    },
    ("i15", 0): {
        "Woonwaarts": {2025: 9, 2026: 11},
        "Woonstichting De Kernen": {2025: 3, 2026: 5},
    },
    ("i22", 0): {
        "Woonwaarts": {2025: Decimal("97.2")},
        "Woonstichting De Kernen": {2025: Decimal("94.1")},
    },
}


def _realisaties(context, document, today: dt.date) -> None:
    for (extern_id, index), per_org in REALISATIES.items():
        first_version = (extern_id, index) == ("i5", 1)
        item = _by_extern(document, extern_id)
        doelen = list(item.doelen.all()) if item else []
        if len(doelen) <= index:
            continue
        doel = doelen[index]
        for naam, years in per_org.items():
            org = _org(naam)
            user = _user(context, org) if org else None
            for year, value in years.items():
                if year > today.year:
                    continue
                bron = "Jaarverslag" if year < today.year else "Tussenstand 1 oktober"
                if first_version and naam == "Woonwaarts" and year == 2025:
                    # A corrected figure: the first version stays in the list of versions.
                    Realisatie.objects.create(
                        doel=doel, jaar=year, waarde=35, organisatie=org, bron=bron, auteur=user
                    )
                    bron = "Jaarverslag (gecorrigeerd: drie woningen in Deest eerst bij 2026)"
                Realisatie.objects.create(
                    doel=doel, jaar=year, waarde=value, organisatie=org, bron=bron, auteur=user
                )


def _overleg(context, document, today: dt.date) -> None:
    gemeente = document.partijen.filter(organisatie__type=OrganisatieType.GEMEENTE).first()
    huurders = list(document.partijen.filter(organisatie__type=OrganisatieType.HUURDERSORGANISATIE))
    vertraagd = Voortgang.objects.filter(
        item__document=document, status__in=[S.VERTRAAGD, S.RISICO]
    ).order_by("item__volgorde", "-jaar", "-deel_rang")
    teksten = [
        "Kunnen jullie in het volgende ambtelijk overleg toelichten wat nodig is om bij te sturen?",
        "Graag een nieuwe planning vóór het bestuurlijk overleg.",
        "Wat betekent deze vertraging voor de huurders die erop wachten?",
    ]
    seen: set[int] = set()
    for row in vertraagd:
        if row.item_id in seen or len(seen) >= 3 or gemeente is None:
            continue
        seen.add(row.item_id)
        author_org = (
            gemeente.organisatie if len(seen) != 3 or not huurders else huurders[0].organisatie
        )
        reactie = add_reactie(
            row.item,
            _user(context, author_org),
            author_org,
            teksten[len(seen) - 1],
            gericht_aan=row.organisatie,
            voortgang=row,
        )
        _backdate(Reactie, reactie.pk, row.periode, days=20)
    if huurders:
        hbd = huurders[0].organisatie
        for extern_id, tekst in (
            (
                "i56",
                "HBD ziet dat de isolatie goed op gang is. Huurders melden wel overlast tijdens "
                "de werkzaamheden; wij vragen om een vast aanspreekpunt per complex.",
            ),
            (
                "i22",
                "Passend toewijzen gaat goed, maar huurders met een laag inkomen vinden nog te "
                "weinig woningen met een lage huur in de kleine kernen.",
            ),
        ):
            item = _by_extern(document, extern_id)
            if item is not None:
                periode = Periode.huidige(today) if today.year <= 2026 else PERIODEN[-1]
                z = add_zienswijze(item, _user(context, hbd), hbd, periode, tekst)
                _backdate(Zienswijze, z.pk, periode, days=-30)


def load(context) -> None:
    document = context.documents.get("druten-2025-2028.json")
    if document is None:
        return
    if (
        Voortgang.objects.filter(item__document=document).exists()
        or Realisatie.objects.filter(doel__item__document=document).exists()
    ):
        return
    today = timezone.localdate()
    _voortgang(context, document, today)
    _bestand(document)
    _realisaties(context, document, today)
    _overleg(context, document, today)
