from __future__ import annotations

import factory

from woondriehoek.afspraken.tests.factories import DoelFactory, ItemFactory
from woondriehoek.organisaties.tests.factories import OrganisatieFactory

from ..constants import PeriodeDeel, VoortgangStatus
from ..models import Reactie, Realisatie, Voortgang, Zienswijze


class VoortgangFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Voortgang

    item = factory.SubFactory(ItemFactory)
    jaar = 2026
    deel = PeriodeDeel.H1
    status = VoortgangStatus.OP_SCHEMA
    percentage = 50
    toelichting = "Loopt volgens planning."
    organisatie = factory.SubFactory(OrganisatieFactory)


class RealisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Realisatie

    doel = factory.SubFactory(DoelFactory)
    jaar = 2025
    waarde = 10


class ReactieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reactie

    item = factory.SubFactory(ItemFactory)
    tekst = "Graag een toelichting."
    organisatie = factory.SubFactory(OrganisatieFactory)


class ZienswijzeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zienswijze

    item = factory.SubFactory(ItemFactory)
    jaar = 2026
    deel = PeriodeDeel.H1
    tekst = "De huurders zijn tevreden."
    organisatie = factory.SubFactory(OrganisatieFactory)
