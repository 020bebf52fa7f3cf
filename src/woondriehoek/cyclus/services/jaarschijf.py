"""The jaarschijf workflow: open, draft per party, submit, bundle, adopt, compare."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from woondriehoek.afspraken.models import Document, Item
from woondriehoek.organisaties.models import Organisatie

from ..constants import IndieningStatus, JaarschijfStatus
from ..models import Activiteit, Cyclusregel, Indiening, Jaarschijf
from .regels import spec_van
from .schema import RegelSpec, termijn_datum
from .termijnen import markeer_gedaan

ACTIVITEITEN_CODE = "activiteiten"


def _activiteitenregel(document: Document) -> Cyclusregel | None:
    return Cyclusregel.objects.filter(document=document, code=ACTIVITEITEN_CODE).first()


def standaard_indiendatum(document: Document, jaar: int) -> dt.date:
    """When the parties submit: the agreement's activity-overview rule, else 1 July."""
    regel = _activiteitenregel(document)
    spec = spec_van(regel) if regel else RegelSpec(code="", naam="", maand=7, dag=1)
    return termijn_datum(spec, jaar - 1)


@transaction.atomic
def open_jaarschijf(document: Document, jaar: int, indienen_voor: dt.date | None = None):
    jaarschijf, _created = Jaarschijf.objects.get_or_create(
        document=document,
        jaar=jaar,
        defaults={"indienen_voor": indienen_voor or standaard_indiendatum(document, jaar)},
    )
    for partij in document.partijen.select_related("organisatie"):
        Indiening.objects.get_or_create(jaarschijf=jaarschijf, organisatie=partij.organisatie)
    return jaarschijf


def indiening_van(jaarschijf: Jaarschijf, organisatie: Organisatie) -> Indiening:
    return Indiening.objects.get_or_create(jaarschijf=jaarschijf, organisatie=organisatie)[0]


@transaction.atomic
def dien_in(indiening: Indiening, user, now: dt.datetime | None = None) -> Indiening:
    indiening.status = IndieningStatus.INGEDIEND
    indiening.ingediend_op = now or timezone.now()
    indiening.ingediend_door = user
    indiening.save()
    regel = _activiteitenregel(indiening.jaarschijf.document)
    if regel:
        markeer_gedaan(regel, indiening.jaarschijf.jaar - 1, indiening.organisatie, user)
    return indiening


def heropen(indiening: Indiening) -> Indiening:
    indiening.status = IndieningStatus.CONCEPT
    indiening.save()
    return indiening


def bundel(jaarschijf: Jaarschijf, now: dt.datetime | None = None) -> Jaarschijf:
    jaarschijf.status = JaarschijfStatus.GEBUNDELD
    jaarschijf.gebundeld_op = now or timezone.now()
    jaarschijf.save()
    return jaarschijf


@transaction.atomic
def stel_vast(indiening: Indiening, user, now: dt.datetime | None = None) -> Jaarschijf:
    """A party adopts the bundle; when every party has, the jaarschijf is adopted."""
    now = now or timezone.now()
    indiening.akkoord_op = now
    indiening.akkoord_door = user
    indiening.save()
    jaarschijf = indiening.jaarschijf
    if not jaarschijf.indieningen.filter(akkoord_op__isnull=True).exists():
        jaarschijf.status = JaarschijfStatus.VASTGESTELD
        jaarschijf.vastgesteld_op = now
        jaarschijf.save()
    return jaarschijf


@dataclass
class IndieningRegel:
    indiening: Indiening
    aantal: int
    te_laat: bool
    laat_ingediend: bool


