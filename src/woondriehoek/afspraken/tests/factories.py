from __future__ import annotations

import datetime as dt

import factory

from woondriehoek.afspraken.constants import BetrokkenheidRol, DocumentStatus, ItemSoort
from woondriehoek.afspraken.models import Betrokkenheid, Document, Doel, Item, Partij, Thema
from woondriehoek.organisaties.tests.factories import (
    GemeenteFactory,
    HuurdersorganisatieFactory,
    OrganisatieFactory,
)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document
        skip_postgeneration_save = True

    titel = factory.Sequence(lambda n: f"Prestatieafspraken Testdorp {n}")
    status = DocumentStatus.VASTGESTELD
    periode_start = 2025
    periode_eind = 2028
    ondertekend_op = dt.date(2024, 12, 12)
    ondertekend_te = "Testdorp"

    @factory.post_generation
    def gemeenten(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.gemeenten.set(extracted)


class PartijFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partij

    document = factory.SubFactory(DocumentFactory)
    organisatie = factory.SubFactory(OrganisatieFactory)


class ThemaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thema

    document = factory.SubFactory(DocumentFactory)
    nummer = factory.Sequence(lambda n: str(n + 1))
    titel = factory.Sequence(lambda n: f"Thema {n}")


class ItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Item

    document = factory.SubFactory(DocumentFactory)
    soort = ItemSoort.AFSPRAAK
    nummer = factory.Sequence(lambda n: str(n + 1))
    tekst = factory.Sequence(lambda n: f"De partijen spreken voorbeeldafspraak {n} af.")


class BetrokkenheidFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Betrokkenheid

    item = factory.SubFactory(ItemFactory)
    rol = BetrokkenheidRol.TREKKER


class DoelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doel

    item = factory.SubFactory(ItemFactory)
    waarde = 50
    eenheid = "woningen"
    wat = "sociale huurwoningen"
    vergelijking = ">="


class Driehoek:
    """A municipality with one corporation and one tenant board in one adopted agreement,
    a concept agreement, and an item led by each party. The fixture most tests start from."""

    def __init__(self, status: str = DocumentStatus.VASTGESTELD) -> None:
        self.gemeente = GemeenteFactory()
        self.corporatie = OrganisatieFactory()
        self.huurders = HuurdersorganisatieFactory()
        self.document = DocumentFactory(gemeenten=[self.gemeente], status=status)
        for org in (self.gemeente, self.corporatie, self.huurders):
            PartijFactory(document=self.document, organisatie=org)
        self.thema = ThemaFactory(document=self.document)
        self.items = {}
        for key, org in (
            ("gemeente", self.gemeente),
            ("corporatie", self.corporatie),
            ("huurders", self.huurders),
        ):
            item = ItemFactory(document=self.document, thema=self.thema)
            BetrokkenheidFactory(item=item, organisatie=org)
            self.items[key] = item
        DoelFactory(item=self.items["corporatie"])
