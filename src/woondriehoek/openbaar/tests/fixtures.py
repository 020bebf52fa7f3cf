"""A small world for the open-data tests: two municipalities, published and concept
agreements, progress, a comment, realisations, a planmonitor project and norms.

Text is written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from woondriehoek.afspraken.constants import BetrokkenheidRol, DocumentStatus, ItemSoort
from woondriehoek.afspraken.tests.factories import (
    BetrokkenheidFactory,
    DocumentFactory,
    DoelFactory,
    Driehoek,
    ItemFactory,
    PartijFactory,
    ThemaFactory,
)
from woondriehoek.cyclus.tests.factories import CyclusregelFactory, OverlegFactory
from woondriehoek.monitoring.tests.factories import (
    ReactieFactory,
    RealisatieFactory,
    VoortgangFactory,
)
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member
from woondriehoek.toewijzing.models import Toewijzingsnorm
from woondriehoek.woningbouw.models import Bouwnorm
from woondriehoek.woningbouw.tests.factories import OpleveringFactory, ProjectFactory

CONCEPT_TITEL = "Ontwerp-afspraken Kleindorp (nog niet vastgesteld)"
REACTIE_TEKST = "Interne opmerking: wethouder wil dit nog bespreken."
AUTEUR = "schrijver.voortgang"
AUTEUR_EMAIL = "schrijver@voorbeeld.test"
TODAY = dt.date(2026, 3, 15)  # in 2026-H1


def _item(document, thema, tekst, trekker=None, soort=ItemSoort.AFSPRAAK, doel=None):
    item = ItemFactory(document=document, thema=thema, tekst=tekst, soort=soort)
    if trekker is not None:
        kwargs = {"organisatie": trekker} if not isinstance(trekker, str) else {"tekst": trekker}
        BetrokkenheidFactory(item=item, rol=BetrokkenheidRol.TREKKER, **kwargs)
    if doel is not None:
        DoelFactory(item=item, **doel)
    return item


class Open:
    """Gemeente A: one published agreement (self.a) with themes, items, progress.
    Gemeente B: a concept (self.b_concept) and a published agreement (self.b)."""

    def __init__(self) -> None:
        self.da = Driehoek()
        self.ga, self.corp = self.da.gemeente, self.da.corporatie
        self.a = self.da.document
        self.a.items.all().delete()
        self.a.themas.all().delete()
        self._register_a()
        self._monitoring_a()
        self._gemeente_b()
        self._monitors()
        self.auteur = member(self.corp, Rol.BEWERKER, username=AUTEUR, email=AUTEUR_EMAIL)
        for v in self.a1.voortgang.all():
            v.auteur = self.auteur
            v.save()
        ReactieFactory(item=self.a1, tekst=REACTIE_TEKST, organisatie=self.ga, auteur=self.auteur)

    def _register_a(self) -> None:
        t1 = ThemaFactory(document=self.a, nummer="1", titel="Betaalbaarheid")
        t1a = ThemaFactory(document=self.a, nummer="1.1", titel="Huurprijzen", parent=t1)
        t2 = ThemaFactory(document=self.a, nummer="2", titel="Duurzaamheid en kwaliteit")
        pct = {"waarde": Decimal("12.5"), "eenheid": "procent", "wat": "aandeel urgent"}
        self.a1 = _item(self.a, t1a, "Huren stijgen niet meer dan inflatie.", self.corp, doel=pct)
        self.a2 = _item(self.a, t1, "=Kopje dat met een isgelijkteken begint.", doel={})
        self.a3 = _item(self.a, t2, "De gemeente zoekt subsidie voor isolatie.", self.ga)
        self.a4 = _item(self.a, t2, "Ambitie: alle woningen label A.", soort=ItemSoort.AMBITIE)
        self.a5 = _item(self.a, t2, "Zonnepanelen op daken.", "Energieloket", doel={})

    def _monitoring_a(self) -> None:
        VoortgangFactory(
            item=self.a1,
            jaar=2025,
            deel="H2",
            status="risico",
            percentage=35,
            organisatie=self.corp,
        )
        VoortgangFactory(
            item=self.a1,
            jaar=2026,
            deel="H1",
            status="op_schema",
            percentage=50,
            organisatie=self.corp,
            toelichting="Huurbrief is verstuurd.",
        )
        VoortgangFactory(
            item=self.a3,
            jaar=2025,
            deel="H2",
            status="vertraagd",
            percentage=20,
            organisatie=self.ga,
        )
        VoortgangFactory(
            item=self.a5,
            jaar=2026,
            deel="H2",
            status="gerealiseerd",
            percentage=100,
            organisatie=self.ga,
        )
        doel = self.a1.doelen.get()
        RealisatieFactory(doel=doel, jaar=2025, waarde=Decimal("11.25"), organisatie=self.corp)
        CyclusregelFactory(gemeente=self.ga, naam="Activiteitenoverzicht aanleveren", maand=7)
        OverlegFactory(
            gemeente=self.ga,
            titel="Geheim overleg over huren",
            begin=timezone.make_aware(dt.datetime(2026, 5, 12, 10, 0)),
        )

    def _gemeente_b(self) -> None:
        self.db_ = Driehoek()
        self.gb = self.db_.gemeente
        self.b = self.db_.document
        self.b.items.all().delete()
        thema = ThemaFactory(document=self.b, titel="Wonen met zorg")
        self.b2 = _item(self.b, thema, "Er komt een zorgwoning in de kern.")
        DoelFactory(
            item=self.b2,
            waarde=10,
            eenheid="procent",
            wat="vrije ruimte toewijzing",
            vergelijking="<=",
        )
        self.b_concept = DocumentFactory(
            gemeenten=[self.gb], status=DocumentStatus.CONCEPT, titel=CONCEPT_TITEL
        )
        PartijFactory(document=self.b_concept, organisatie=self.gb)
        thema = ThemaFactory(document=self.b_concept, titel="Leefbaarheid")
        self.b1 = _item(
            self.b_concept,
            thema,
            "Buurtbudget per kern.",
            self.gb,
            doel={"waarde": 3, "eenheid": "aantal"},
        )
        VoortgangFactory(
            item=self.b1, jaar=2026, deel="H1", status="op_schema", organisatie=self.gb
        )

    def _monitors(self) -> None:
        project = ProjectFactory(gemeente=self.ga, naam="Achter de Kerk", corporatie=self.corp)
        OpleveringFactory(project=project, jaar=2027, sociale_huur=12, vrije_koop=8)
        Bouwnorm.objects.create(gemeente=self.ga, min_sociaal=Decimal("0.35"))
        Bouwnorm.objects.create(
            gemeente=self.gb, document=self.b_concept, min_sociaal=Decimal("0.40")
        )
        Toewijzingsnorm.objects.create(
            corporatie=self.corp,
            gemeente=self.ga,
            vrije_ruimte=Decimal("0.15"),
            max_urgent=Decimal("0.25"),
        )