def indiening_status(jaarschijf: Jaarschijf, today: dt.date) -> list[IndieningRegel]:
    """Per party: submitted or not, and whether it is (or was) late."""
    tellingen: dict[int, int] = {}
    for org_id in jaarschijf.activiteiten.values_list("organisatie_id", flat=True):
        tellingen[org_id] = tellingen.get(org_id, 0) + 1
    rows = []
    for ind in jaarschijf.indieningen.select_related("organisatie", "ingediend_door"):
        ingediend_op = timezone.localdate(ind.ingediend_op) if ind.ingediend_op else None
        rows.append(
            IndieningRegel(
                indiening=ind,
                aantal=tellingen.get(ind.organisatie_id, 0),
                te_laat=not ind.is_ingediend and today > jaarschijf.indienen_voor,
                laat_ingediend=bool(
                    ind.is_ingediend and ingediend_op and ingediend_op > jaarschijf.indienen_voor
                ),
            )
        )
    return rows


@dataclass
class Groep:
    item: Item | None
    activiteiten: list[Activiteit] = field(default_factory=list)


def per_afspraak(activiteiten) -> list[Groep]:
    """Activities grouped by the afspraak they serve, in register order."""
    groepen: dict[int | None, Groep] = {}
    for act in activiteiten:
        groepen.setdefault(act.item_id, Groep(act.item)).activiteiten.append(act)
    return sorted(
        groepen.values(),
        key=lambda g: (
            g.item is None,
            g.item.volgorde if g.item else 0,
            g.item.pk if g.item else 0,
        ),
    )


def gebundeld_overzicht(jaarschijf: Jaarschijf) -> list[Groep]:
    acts = jaarschijf.activiteiten.select_related("organisatie", "item").order_by(
        "organisatie__naam", "volgorde", "pk"
    )
    return per_afspraak(acts)


@dataclass
class Verschil:
    item: Item | None
    toegevoegd: list[Activiteit] = field(default_factory=list)
    vervallen: list[Activiteit] = field(default_factory=list)
    gewijzigd: list[tuple[Activiteit, Activiteit]] = field(default_factory=list)


def _norm(act: Activiteit) -> tuple[str, str]:
    return (" ".join(act.wat.split()).lower(), " ".join(act.nodig_van_anderen.split()).lower())


def _vergelijk(oud: list[Activiteit], nieuw: list[Activiteit], verschil: Verschil) -> None:
    """Per party: equal texts are unchanged, the rest pair up as changed, leftovers differ."""
    nieuw = list(nieuw)
    rest_oud = []
    for act in oud:
        match = next((n for n in nieuw if _norm(n) == _norm(act)), None)
        if match is None:
            rest_oud.append(act)
        else:
            nieuw.remove(match)
    paren = min(len(rest_oud), len(nieuw))
    verschil.gewijzigd += list(zip(rest_oud[:paren], nieuw[:paren], strict=True))
    verschil.vervallen += rest_oud[paren:]
    verschil.toegevoegd += nieuw[paren:]


def vorige_jaarschijf(jaarschijf: Jaarschijf) -> Jaarschijf | None:
    return Jaarschijf.objects.filter(document=jaarschijf.document, jaar=jaarschijf.jaar - 1).first()


def verschil_met_vorige(jaarschijf: Jaarschijf, vorige: Jaarschijf | None = None) -> list[Verschil]:
    """What changed against last year's jaarschijf, by afspraak: added, removed, changed."""
    vorige = vorige or vorige_jaarschijf(jaarschijf)
    nu = list(jaarschijf.activiteiten.select_related("item", "organisatie"))
    toen = list(vorige.activiteiten.select_related("item", "organisatie")) if vorige else []
    sleutels: dict[tuple, tuple[list, list]] = {}
    for act in toen:
        sleutels.setdefault((act.item_id, act.organisatie_id), ([], []))[0].append(act)
    for act in nu:
        sleutels.setdefault((act.item_id, act.organisatie_id), ([], []))[1].append(act)
    per_item: dict[int | None, Verschil] = {}
    for (item_id, _org), (oud, nieuw) in sleutels.items():
        item = (nieuw or oud)[0].item
        _vergelijk(oud, nieuw, per_item.setdefault(item_id, Verschil(item)))
    result = [v for v in per_item.values() if v.toegevoegd or v.vervallen or v.gewijzigd]
    return sorted(result, key=lambda v: (v.item is None, v.item.volgorde if v.item else 0))
