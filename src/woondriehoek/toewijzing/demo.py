"""Demo allocation data for Druten: a year of synthetic lettings (seeded) of Woonwaarts and
De Kernen, active seekers per group, the agreed norms and the statushouder target.
Idempotent: the demo deliveries are replaced."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import polars as pl

from woondriehoek.core.services.bijwerken import werk_bij
from woondriehoek.huurgrenzen.services.grenzen import grenzen_uit_bestand
from woondriehoek.organisaties.models import Organisatie

from .constants import BestandSoort
from .models import Aanlevering, Taakstelling, Toewijzingsnorm
from .services.monitor import importeer

JAAR = 2025
DEMO_NAAM = "demo-{soort}-{jaar}.csv"
KERNEN = {"Woonwaarts": ["Druten", "Deest", "Afferden"], "De Kernen": ["Horssen", "Puiflijk"]}
ROUTES = (
    ["regulier"] * 12
    + ["loting"] * 3
    + ["urgentie"] * 3
    + ["statushouder"] * 2
    + ["bijzondere_bemiddeling", "maatwerk", "doorstroming", "doorstroming"]
)


def _huur(rng: random.Random, grootte: int, aow: bool, inkomen: float) -> float:
    """Mostly passend: households under the income limit get a rent up to their capping
    limit in about 96% of cases; others spread over the social range."""
    g = grenzen_uit_bestand(JAAR)
    aftop = g.aftoppingsgrens_laag if grootte <= 2 else g.aftoppingsgrens_hoog
    if inkomen <= g.pt_grens(grootte > 1, aow) and rng.random() < 0.96:
        return round(rng.uniform(470, aftop), 2)
    return round(rng.uniform(560, 895), 2)


def _verhuring(rng: random.Random, i: int) -> dict:
    corp = "Woonwaarts" if rng.random() < 0.7 else "De Kernen"
    grootte = rng.choices([1, 2, 3, 4, 5], weights=[45, 25, 14, 11, 5])[0]
    aow = rng.random() < 0.22
    leeftijd = rng.randint(67, 92) if aow else rng.randint(19, 66)
    inkomen = float(round(rng.gammavariate(4.5, 5200 + 1200 * (grootte > 1)), -1))
    return {
        "rij": i + 2,
        "datum": dt.date(JAAR, 1, 1) + dt.timedelta(days=rng.randint(0, 364)),
        "corporatie": corp,
        "gemeente": "Druten",
        "kern": rng.choice(KERNEN[corp]),
        "kale_huur": _huur(rng, grootte, aow, inkomen),
        "huishoudgrootte": grootte,
        "inkomen": inkomen,
        "aow": aow,
        "leeftijd": leeftijd,
        "route": rng.choice(ROUTES),
    }


def _zoekenden() -> pl.DataFrame:
    groepen = {"jongeren": 410, "gezinnen": 260, "senioren": 330, "urgenten": 45, "alle": 1480}
    return pl.DataFrame(
        {
            "rij": list(range(2, 2 + len(groepen))),
            "jaar": [JAAR] * len(groepen),
            "gemeente": ["Druten"] * len(groepen),
            "groep": list(groepen),
            "actief": list(groepen.values()),
        }
    )


def load(context) -> None:
    gemeente = Organisatie.objects.filter(naam="Gemeente Druten").first()
    if gemeente is None:
        return
    corps = {
        o.naam: o
        for o in Organisatie.objects.filter(naam__in=["Woonwaarts", "Woonstichting De Kernen"])
    }
    namen = [DEMO_NAAM.format(soort=s, jaar=JAAR) for s in ("verhuringen", "zoekenden")]
    bestaand = Aanlevering.objects.filter(gemeente=gemeente, bestandsnaam__in=namen)
    if bestaand.count() < len(namen):  # the files are generated from a fixed seed: load once
        bestaand.delete()
        _bestanden(gemeente, namen)
    _normen(gemeente, corps)


def _bestanden(gemeente: Organisatie, namen: list[str]) -> None:
    rng = random.Random(20250101)
    verhuringen = pl.DataFrame([_verhuring(rng, i) for i in range(300)])
    importeer(
        verhuringen,
        soort=BestandSoort.VERHURINGEN,
        gemeente=gemeente,
        organisatie=gemeente,
        user=None,
        naam=namen[0],
    )
    importeer(
        _zoekenden(),
        soort=BestandSoort.ZOEKENDEN,
        gemeente=gemeente,
        organisatie=gemeente,
        user=None,
        naam=namen[1],
    )


def _normen(gemeente: Organisatie, corps: dict[str, Organisatie]) -> None:
    for naam, corp in corps.items():
        Toewijzingsnorm.objects.get_or_create(
            corporatie=corp,
            gemeente=gemeente,
            defaults={
                "vrije_ruimte": Decimal("0.150") if naam == "Woonwaarts" else Decimal("0.075")
            },
        )
        werk_bij(
            Taakstelling,
            corporatie=corp,
            gemeente=gemeente,
            jaar=JAAR,
            defaults={"aantal": 14 if naam == "Woonwaarts" else 5},
        )
