"""The register of one document as a person reads it: a theme tree with its items.

The same code serves the current register and the register as it stood on a date
(reconstructed from the history tables), so both render and filter alike.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone

from woondriehoek.core.text import fold

from ..constants import BetrokkenheidRol
from ..models import Betrokkenheid, Document, Doel, Item, Thema


@dataclass
class ItemFilter:
    organisatie: int | None = None
    rol: str = ""  # "", "trekker" or "betrokkene"
    thema: int | None = None
    soort: str = ""
    jaar: int | None = None
    q: str = ""

    @property
    def active(self) -> bool:
        return any([self.organisatie, self.thema, self.soort, self.jaar, self.q.strip()])


@dataclass
class ThemaNode:
    thema: Thema | None
    depth: int
    items: list[Item] = field(default_factory=list)


@dataclass
class Register:
    document: Document
    themas: list[Thema]
    items: list[Item]
    as_of: dt.datetime | None = None

    def tree(self, items: list[Item] | None = None) -> list[ThemaNode]:
        """Themes in document order, depth-first, each with its (filtered) items."""
        shown = self.items if items is None else items
        by_theme: dict[int | None, list[Item]] = defaultdict(list)
        for item in shown:
            by_theme[item.thema_id].append(item)
        children: dict[int | None, list[Thema]] = defaultdict(list)
        for thema in self.themas:
            children[thema.parent_id].append(thema)
        nodes = [ThemaNode(None, 0, by_theme.get(None, []))] if by_theme.get(None) else []

        def walk(parent_id: int | None, depth: int) -> None:
            for thema in children.get(parent_id, []):
                nodes.append(ThemaNode(thema, depth, by_theme.get(thema.pk, [])))
                walk(thema.pk, depth + 1)

        walk(None, 0)
        return nodes

    def descendants(self, thema_id: int) -> set[int]:
        found, frontier = {thema_id}, [thema_id]
        while frontier:
            current = frontier.pop()
            for thema in self.themas:
                if thema.parent_id == current and thema.pk not in found:
                    found.add(thema.pk)
                    frontier.append(thema.pk)
        return found

    def filter(self, f: ItemFilter) -> list[Item]:
        themas = self.descendants(f.thema) if f.thema else None
        needle = fold(f.q)
        return [i for i in self.items if _matches(i, f, themas, needle, self.document)]


def _matches(item: Item, f: ItemFilter, themas: set[int] | None, needle: str, doc) -> bool:
    if f.soort and item.soort != f.soort:
        return False
    if themas is not None and item.thema_id not in themas:
        return False
    if f.organisatie:
        rows = (
            item.r_trekkers
            if f.rol == BetrokkenheidRol.TREKKER
            else (
                item.r_betrokkenen
                if f.rol == BetrokkenheidRol.BETROKKENE
                else item.r_trekkers + item.r_betrokkenen
            )
        )
        if not any(b.organisatie_id == f.organisatie for b in rows):
            return False
    if f.jaar and not _covers(item, f.jaar, doc):
        return False
    return not needle or needle in fold(f"{item.nummer} {item.tekst} {item.uitvoering}")


def _covers(item: Item, jaar: int, doc: Document) -> bool:
    start = item.periode_start or doc.periode_start
    end = item.periode_eind or item.periode_start or doc.periode_eind or start
    if start is None:
        return True
    return start <= jaar <= (end or start)


def _attach(items, betrokkenheden, doelen) -> list[Item]:
    by_item = defaultdict(list)
    for b in betrokkenheden:
        by_item[b.item_id].append(b)
    targets = defaultdict(list)
    for d in doelen:
        targets[d.item_id].append(d)
    for item in items:
        rows = sorted(by_item.get(item.pk, []), key=lambda b: (b.volgorde, b.pk))
        item.r_trekkers = [b for b in rows if b.rol == BetrokkenheidRol.TREKKER]
        item.r_betrokkenen = [b for b in rows if b.rol == BetrokkenheidRol.BETROKKENE]
        item.r_doelen = sorted(targets.get(item.pk, []), key=lambda d: (d.volgorde, d.pk))
    return items


def load_register(document: Document) -> Register:
    items = list(document.items.select_related("verwijst_naar").order_by("volgorde", "pk"))
    ids = [i.pk for i in items]
    betrokkenheden = Betrokkenheid.objects.filter(item_id__in=ids).select_related("organisatie")
    doelen = Doel.objects.filter(item_id__in=ids)
    themas = list(document.themas.order_by("volgorde", "pk"))
    return Register(document, themas, _attach(items, betrokkenheden, doelen))


def load_register_as_of(document: Document, when: dt.date) -> Register:
    """The register as it stood at the end of the given day."""
    moment = timezone.make_aware(dt.datetime.combine(when, dt.time.max))
    items = sorted(
        Item.history.as_of(moment).filter(document_id=document.pk),
        key=lambda i: (i.volgorde, i.pk),
    )
    ids = [i.pk for i in items]
    betrokkenheden = list(Betrokkenheid.history.as_of(moment).filter(item_id__in=ids))
    orgs = {o.pk: o for o in _organisaties({b.organisatie_id for b in betrokkenheden})}
    for b in betrokkenheden:
        b.organisatie = orgs.get(b.organisatie_id)
    doelen = Doel.history.as_of(moment).filter(item_id__in=ids)
    themas = sorted(
        Thema.history.as_of(moment).filter(document_id=document.pk),
        key=lambda t: (t.volgorde, t.pk),
    )
    return Register(document, themas, _attach(items, betrokkenheden, doelen), as_of=moment)


def _organisaties(ids: set[int | None]):
    from woondriehoek.organisaties.models import Organisatie

    return Organisatie.objects.filter(pk__in=[i for i in ids if i])
