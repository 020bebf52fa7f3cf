"""Comparison across workspaces: per agreement and theme family how many afspraken, how many
have a measurable target and a trekker (the SMART-score), and how their progress stands.

Scope: the prestatieafspraken documents the user may read (published ones for anonymous
visitors). Counted: items of kind ``afspraak``. Progress: each afspraak's current status for
the current half year (newest update up to that period), or "not reported".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from woondriehoek.afspraken.constants import BetrokkenheidRol, DocumentSoort, ItemSoort
from woondriehoek.afspraken.models import Document, Item, Thema
from woondriehoek.monitoring.constants import VoortgangStatus
from woondriehoek.monitoring.services.periode import Periode
from woondriehoek.monitoring.services.voortgang import huidige

from .themafamilies import CODES, familie, label

NIET_GERAPPORTEERD = "niet_gerapporteerd"
STATUSSEN = [s.value for s in VoortgangStatus] + [NIET_GERAPPORTEERD]


def status_labels() -> list[str]:
    return [str(s.label) for s in VoortgangStatus] + [str(_("not reported"))]


@dataclass
class Telling:
    afspraken: int = 0
    met_doel: int = 0
    met_trekker: int = 0
    smart: int = 0  # a target and a trekker
    per_status: Counter = field(default_factory=Counter)

    @property
    def smart_score(self) -> float | None:
        return self.smart / self.afspraken if self.afspraken else None

    def tel(self, heeft_doel: bool, heeft_trekker: bool, status: str) -> None:
        self.afspraken += 1
        self.met_doel += heeft_doel
        self.met_trekker += heeft_trekker
        self.smart += heeft_doel and heeft_trekker
        self.per_status[status] += 1

    def voeg_bij(self, other: Telling) -> None:
        self.afspraken += other.afspraken
        self.met_doel += other.met_doel
        self.met_trekker += other.met_trekker
        self.smart += other.smart
        self.per_status.update(other.per_status)

    @property
    def statussen(self) -> list[int]:
        return [self.per_status.get(s, 0) for s in STATUSSEN]


@dataclass
class Rij:
    document: Document
    gemeenten: str
    familie: str
    telling: Telling

    @property
    def familie_label(self) -> str:
        return label(self.familie)


@dataclass
class Groep:
    document: Document
    gemeenten: str
    rijen: list[Rij]

    @property
    def anker(self) -> str:
        return f"document-{self.document.pk}"


@dataclass
class Vergelijking:
    periode: Periode
    rijen: list[Rij]
    totalen: list[Rij]  # per family over every document (document is None)
    documenten: list[Document]

    @property
    def per_document(self) -> list[Groep]:
        groepen: dict[int, Groep] = {}
        for rij in self.rijen:
            groep = groepen.setdefault(rij.document.pk, Groep(rij.document, rij.gemeenten, []))
            groep.rijen.append(rij)
        return list(groepen.values())


def documenten_in_scope(user):
    return (
        Document.objects.visible_to(user)
        .filter(soort=DocumentSoort.PRESTATIEAFSPRAKEN)
        .prefetch_related("gemeenten")
        .order_by("titel", "pk")
    )


def _titels(thema_id: int | None, themas: dict[int, Thema]) -> list[str]:
    titels, seen = [], set()
    while thema_id and thema_id in themas and thema_id not in seen:
        seen.add(thema_id)
        titels.append(themas[thema_id].titel)
        thema_id = themas[thema_id].parent_id
    return titels


def _afspraken(documenten: list[Document]) -> list[Item]:
    return list(
        Item.objects.filter(document__in=documenten, soort=ItemSoort.AFSPRAAK)
        .prefetch_related("betrokkenheden", "doelen")
        .order_by("document_id", "volgorde", "pk")
    )


def vergelijk(user, today: dt.date) -> Vergelijking:
    periode = Periode.huidige(today)
    documenten = list(documenten_in_scope(user))
    themas = {t.pk: t for t in Thema.objects.filter(document__in=documenten)}
    items = _afspraken(documenten)
    current = huidige(items, periode)
    per_doc: dict[tuple[int, str], Telling] = {}
    for item in items:
        key = (item.document_id, familie(_titels(item.thema_id, themas)))
        voortgang = current.get(item.pk)
        per_doc.setdefault(key, Telling()).tel(
            bool(item.doelen.all()),
            any(b.rol == BetrokkenheidRol.TREKKER for b in item.betrokkenheden.all()),
            voortgang.status if voortgang else NIET_GERAPPORTEERD,
        )
    rijen, totaal = [], {code: Telling() for code in CODES}
    for doc in documenten:
        namen = ", ".join(g.korte_naam for g in doc.gemeenten.all())
        for code in CODES:
            telling = per_doc.get((doc.pk, code))
            if telling:
                rijen.append(Rij(doc, namen, code, telling))
                totaal[code].voeg_bij(telling)
    totalen = [Rij(None, "", code, t) for code, t in totaal.items() if t.afspraken]
    return Vergelijking(periode, rijen, totalen, documenten)
