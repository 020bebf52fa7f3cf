from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone

from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

from ..constants import OverlegSoort, RegelSoort
from ..models import Besluit, Cyclusregel, Overleg


class CyclusregelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cyclusregel
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"regel-{n}")
    naam = factory.Sequence(lambda n: f"Termijn {n}")
    soort = RegelSoort.DATUM
    maand = 7
    dag = 1
    partijtypes = factory.LazyFunction(lambda: ["corporatie"])
    herinnering_dagen = 14


class OverlegFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Overleg

    soort = OverlegSoort.AMBTELIJK_SMAL
    titel = factory.Sequence(lambda n: f"Overleg {n}")
    begin = factory.LazyFunction(lambda: timezone.make_aware(dt.datetime(2026, 3, 10, 14, 0)))
    agenda = "1. Opening\n2. Monitoring"
    verslag = "Geheim verslag"


class BesluitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Besluit

    overleg = factory.SubFactory(OverlegFactory)
    tekst = factory.Sequence(lambda n: f"Besluit {n}")


class CyclusDriehoek(Driehoek):
    """The Driehoek (agreement 2025–2028) with a beheerder, bewerker and lezer per party."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.users = {}
        for key, org in (
            ("gemeente", self.gemeente),
            ("corporatie", self.corporatie),
            ("huurders", self.huurders),
        ):
            for rol in Rol:
                self.users[f"{key}-{rol.value}"] = member(
                    org, rol, email=f"{key}-{rol.value}@example.org"
                )

    def user(self, key: str):
        return self.users[key]
