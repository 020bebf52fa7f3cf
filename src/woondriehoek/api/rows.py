"""One page of a list as dicts shaped like the schemas in schemas.py (GemeenteOut, ItemOut, …).

Each builder takes the sliced queryset of a page and runs one `.values()` query, plus one
per nested list (an item's parties and targets, a document's municipalities): a constant
number of queries whatever the page size. Keep these in step with the schemas; the
schemathesis test validates every answer against them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import QuerySet

from woondriehoek.afspraken.constants import BetrokkenheidRol
from woondriehoek.afspraken.models import Betrokkenheid, Document, Doel
from woondriehoek.organisaties.models import Organisatie

Row = dict[str, Any]


def _float(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


def _ids(rows: list[Row]) -> list[int]:
    return [r["id"] for r in rows]


def gemeenten(page: QuerySet) -> list[Row]:
    return [
        {
            "id": r["id"],
            "naam": r["naam"],
            "korte_naam": Organisatie(naam=r["naam"], type=r["type"]).korte_naam,
            "slug": r["slug"],
            "cbs_code": r["cbs_code"] or None,
        }
        for r in page.values("id", "naam", "type", "slug", "cbs_code")
    ]


def organisaties(page: QuerySet) -> list[Row]:
    rows = list(page.values("id", "naam", "type", "slug", "cbs_code", "website"))
    for r in rows:
        r["cbs_code"] = r["cbs_code"] or None
        r["website"] = r["website"] or None
    return rows


DOCUMENT_FIELDS = (
    "id",
    "titel",
    "soort",
    "status",
    "periode_start",
    "periode_eind",
    "ondertekend_op",
    "ondertekend_te",
    "vorige_id",
    "aangemaakt",
    "gewijzigd",
)


def documenten(page: QuerySet) -> list[Row]:
    rows = list(page.values(*DOCUMENT_FIELDS))
    gemeenten_van: dict[int, list[int]] = {r["id"]: [] for r in rows}
    through = Document.gemeenten.through.objects.filter(document_id__in=_ids(rows))
    for document_id, gemeente_id in through.values_list("document_id", "organisatie_id"):
        gemeenten_van[document_id].append(gemeente_id)
    for r in rows:
        r["gemeenten"] = sorted(gemeenten_van[r["id"]])
        r["vorige"] = r.pop("vorige_id")
    return rows


def themas(page: QuerySet) -> list[Row]:
    rows = list(page.values("id", "document_id", "parent_id", "nummer", "titel", "volgorde"))
    for r in rows:
        r["document"], r["parent"] = r.pop("document_id"), r.pop("parent_id")
    return rows


DOEL_FIELDS = ("id", "item_id", "waarde", "eenheid", "wat", "vergelijking", "start_jaar")


def _doel(r: Row) -> Row:
    return {
        "id": r["id"],
        "item": r["item_id"],
        "waarde": float(r["waarde"]),
        "eenheid": r["eenheid"],
        "wat": r["wat"],
        "vergelijking": r["vergelijking"],
        "start_jaar": r["start_jaar"],
        "eind_jaar": r["eind_jaar"],
    }


def doelen(page: QuerySet) -> list[Row]:
    return [_doel(r) for r in page.values(*DOEL_FIELDS, "eind_jaar")]


ITEM_FIELDS = (
    "id",
    "document_id",
    "thema_id",
    "soort",
    "nummer",
    "tekst",
    "uitvoering",
    "periode_start",
    "periode_eind",
    "verwijst_naar_id",
    "gewicht",
)


def items(page: QuerySet) -> list[Row]:
    rows = list(page.values(*ITEM_FIELDS))
    ids = _ids(rows)
    nested: dict[int, Row] = {i: {"trekkers": [], "betrokkenen": [], "doelen": []} for i in ids}
    partijen = Betrokkenheid.objects.filter(item_id__in=ids).values_list(
        "item_id", "rol", "organisatie_id", "tekst", "organisatie__naam"
    )
    for item_id, rol, organisatie_id, tekst, naam in partijen:
        key = "trekkers" if rol == BetrokkenheidRol.TREKKER else "betrokkenen"
        if rol in (BetrokkenheidRol.TREKKER, BetrokkenheidRol.BETROKKENE):
            nested[item_id][key].append({"organisatie": organisatie_id, "naam": tekst or naam})
    for d in Doel.objects.filter(item_id__in=ids).values(*DOEL_FIELDS, "eind_jaar"):
        nested[d["item_id"]]["doelen"].append(_doel(d))
    return [
        {
            "id": r["id"],
            "document": r["document_id"],
            "thema": r["thema_id"],
            "soort": r["soort"],
            "nummer": r["nummer"],
            "tekst": r["tekst"],
            "uitvoering": r["uitvoering"],
            "periode_start": r["periode_start"],
            "periode_eind": r["periode_eind"],
            "verwijst_naar": r["verwijst_naar_id"],
            "gewicht": _float(r["gewicht"]),
            **nested[r["id"]],
        }
        for r in rows
    ]


def voortgang(page: QuerySet) -> list[Row]:
    fields = ("id", "item_id", "jaar", "deel", "status", "percentage", "toelichting")
    rows = list(page.values(*fields, "organisatie_id", "aangemaakt"))
    for r in rows:
        r["item"], r["organisatie"] = r.pop("item_id"), r.pop("organisatie_id")
    return rows


def realisaties(page: QuerySet) -> list[Row]:
    fields = ("id", "doel_id", "jaar", "waarde", "organisatie_id", "bron", "toelichting")
    rows = list(page.values(*fields, "aangemaakt"))
    for r in rows:
        r["doel"] = r.pop("doel_id")
        r["organisatie"] = r.pop("organisatie_id")
        r["waarde"] = float(r["waarde"])
    return rows
