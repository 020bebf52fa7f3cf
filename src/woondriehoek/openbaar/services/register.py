"""Register tables: documents, themes, items (with trekkers and betrokkenen) and targets."""

from __future__ import annotations

from django.db.models import Count

from woondriehoek.afspraken.models import Doel, Item, Thema

from .bereik import Bereik
from .tabel import Tabel, kolommen

DOCUMENTEN = kolommen(
    "document_id:getal titel soort status gemeenten periode_start:getal periode_eind:getal "
    "ondertekend_op:datum ondertekend_te partijen aantal_items:getal"
)
THEMAS = kolommen("document_id:getal thema_id:getal nummer titel pad bovenliggend_id:getal")
ITEMS = kolommen(
    "document_id:getal document item_id:getal nummer soort thema tekst trekkers betrokkenen "
    "uitvoering periode_start:getal periode_eind:getal gewicht:getal werkt_uit_id:getal "
    "aantal_doelen:getal"
)
DOELEN = kolommen(
    "document_id:getal item_id:getal item_nummer doel_id:getal vergelijking waarde:getal "
    "eenheid wat start_jaar:getal eind_jaar:getal omschrijving"
)


def namen(betrokkenheden) -> str:
    return ", ".join(str(b) for b in betrokkenheden)


def thema_pad(thema: Thema | None, per_pk: dict[int, Thema]) -> str:
    """'1 Wonen > 1.2 Betaalbaarheid' from the stored parents (no extra queries)."""
    chain, seen = [], set()
    while thema is not None and thema.pk not in seen:
        chain.append(str(thema))
        seen.add(thema.pk)
        thema = per_pk.get(thema.parent_id)
    return " > ".join(reversed(chain))


def documenten(bereik: Bereik) -> Tabel:
    tabel = Tabel("documenten", DOCUMENTEN)
    docs = bereik.documenten.prefetch_related("gemeenten", "partijen__organisatie").annotate(
        aantal=Count("items")
    )
    for d in docs:
        tabel.voeg_toe(
            document_id=d.pk,
            titel=d.titel,
            soort=d.soort,
            status=d.status,
            gemeenten=", ".join(g.korte_naam for g in d.gemeenten.all()),
            periode_start=d.periode_start,
            periode_eind=d.periode_eind,
            ondertekend_op=d.ondertekend_op,
            ondertekend_te=d.ondertekend_te,
            partijen=", ".join(p.organisatie.naam for p in d.partijen.all()),
            aantal_items=d.aantal,
        )
    return tabel


def _themas(bereik: Bereik) -> dict[int, Thema]:
    rows = Thema.objects.filter(document__in=bereik.documenten).order_by(
        "document_id", "volgorde", "pk"
    )
    return {t.pk: t for t in rows}


def themas(bereik: Bereik) -> Tabel:
    tabel = Tabel("themas", THEMAS)
    per_pk = _themas(bereik)
    for t in per_pk.values():
        tabel.voeg_toe(
            document_id=t.document_id,
            thema_id=t.pk,
            nummer=t.nummer,
            titel=t.titel,
            pad=thema_pad(t, per_pk),
            bovenliggend_id=t.parent_id,
        )
    return tabel


def _items(bereik: Bereik):
    return (
        Item.objects.filter(document__in=bereik.documenten)
        .select_related("document")
        .prefetch_related("betrokkenheden__organisatie", "doelen")
        .order_by("document__periode_start", "document_id", "volgorde", "pk")
    )


def items(bereik: Bereik) -> Tabel:
    tabel = Tabel("items", ITEMS)
    per_pk = _themas(bereik)
    for i in _items(bereik):
        tabel.voeg_toe(
            document_id=i.document_id,
            document=i.document.titel,
            item_id=i.pk,
            nummer=i.nummer,
            soort=i.soort,
            thema=thema_pad(per_pk.get(i.thema_id), per_pk),
            tekst=i.tekst,
            trekkers=namen(i.trekkers),
            betrokkenen=namen(i.betrokkenen),
            uitvoering=i.uitvoering,
            periode_start=i.periode_start,
            periode_eind=i.periode_eind,
            gewicht=i.gewicht,
            werkt_uit_id=i.verwijst_naar_id,
            aantal_doelen=len(i.doelen.all()),
        )
    return tabel


def doelen(bereik: Bereik) -> Tabel:
    tabel = Tabel("doelen", DOELEN)
    rows = (
        Doel.objects.filter(item__document__in=bereik.documenten)
        .select_related("item")
        .order_by("item__document_id", "item__volgorde", "item_id", "volgorde", "pk")
    )
    for d in rows:
        tabel.voeg_toe(
            document_id=d.item.document_id,
            item_id=d.item_id,
            item_nummer=d.item.nummer,
            doel_id=d.pk,
            vergelijking=d.vergelijking,
            waarde=d.waarde,
            eenheid=d.eenheid,
            wat=d.wat,
            start_jaar=d.start_jaar,
            eind_jaar=d.eind_jaar,
            omschrijving=str(d),
        )
    return tabel
