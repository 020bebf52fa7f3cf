"""Demo: the Druten cycle in progress – presets, meetings with decisions, a jaarschijf.

Idempotent: every object is found by a natural key before it is created or updated.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from woondriehoek.afspraken.models import Document, Item
from woondriehoek.core.services.bijwerken import werk_bij
from woondriehoek.organisaties.constants import OrganisatieType, Rol
from woondriehoek.organisaties.models import Lidmaatschap, Organisatie

from .constants import PRESET_JAARLIJKS, PRESET_MEERJARIG, IndieningStatus, OverlegSoort
from .models import Activiteit, Besluit, Overleg
from .services.jaarschijf import open_jaarschijf
from .services.regels import pas_preset_toe
from .services.termijnen import markeer_gedaan, termijnen_van

NIET_INGEDIEND = "Woonstichting De Kernen"

OVERLEGGEN = [
    # (date, hour, type, title, agenda, minutes, start of talks, decisions [(text, items, owner)])
    (
        dt.date(2025, 2, 11),
        14,
        OverlegSoort.AMBTELIJK_SMAL,
        "Ambtelijk overleg woningbouw Q1",
        "1. Planmonitor woningbouw\n2. Grondposities Deest en Horssen\n3. Rondvraag",
        "De planmonitor is besproken. Beide corporaties leveren hun projecten aan.",
        False,
        [
            (
                "Corporaties leveren vóór 1 april hun projecten voor de planmonitor aan.",
                ["3"],
                "Woonwaarts",
            )
        ],
    ),
    (
        dt.date(2025, 3, 25),
        19,
        OverlegSoort.BESTUURLIJK_BREED,
        "Bestuurlijk overleg monitoring en accenten 2025",
        "1. Monitoring 2024\n2. Accenten voor 2025\n3. Vroegsignalering",
        "Partijen onderschrijven de accenten: doorstroming senioren en verduurzaming.",
        False,
        [
            (
                "Gemeente stelt het convenant vroegsignalering op vóór de zomer.",
                ["11"],
                "Gemeente Druten",
            ),
            (
                "Verhuisregeling senioren wordt in beide corporaties gelijkgetrokken.",
                ["4"],
                "Woonstichting De Kernen",
            ),
        ],
    ),
    (
        dt.date(2025, 8, 28),
        10,
        OverlegSoort.AMBTELIJK_BREED,
        "Afstemming jaarschijf 2026",
        "1. Activiteitenoverzichten per partij\n2. Wat hebben we van elkaar nodig\n3. Planning",
        "De overzichten van gemeente, Woonwaarts en de huurdersorganisaties liggen er; "
        "De Kernen levert later aan.",
        False,
        [
            (
                "De Kernen levert haar activiteitenoverzicht alsnog aan.",
                [],
                "Woonstichting De Kernen",
            )
        ],
    ),
    (
        dt.date(2026, 3, 24),
        19,
        OverlegSoort.BESTUURLIJK_BREED,
        "Bestuurlijk overleg monitoring 2025",
        "1. Resultaten 2025\n2. Energielabels E/F/G\n3. Huurdersenquête",
        "De isolatie loopt achter bij De Kernen. De enquête onder huurders start in mei.",
        False,
        [
            (
                "De Kernen legt een versnellingsplan voor de isolatie voor.",
                ["22"],
                "Woonstichting De Kernen",
            ),
            (
                "HBD en Bewonersraad delen de vragenlijst van de enquête vóór 1 mei.",
                ["27"],
                "Huurdersbelangen Beuningen Druten",
            ),
        ],
    ),
    (
        dt.date(2026, 6, 9),
        14,
        OverlegSoort.AMBTELIJK_SMAL,
        "Ambtelijk overleg warmtevisie",
        "1. Concept warmtevisie\n2. Rol corporaties per wijk",
        "Corporaties reageren schriftelijk op het concept.",
        False,
        [("Gemeente stelt de warmtevisie vast vóór eind 2026.", ["23"], "Gemeente Druten")],
    ),
    (
        dt.date(2026, 12, 8),
        19,
        OverlegSoort.BESTUURLIJK_SMAL,
        "Bestuurlijk overleg jaarschijf 2027",
        "1. Gebundeld overzicht jaarschijf 2027\n2. Vaststelling",
        "",
        False,
        [],
    ),
    (
        dt.date(2026, 10, 6),
        19,
        OverlegSoort.INFORMATIEAVOND,
        "Informatieavond raadsleden prestatieafspraken",
        "1. Stand van de afspraken\n2. Vragen van raadsleden",
        "Raadsleden vroegen naar de wachttijden; de corporaties sturen de cijfers na.",
        False,
        [],
    ),
]

ACTIVITEITEN = {
    "Gemeente Druten": [
        (
            "3",
            "We actualiseren de planmonitor twee keer per jaar.",
            "Projectgegevens van beide corporaties.",
        ),
        (
            "11",
            "We ondertekenen het convenant vroegsignalering.",
            "Signalen van huurachterstand binnen twee maanden.",
        ),
    ],
    "Woonwaarts": [
        (
            "1",
            "We starten de bouw van 32 sociale huurwoningen in Druten-Zuid.",
            "Snelle vergunningverlening.",
        ),
        ("22", "We isoleren 120 woningen met label E, F of G.", ""),
    ],
    "Woonstichting De Kernen": [
        ("22", "We isoleren 45 woningen in Horssen en Deest.", "Subsidieaanvraag via de gemeente."),
    ],
    "Huurdersbelangen Beuningen Druten": [
        (
            "27",
            "We houden een enquête onder huurders van Woonwaarts.",
            "Adresbestand via Woonwaarts.",
        ),
    ],
    "Bewonersraad De Kernen": [
        (
            "25",
            "We schuiven aan bij elk groot-onderhoudsproject.",
            "Tijdige uitnodiging van De Kernen.",
        ),
    ],
}


def _aware(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


def _item(document: Document, nummer: str) -> Item | None:
    return document.items.filter(nummer=nummer).first()


def _org(naam: str) -> Organisatie | None:
    return Organisatie.objects.filter(naam=naam).first()


def _bewerker(org: Organisatie):
    lid = Lidmaatschap.objects.filter(organisatie=org, rol=Rol.BEWERKER).first()
    return lid.user if lid else None


def _emails(users) -> None:
    for user in users:
        if not user.email:
            user.email = f"{user.username}@demo.woondriehoek.invalid"
            user.save(update_fields=["email"])


def _overleggen(gemeente: Organisatie, document: Document) -> None:
    for datum, uur, soort, titel, agenda, verslag, start, besluiten in OVERLEGGEN:
        overleg, _ = werk_bij(
            Overleg,
            gemeente=gemeente,
            titel=titel,
            defaults={
                "soort": soort,
                "begin": _aware(datum, uur),
                "eind": _aware(datum, uur + 2),
                "locatie": "Gemeentehuis Druten",
                "agenda": agenda,
                "verslag": verslag,
                "start_onderhandelingen": start,
                "voorzitter": gemeente if soort.startswith("bestuurlijk") else None,
            },
        )
        for volgorde, (tekst, nummers, eigenaar) in enumerate(besluiten):
            besluit, _ = werk_bij(
                Besluit,
                overleg=overleg,
                volgorde=volgorde,
                defaults={
                    "tekst": tekst,
                    "eigenaar": _org(eigenaar),
                    "deadline": datum + dt.timedelta(days=90),
                    "afgerond_op": datum + dt.timedelta(days=60) if datum.year == 2025 else None,
                },
            )
            besluit.items.set([i for i in (_item(document, n) for n in nummers) if i])


def _jaarschijf(document: Document, today: dt.date) -> None:
    js = open_jaarschijf(document, 2026)
    if js.indienen_voor >= today:
        js.indienen_voor = today - dt.timedelta(days=10)
        js.save()
    for naam, rows in ACTIVITEITEN.items():
        org = _org(naam)
        if org is None:
            continue
        for volgorde, (nummer, wat, nodig) in enumerate(rows):
            werk_bij(
                Activiteit,
                jaarschijf=js,
                organisatie=org,
                volgorde=volgorde,
                defaults={"item": _item(document, nummer), "wat": wat, "nodig_van_anderen": nodig},
            )
        ind = js.indieningen.get(organisatie=org)
        if naam != NIET_INGEDIEND and not ind.is_ingediend:
            ind.status = IndieningStatus.INGEDIEND
            ind.ingediend_op = _aware(js.indienen_voor - dt.timedelta(days=3), 12)
            ind.ingediend_door = _bewerker(org)
            ind.save()


def _op(termijn) -> dt.datetime:
    return _aware(termijn.datum - dt.timedelta(days=2), 10)


def _afgerond(gemeente: Organisatie, today: dt.date) -> None:
    """2025 is done except De Kernen's activity overview; 2026 has some gaps (overdue)."""
    for t in termijnen_van(gemeente, 2025, today):
        for a in t.actoren:
            late = (
                t.regel and t.regel.code == "activiteiten" and a.organisatie.naam == NIET_INGEDIEND
            )
            if t.regel and not late and t.datum < today:
                markeer_gedaan(t.regel, 2025, a.organisatie, _bewerker(a.organisatie), _op(t))
    for t in termijnen_van(gemeente, 2026, today):
        if t.regel is None or t.regel.code not in (
            "monitoring",
            "resultaten",
            "afstemming",
            "ww-jaarstukken",
            "ww-publicatie",
        ):
            continue
        for a in t.actoren:
            if (
                a.organisatie.type != OrganisatieType.CORPORATIE
                or a.organisatie.naam == "Woonwaarts"
            ):
                markeer_gedaan(t.regel, 2026, a.organisatie, _bewerker(a.organisatie), _op(t))


def load(context) -> None:
    today = dt.date.today()
    druten = context.documents["druten-2025-2028.json"]
    pas_preset_toe(druten, PRESET_MEERJARIG)
    pas_preset_toe(context.documents["druten-2021.json"], PRESET_JAARLIJKS)
    gemeente = druten.gemeenten.first()
    _emails(context.users)
    _overleggen(gemeente, druten)
    _jaarschijf(druten, today)
    _afgerond(gemeente, today)
