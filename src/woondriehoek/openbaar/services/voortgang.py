"""Monitoring tables: every progress update, the realisations that count, target status.

No author names: an update or realisation shows the organisation it was made for.
"""

from __future__ import annotations

from decimal import Decimal

from woondriehoek.afspraken.models import Doel
from woondriehoek.monitoring.models import Realisatie, Voortgang
from woondriehoek.monitoring.services.doelen import actueel, overzicht

from .bereik import Bereik
from .tabel import Tabel, kolommen

VOORTGANG = kolommen(
    "document_id:getal item_id:getal item_nummer item jaar:getal periode status "
    "percentage:procent toelichting organisatie gemeld_op:datum"
)
REALISATIES = kolommen(
    "document_id:getal item_id:getal doel_id:getal doel jaar:getal organisatie waarde:getal "
    "eenheid bron toelichting ingevoerd_op:datum"
)
DOELSTAND = kolommen(
    "document_id:getal doel_id:getal doel interpretatie jaar:getal gerealiseerd:getal "
    "stand:getal pad:getal oordeel"
)


def _kort(tekst: str, n: int = 120) -> str:
    return tekst if len(tekst) <= n else tekst[: n - 1] + "…"


def voortgang(bereik: Bereik) -> Tabel:
    tabel = Tabel("voortgang", VOORTGANG)
    rows = (
        Voortgang.objects.filter(item__document__in=bereik.documenten)
        .select_related("item", "organisatie")
        .order_by("item__document_id", "item__volgorde", "item_id", "jaar", "deel_rang", "pk")
    )
    for v in rows:
        tabel.voeg_toe(
            document_id=v.item.document_id,
            item_id=v.item_id,
            item_nummer=v.item.nummer,
            item=_kort(v.item.tekst),
            jaar=v.jaar,
            periode=v.deel,
            status=v.status,
            percentage=Decimal(v.percentage) / 100,
            toelichting=v.toelichting,
            organisatie=v.organisatie.naam,
            gemeld_op=v.aangemaakt.date(),
        )
    return tabel


def _doelen(bereik: Bereik):
    return (
        Doel.objects.filter(item__document__in=bereik.documenten)
        .select_related("item")
        .prefetch_related("realisaties__organisatie")
        .order_by("item__document_id", "item__volgorde", "item_id", "volgorde", "pk")
    )


def realisaties(bereik: Bereik) -> Tabel:
    """The version that counts per (target, year, organisation)."""
    tabel = Tabel("realisaties", REALISATIES)
    for d in _doelen(bereik):
        r: Realisatie
        for r in actueel(d.realisaties.all()):
            tabel.voeg_toe(
                document_id=d.item.document_id,
                item_id=d.item_id,
                doel_id=d.pk,
                doel=str(d),
                jaar=r.jaar,
                organisatie=r.organisatie.naam if r.organisatie else "",
                waarde=r.waarde,
                eenheid=d.eenheid,
                bron=r.bron,
                toelichting=r.toelichting,
                ingevoerd_op=r.aangemaakt.date(),
            )
    return tabel


def doelstand(bereik: Bereik) -> Tabel:
    """Per target with realisations and year: realised, judged value, path and judgement."""
    tabel = Tabel("doelstand", DOELSTAND)
    for d in _doelen(bereik):
        o = overzicht(d, list(d.realisaties.all()))
        if not o.realisaties:
            continue
        for j in o.stand.jaren:
            tabel.voeg_toe(
                document_id=d.item.document_id,
                doel_id=d.pk,
                doel=str(d),
                interpretatie=o.stand.interpretatie,
                jaar=j.jaar,
                gerealiseerd=j.gerealiseerd,
                stand=j.waarde,
                pad=round(j.pad, 2) if j.pad is not None else None,
                oordeel=j.oordeel,
            )
    return tabel
