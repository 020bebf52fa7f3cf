"""A small, fully filled workspace for report tests. Every text is written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import polars as pl
from django.utils import timezone

from woondriehoek.afspraken.models import Ondertekenaar
from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.cyclus.models import Activiteit, Indiening, Jaarschijf, TermijnAfronding
from woondriehoek.cyclus.tests.factories import BesluitFactory, CyclusregelFactory, OverlegFactory
from woondriehoek.monitoring.tests.factories import RealisatieFactory, VoortgangFactory
from woondriehoek.toewijzing.services.monitor import VERHURING_SCHEMA, importeer
from woondriehoek.woningbouw.tests.factories import OpleveringFactory, ProjectFactory

JAAR = 2025
TODAY = dt.date(2026, 3, 16)

TEKST = {
    "gemeente": "De gemeente wijst twee bouwlocaties aan voor tijdelijke woningen bij het station.",
    "corporatie": "De corporatie bouwt tachtig sociale huurwoningen aan de Molenakker.",
    "huurders": "De huurdersraad organiseert twee keer per jaar een huurdersavond per kern.",
}
TOELICHTING_CORPORATIE = "De eerste fundering aan de Molenakker is gestort."
TOELICHTING_GEMEENTE = "De bestemmingsplanprocedure loopt een half jaar uit."
THEMA = "Nieuwbouw en tijdelijke woningen"
ONDERTEKENAAR = "Marieke Zandbergen"
BESLUIT = "De werkgroep doorstroming begint in september met een proef voor senioren."
ACTIVITEIT = "Wij isoleren de daken van zesendertig woningen aan de Dijkstraat."
NODIG = "Een snelle omgevingsvergunning van de gemeente."
PROJECT = "Molenakker fase twee"
REGEL_GEMIST = "Bod op het volkshuisvestingsbeleid"
REGEL_GEHAALD = "Resultaten van het jaar gedeeld"


class Rapportwerkruimte(Driehoek):
    """Driehoek (agreement 2025–2028) with progress, a target with realisations, a project,
    lettings, two deadlines (one met, one missed), a meeting with a decision and a
    jaarschijf 2026 with one activity."""

    def __init__(self) -> None:
        super().__init__()
        self._register()
        self._voortgang()
        self._monitors()
        self._cyclus()

    def _register(self) -> None:
        self.thema.titel, self.thema.nummer = THEMA, "1"
        self.thema.save()
        for key, item in self.items.items():
            item.tekst = TEKST[key]
            item.save()
        self.doel = self.items["corporatie"].doelen.get()
        self.doel.waarde, self.doel.start_jaar, self.doel.eind_jaar = Decimal(80), 2024, 2027
        self.doel.save()
        Ondertekenaar.objects.create(
            document=self.document,
            naam=ONDERTEKENAAR,
            functie="wethouder wonen",
            organisatie=self.gemeente,
        )

    def _voortgang(self) -> None:
        VoortgangFactory(
            item=self.items["corporatie"],
            jaar=JAAR,
            deel="H2",
            status="op_schema",
            percentage=60,
            toelichting=TOELICHTING_CORPORATIE,
            organisatie=self.corporatie,
        )
        VoortgangFactory(
            item=self.items["gemeente"],
            jaar=JAAR,
            deel="H1",
            status="vertraagd",
            percentage=20,
            toelichting=TOELICHTING_GEMEENTE,
            organisatie=self.gemeente,
        )
        RealisatieFactory(doel=self.doel, jaar=2024, waarde=17, organisatie=self.corporatie)
        RealisatieFactory(doel=self.doel, jaar=2025, waarde=23, organisatie=self.corporatie)

    def _monitors(self) -> None:
        project = ProjectFactory(
            gemeente=self.gemeente, corporatie=self.corporatie, naam=PROJECT, planstatus="1A"
        )
        OpleveringFactory(project=project, jaar=2026, sociale_huur=24, middenhuur=6)
        rows = [
            {
                "rij": i + 2,
                "datum": dt.date(JAAR, 3 + i, 1),
                "corporatie": self.corporatie.naam,
                "gemeente": "Testdorp",
                "kern": "Testdorp",
                "kale_huur": 610.0 + i,
                "huishoudgrootte": 1 + i % 3,
                "inkomen": 21000.0 + 1000 * i,
                "aow": i == 0,
                "leeftijd": 30 + 10 * i,
                "route": "urgentie" if i == 2 else "regulier",
            }
            for i in range(7)
        ]
        importeer(
            pl.DataFrame(rows, schema=VERHURING_SCHEMA),
            soort="verhuringen",
            gemeente=self.gemeente,
            organisatie=self.corporatie,
            user=None,
            naam="verhuringen-2025.csv",
        )

    def _cyclus(self) -> None:
        CyclusregelFactory(gemeente=self.gemeente, naam=REGEL_GEMIST, code="bod", maand=7, dag=1)
        gehaald = CyclusregelFactory(
            gemeente=self.gemeente, naam=REGEL_GEHAALD, code="resultaten", maand=4, dag=1
        )
        TermijnAfronding.objects.create(
            regel=gehaald,
            jaar=JAAR,
            organisatie=self.corporatie,
            gedaan_op=timezone.make_aware(dt.datetime(JAAR, 3, 20, 12)),
        )
        overleg = OverlegFactory(
            gemeente=self.gemeente,
            titel="Bestuurlijk overleg voorjaar",
            begin=timezone.make_aware(dt.datetime(JAAR, 4, 15, 14)),
        )
        besluit = BesluitFactory(overleg=overleg, tekst=BESLUIT, eigenaar=self.corporatie)
        besluit.items.add(self.items["corporatie"])
        self.jaarschijf = Jaarschijf.objects.create(
            document=self.document, jaar=2026, indienen_voor=dt.date(JAAR, 7, 1)
        )
        for org in (self.gemeente, self.corporatie, self.huurders):
            Indiening.objects.create(jaarschijf=self.jaarschijf, organisatie=org)
        Activiteit.objects.create(
            jaarschijf=self.jaarschijf,
            organisatie=self.corporatie,
            item=self.items["corporatie"],
            wat=ACTIVITEIT,
            nodig_van_anderen=NODIG,
        )
