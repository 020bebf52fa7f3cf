"""The municipality dashboard: roll-ups per theme, party and agreement for a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from woondriehoek.afspraken.constants import DocumentSoort
from woondriehoek.afspraken.models import Document, Item, Thema
from woondriehoek.organisaties.models import Organisatie

from .periode import Periode
from .rollup import Rollup, rollup, rollup_boom, rollup_per_partij
from .voortgang import gemonitorde_items, huidige, meting, trekker_organisaties, zonder_update


@dataclass
class ThemaRij:
    thema: Thema | None
    diepte: int
    rollup: Rollup


@dataclass
class PartijRij:
    organisatie: Organisatie
    rollup: Rollup


@dataclass
class Monitor:
    document: Document
    periode: Periode
    totaal: Rollup
    themas: list[ThemaRij] = field(default_factory=list)
    partijen: list[PartijRij] = field(default_factory=list)
    zonder_update: list[Item] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    zonder_trekker: list[Item] = field(default_factory=list)


def kies_document(documenten, today: dt.date, pk: int | None = None) -> Document | None:
    """The chosen document, else the multi-year agreement running today, else the newest."""
    documenten = list(documenten)
    if pk:
        for document in documenten:
            if document.pk == pk:
                return document
    agreements = [d for d in documenten if d.soort == DocumentSoort.PRESTATIEAFSPRAKEN]

    def running(d: Document) -> bool:
        return (d.periode_start or 0) <= today.year <= (d.periode_eind or d.periode_start or 0)

    def span(d: Document) -> int:
        return (d.periode_eind or d.periode_start or 0) - (d.periode_start or 0)

    for pool in ([d for d in agreements if running(d)], agreements, documenten):
        if pool:
            return max(pool, key=lambda d: (span(d), d.periode_start or 0, d.pk))
    return None


def _thema_volgorde(themas: list[Thema]) -> list[tuple[Thema, int]]:
    children: dict[int | None, list[Thema]] = {}
    for thema in themas:
        children.setdefault(thema.parent_id, []).append(thema)
    result: list[tuple[Thema, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for thema in children.get(parent, []):
            result.append((thema, depth))
            walk(thema.pk, depth + 1)

    walk(None, 0)
    return result


def monitor(document: Document, periode: Periode) -> Monitor:
    alle = list(gemonitorde_items(document))
    current = huidige(alle, periode)
    trekkers = {item.pk: trekker_organisaties(item) for item in alle}
    # Items no organisation leads are only measured once someone reported on them.
    items = [i for i in alle if trekkers[i.pk] or i.pk in current]
    for item in items:
        item.huidige_voortgang = current.get(item.pk)
    metingen = {item.pk: meting(item, current.get(item.pk)) for item in items}
    themas = list(document.themas.order_by("volgorde", "pk"))
    per_thema: dict[int | None, list] = {}
    for item in items:
        per_thema.setdefault(item.thema_id, []).append(metingen[item.pk])
    boom = rollup_boom({t.pk: t.parent_id for t in themas}, per_thema)
    rows = [ThemaRij(t, depth, boom[t.pk]) for t, depth in _thema_volgorde(themas)]
    if per_thema.get(None):
        rows.append(ThemaRij(None, 0, rollup(per_thema[None])))
    per_partij = rollup_per_partij(
        ([o.pk for o in trekkers[item.pk]], metingen[item.pk]) for item in items
    )
    orgs = {o.pk: o for item in items for o in trekkers[item.pk]}
    partijen = [
        PartijRij(orgs[pk], r)
        for pk, r in sorted(per_partij.items(), key=lambda kv: orgs[kv[0]].naam)
    ]
    return Monitor(
        document=document,
        periode=periode,
        totaal=rollup(metingen.values()),
        themas=[r for r in rows if r.rollup.aantal or r.rollup.vervallen],
        partijen=partijen,
        zonder_update=zonder_update(items, periode),
        items=items,
        zonder_trekker=[i for i in alle if not trekkers[i.pk] and i.pk not in current],
    )
