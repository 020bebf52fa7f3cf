"""Targets of an agreement with their realisations: newest version per (year, organisation),
totals per year, and the judgement against the path."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from woondriehoek.afspraken.models import Doel

from ..models import Realisatie
from .doelstand import RATE_EENHEDEN, Doelstand, beoordeel, interpretatie


@dataclass
class DoelOverzicht:
    doel: Doel
    stand: Doelstand
    realisaties: list[Realisatie]  # the versions that count
    organisaties: list[str] = field(default_factory=list)

    @property
    def gestapeld(self) -> bool:
        return self.doel.eenheid not in RATE_EENHEDEN


def interpretatie_van(doel: Doel) -> str:
    return interpretatie(doel.wat, doel.item.uitvoering, doel.eenheid, doel.vergelijking)


def actueel(realisaties) -> list[Realisatie]:
    """The newest version per (year, organisation)."""
    newest: dict[tuple[int, int | None], Realisatie] = {}
    for row in sorted(realisaties, key=lambda r: (r.aangemaakt, r.pk)):
        newest[(row.jaar, row.organisatie_id)] = row
    return sorted(
        newest.values(), key=lambda r: (r.jaar, r.organisatie.naam if r.organisatie else "")
    )


def totalen(rows: list[Realisatie], gemiddelde: bool = False) -> dict[int, Decimal]:
    """Per year: the sum of the organisations' figures (the mean for rates), or the
    all-parties figure when no organisation reported that year."""
    per_org: dict[int, list[Decimal]] = defaultdict(list)
    samen: dict[int, Decimal] = {}
    for row in rows:
        if row.organisatie_id:
            per_org[row.jaar].append(row.waarde)
        else:
            samen[row.jaar] = row.waarde
    result = dict(samen)
    for year, values in per_org.items():
        total = sum(values, Decimal(0))
        result[year] = total / len(values) if gemiddelde else total
    return result


def overzicht(doel: Doel, realisaties=None) -> DoelOverzicht:
    if realisaties is None:
        realisaties = doel.realisaties.select_related("organisatie", "auteur")
    rows = actueel(realisaties)
    gemiddelde = doel.eenheid in RATE_EENHEDEN
    stand = beoordeel(
        doel.waarde,
        doel.vergelijking,
        doel.start_jaar,
        doel.eind_jaar,
        interpretatie_van(doel),
        totalen(rows, gemiddelde),
    )
    orgs = sorted({r.organisatie.naam for r in rows if r.organisatie_id})
    return DoelOverzicht(doel, stand, rows, orgs)


def overzichten(document, alleen_met_data: bool = True) -> list[DoelOverzicht]:
    doelen = (
        Doel.objects.filter(item__document=document)
        .select_related("item")
        .prefetch_related("realisaties__organisatie")
        .order_by("item__volgorde", "item_id", "volgorde", "pk")
    )
    result = [overzicht(d, list(d.realisaties.all())) for d in doelen]
    return [o for o in result if o.realisaties or not alleen_met_data]


@transaction.atomic
def add_realisatie(doel: Doel, user, **fields) -> Realisatie:
    """Record a figure; earlier versions stay and the newest counts."""
    row = Realisatie(
        doel=doel, auteur=user if getattr(user, "is_authenticated", False) else None, **fields
    )
    row.full_clean()
    row.save()
    return row
