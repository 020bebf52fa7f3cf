"""Concrete deadlines of a workspace in a year: rules + documents + what parties marked done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext

from woondriehoek.afspraken.constants import DocumentSoort
from woondriehoek.afspraken.models import Document
from woondriehoek.organisaties.models import Organisatie

from ..constants import TermijnStatus
from ..models import Cyclusregel, Overleg, TermijnAfronding
from . import woningwet
from .regels import spec_van
from .schema import begin_periode, is_actief, nominale_datum, termijn_datum, termijn_status


@dataclass
class Actor:
    organisatie: Organisatie
    afronding: TermijnAfronding | None = None

    @property
    def gedaan(self) -> bool:
        return self.afronding is not None


@dataclass
class Termijn:
    """One deadline in one year; `regel` is None for the dispute window (information only)."""

    naam: str
    jaar: int
    datum: dt.date
    nominaal: dt.date
    status: TermijnStatus
    regel: Cyclusregel | None = None
    begin: dt.date | None = None
    actoren: list[Actor] = field(default_factory=list)
    document: Document | None = None
    toelichting: str = ""

    @property
    def verschoven(self) -> bool:
        return self.datum != self.nominaal

    @property
    def moeten_nog(self) -> list[Organisatie]:
        return [a.organisatie for a in self.actoren if not a.gedaan]

    @property
    def uid(self) -> str:
        key = f"regel{self.regel.pk}" if self.regel else f"geschil-{self.nominaal:%Y%m%d}"
        return f"{key}-{self.jaar}"


def workspace_documenten(gemeente: Organisatie):
    return (
        Document.objects.of_gemeente(gemeente)
        .exclude(soort__in=[DocumentSoort.JAARSCHIJF, DocumentSoort.BOD])
        .prefetch_related("partijen__organisatie")
    )


def perioden_van(gemeente: Organisatie) -> list[woningwet.Periode]:
    return [
        (d.periode_start, d.periode_eind)
        for d in workspace_documenten(gemeente)
        if d.periode_start and d.periode_eind
    ]


def _lopende_partijen(gemeente: Organisatie, jaar: int) -> list[Organisatie]:
    """Parties to the workspace's agreements that run this year or next year."""
    docs = workspace_documenten(gemeente).filter(
        Q(periode_start__isnull=True)
        | (
            Q(periode_start__lte=jaar + 1)
            & (Q(periode_eind__isnull=True) | Q(periode_eind__gte=jaar))
        )
    )
    orgs = {p.organisatie for d in docs for p in d.partijen.all()}
    orgs.add(gemeente)
    return sorted(orgs, key=lambda o: (o.type != "gemeente", o.naam))


def actoren_van(regel: Cyclusregel, jaar: int) -> list[Organisatie]:
    if regel.document_id:
        kandidaten = [p.organisatie for p in regel.document.partijen.all()]
    else:
        kandidaten = _lopende_partijen(regel.gemeente, jaar)
    typen = set(regel.partijtypes or ())
    gekozen = [o for o in kandidaten if o.type in typen]
    for org in regel.organisaties.all():
        if org not in gekozen:
            gekozen.append(org)
    return gekozen


def _termijn(regel: Cyclusregel, jaar: int, today: dt.date, afrondingen: dict) -> Termijn:
    spec = spec_van(regel)
    datum = termijn_datum(spec, jaar)
    actoren = [Actor(o, afrondingen.get((regel.pk, o.pk))) for o in actoren_van(regel, jaar)]
    gedaan = bool(actoren) and all(a.gedaan for a in actoren)
    return Termijn(
        naam=regel.naam,
        jaar=jaar,
        datum=datum,
        nominaal=nominale_datum(spec, jaar),
        begin=begin_periode(spec, jaar),
        status=termijn_status(datum, gedaan, today, regel.herinnering_dagen),
        regel=regel,
        actoren=actoren,
        document=regel.document,
        toelichting=regel.toelichting,
    )


def geldende_regels(gemeente: Organisatie, jaar: int) -> list[Cyclusregel]:
    perioden = perioden_van(gemeente)
    regels = (
        Cyclusregel.objects.of_gemeente(gemeente)
        .actief()
        .select_related("document", "gemeente")
        .prefetch_related("organisaties", "document__partijen__organisatie")
    )
    return [
        r
        for r in regels
        if is_actief(spec_van(r), jaar) and woningwet.voorwaarde_geldt(r.voorwaarde, jaar, perioden)
    ]


def geschil_termijnen(gemeente: Organisatie, jaar: int, today: dt.date) -> list[Termijn]:
    """The dispute window after talks that started with a meeting marked as their start."""
    result = []
    starts = Overleg.objects.filter(gemeente=gemeente, start_onderhandelingen=True)
    for overleg in starts:
        begin = overleg.begin.date()
        opent, sluit = woningwet.geschil_venster(begin)
        if sluit.year != jaar:
            continue
        akkoord = (
            workspace_documenten(gemeente)
            .filter(ondertekend_op__gte=begin, ondertekend_op__lt=opent)
            .exists()
        )
        status = TermijnStatus.DONE if akkoord else termijn_status(sluit, False, today, 28)
        result.append(
            Termijn(
                naam=gettext("Put the dispute to the minister (no agreement reached)"),
                jaar=jaar,
                datum=sluit,
                nominaal=opent + woningwet.GESCHIL_BINNEN,
                begin=opent,
                status=status,
                toelichting=gettext("Six months after the talks started, within four weeks."),
            )
        )
    return result


def termijnen_van(gemeente: Organisatie, jaar: int, today: dt.date) -> list[Termijn]:
    """Every deadline of the workspace in this year, in date order."""
    regels = geldende_regels(gemeente, jaar)
    afrondingen = {
        (a.regel_id, a.organisatie_id): a
        for a in TermijnAfronding.objects.filter(regel__in=regels, jaar=jaar).select_related(
            "gedaan_door"
        )
    }
    termijnen = [_termijn(r, jaar, today, afrondingen) for r in regels]
    termijnen += geschil_termijnen(gemeente, jaar, today)
    return sorted(termijnen, key=lambda t: (t.datum, t.naam))


def termijn_van(regel: Cyclusregel, jaar: int, today: dt.date) -> Termijn:
    afrondingen = {
        (a.regel_id, a.organisatie_id): a
        for a in TermijnAfronding.objects.filter(regel=regel, jaar=jaar)
    }
    return _termijn(regel, jaar, today, afrondingen)


def markeer_gedaan(
    regel: Cyclusregel, jaar: int, organisatie: Organisatie, user, op: dt.datetime | None = None
) -> TermijnAfronding:
    defaults = {"gedaan_door": user, **({"gedaan_op": op} if op else {})}
    afronding, _created = TermijnAfronding.objects.get_or_create(
        regel=regel, jaar=jaar, organisatie=organisatie, defaults=defaults
    )
    return afronding


def markeer_open(regel: Cyclusregel, jaar: int, organisatie: Organisatie) -> None:
    for afronding in TermijnAfronding.objects.filter(
        regel=regel, jaar=jaar, organisatie=organisatie
    ):
        afronding.delete()
