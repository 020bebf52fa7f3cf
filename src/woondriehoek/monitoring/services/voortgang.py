"""Progress updates: add one (with evidence), and read the current progress per item."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from woondriehoek.afspraken.constants import BetrokkenheidRol
from woondriehoek.afspraken.models import Item
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)

from ..constants import DEFAULT_PERCENTAGE
from ..models import Bewijs, Voortgang
from ..rules import NIET_GEMONITORD, SCHRIJVERS, trekker_ids
from .periode import Periode
from .rollup import Meting


@dataclass
class NieuweVoortgang:
    periode: Periode
    status: str
    percentage: int | None = None
    toelichting: str = ""
    bestand: object | None = None
    url: str = ""
    omschrijving: str = ""


@transaction.atomic
def add_voortgang(item: Item, user, organisatie: Organisatie, data: NieuweVoortgang) -> Voortgang:
    """Record a new update; earlier updates stay as they are."""
    percentage = data.percentage
    if percentage is None:
        percentage = DEFAULT_PERCENTAGE[data.status]
    voortgang = Voortgang(
        item=item,
        jaar=data.periode.jaar,
        deel=data.periode.deel,
        status=data.status,
        percentage=percentage,
        toelichting=data.toelichting,
        auteur=user if getattr(user, "is_authenticated", False) else None,
        organisatie=organisatie,
    )
    voortgang.full_clean()
    voortgang.save()
    if data.bestand or data.url:
        bewijs = Bewijs(
            voortgang=voortgang,
            bestand=data.bestand or "",
            bestandsnaam=(getattr(data.bestand, "name", "") or "")[:255],
            url=data.url,
            omschrijving=data.omschrijving,
        )
        bewijs.full_clean()
        bewijs.save()
    return voortgang


def schrijf_organisaties(user, item: Item) -> list[Organisatie]:
    """The trekker organisations on whose behalf the user may report progress."""
    trekkers = trekker_ids(item)
    if not is_functioneel_beheerder(user):
        trekkers &= organisatie_ids(user, *SCHRIJVERS)
    return list(Organisatie.objects.filter(pk__in=trekkers).order_by("naam"))


def gemonitorde_items(document) -> Iterable[Item]:
    return (
        document.items.exclude(soort__in=NIET_GEMONITORD)
        .select_related("thema")
        .prefetch_related("betrokkenheden__organisatie")
        .order_by("volgorde", "pk")
    )


def huidige(items: Iterable[Item], periode: Periode) -> dict[int, Voortgang]:
    """Per item id the newest update for this period or, failing that, an earlier one."""
    ids = [item.pk for item in items]
    rows = (
        Voortgang.objects.filter(item_id__in=ids)
        .upto(periode)
        .select_related("organisatie", "auteur")
        .order_by("item_id", "-jaar", "-deel_rang", "-aangemaakt", "-pk")
    )
    result: dict[int, Voortgang] = {}
    for row in rows:
        result.setdefault(row.item_id, row)
    return result


def zonder_update(items: Iterable[Item], periode: Periode) -> list[Item]:
    """Items without any update for exactly this period."""
    items = list(items)
    done = set(
        Voortgang.objects.filter(item__in=items)
        .of_periode(periode)
        .values_list("item_id", flat=True)
    )
    return [item for item in items if item.pk not in done]


def meting(item: Item, voortgang: Voortgang | None) -> Meting:
    gewicht = Decimal(item.gewicht)
    if voortgang is None:
        return Meting.leeg(gewicht)
    return Meting(Decimal(voortgang.percentage), voortgang.status, gewicht)


def trekker_organisaties(item: Item) -> list[Organisatie]:
    return [
        b.organisatie
        for b in item.betrokkenheden.all()
        if b.rol == BetrokkenheidRol.TREKKER and b.organisatie_id
    ]


def tijdlijn(item: Item) -> list[Voortgang]:
    """Every update of the item, newest period first."""
    return list(
        item.voortgang.select_related("organisatie", "auteur")
        .prefetch_related("bewijzen", "reacties__organisatie", "reacties__auteur")
        .newest_first()
    )
