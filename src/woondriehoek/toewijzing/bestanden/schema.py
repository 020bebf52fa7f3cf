"""The file kinds and their columns. Headers listed here are recognised without mapping."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _


class BestandSoort(models.TextChoices):
    VERHURINGEN = "verhuringen", _("lettings")
    ZOEKENDEN = "zoekenden", _("active home seekers")
    VOORRAAD = "voorraad", _("housing stock")
    PLANMONITOR = "planmonitor", _("planmonitor")


ROUTES = {
    "regulier": "regulier",
    "loting": "loting",
    "urgentie": "urgentie",
    "urgent": "urgentie",
    "statushouder": "statushouder",
    "vergunninghouder": "statushouder",
    "bijzondere_bemiddeling": "bijzondere_bemiddeling",
    "maatwerk": "maatwerk",
    "lokaal_maatwerk": "maatwerk",
    "voorrang": "maatwerk",
    "doorstroming": "doorstroming",
    "doorstromer": "doorstroming",
}
JA_NEE = {
    "ja": True,
    "j": True,
    "1": True,
    "true": True,
    "nee": False,
    "n": False,
    "0": False,
    "false": False,
}
GROEPEN = {g: g for g in ("jongeren", "gezinnen", "senioren", "urgenten", "alle")}
PLANSTATUSSEN = {
    s.lower(): s for s in ("1A", "1B", "1C", "2A", "2B", "2C", "3", "4A", "4B", "5A", "5B")
}


@dataclass(frozen=True)
class Kolom:
    naam: str
    soort: str  # tekst | getal | geheel | datum | keuze | janee
    verplicht: bool = True
    standaard: object = None
    keuzes: dict = field(default_factory=dict)
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Schema:
    soort: str
    kolommen: tuple[Kolom, ...]
    uniek: tuple[str, ...] = ()  # columns that identify a row; empty: the whole row

    @property
    def namen(self) -> list[str]:
        return [k.naam for k in self.kolommen]

    @property
    def verplicht(self) -> list[str]:
        return [k.naam for k in self.kolommen if k.verplicht]

    def kolom(self, naam: str) -> Kolom:
        return next(k for k in self.kolommen if k.naam == naam)


SCHEMAS: dict[str, Schema] = {
    BestandSoort.VERHURINGEN: Schema(
        BestandSoort.VERHURINGEN,
        (
            Kolom("datum", "datum"),
            Kolom("corporatie", "tekst"),
            Kolom("gemeente", "tekst"),
            Kolom("kern", "tekst", verplicht=False, standaard=""),
            Kolom("kale_huur", "getal", minimum=0),
            Kolom("huishoudgrootte", "geheel", minimum=1, maximum=20),
            Kolom("inkomen", "getal", minimum=0),
            Kolom("aow", "janee", keuzes=JA_NEE),
            Kolom("leeftijd", "geheel", minimum=14, maximum=120),
            Kolom("route", "keuze", keuzes=ROUTES),
        ),
    ),
    BestandSoort.ZOEKENDEN: Schema(
        BestandSoort.ZOEKENDEN,
        (
            Kolom("jaar", "geheel", minimum=1990, maximum=2100),
            Kolom("gemeente", "tekst"),
            Kolom("groep", "keuze", keuzes=GROEPEN),
            Kolom("actief", "geheel", minimum=0),
        ),
        uniek=("jaar", "gemeente", "groep"),
    ),
    BestandSoort.VOORRAAD: Schema(
        BestandSoort.VOORRAAD,
        (
            Kolom("huur", "getal", minimum=0),
            Kolom("max_huur", "getal", minimum=0),
            Kolom("type", "tekst", verplicht=False, standaard=""),
            Kolom("label", "tekst", verplicht=False, standaard=""),
            Kolom("mutatiekans", "getal", verplicht=False, standaard=1.0, minimum=0, maximum=1),
            Kolom("verduurzaming_huurverhoging", "getal", verplicht=False, standaard=0.0),
        ),
        uniek=("__geen__",),
    ),
    BestandSoort.PLANMONITOR: Schema(
        BestandSoort.PLANMONITOR,
        (
            Kolom("project", "tekst"),
            Kolom("kern", "tekst", verplicht=False, standaard=""),
            Kolom("corporatie", "tekst", verplicht=False, standaard=""),
            Kolom("planstatus", "keuze", keuzes=PLANSTATUSSEN),
            *(
                Kolom(n, "geheel", verplicht=False, standaard=0, minimum=0)
                for n in ("sociale_huur", "middenhuur", "vrije_huur", "sociale_koop", "vrije_koop")
            ),
            Kolom("oplevering_jaar", "geheel", minimum=1990, maximum=2100),
            *(
                Kolom(n, "geheel", verplicht=False, standaard=0, minimum=0)
                for n in ("sloop", "verkoop", "overheveling")
            ),
            Kolom("initiatiefnemer", "tekst", verplicht=False, standaard=""),
            Kolom("woningtype", "tekst", verplicht=False, standaard=""),
            Kolom("projectstatus", "tekst", verplicht=False, standaard=""),
        ),
        uniek=("project", "oplevering_jaar"),
    ),
}

# Headers that identify a person directly; files carrying them are refused.
IDENTIFICERENDE_KOPPEN = {
    "naam",
    "voornaam",
    "voornamen",
    "achternaam",
    "tussenvoegsel",
    "volledigenaam",
    "naamhuurder",
    "huurdernaam",
    "naamhoofdhuurder",
    "naamwoningzoekende",
    "bsn",
    "burgerservicenummer",
    "adres",
    "woonadres",
    "straat",
    "straatnaam",
    "email",
    "emailadres",
    "telefoon",
    "telefoonnummer",
    "mobiel",
    "mobielnummer",
    "iban",
    "rekeningnummer",
    "geboortedatum",
    "postcodehuisnummer",
    "huisnummer",
}
IDENTIFICERENDE_DELEN = ("bsn", "burgerservice", "email", "telefoon", "geboortedatum", "iban")
