"""Write a stored document as Afspraken-JSON (shared/spec/afspraken-json.md)."""

from __future__ import annotations

from decimal import Decimal

from ..constants import BetrokkenheidRol
from ..models import Document

FORMAT = "afspraken-json/v1"


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _period(start, end) -> dict | None:
    return {"start": start, "end": end} if start or end else None


def export_document(document: Document) -> dict:
    partijen = list(document.partijen.select_related("organisatie"))
    pid = {p.organisatie_id: (p.code or f"p{n}") for n, p in enumerate(partijen, start=1)}
    themas = list(document.themas.order_by("volgorde", "pk"))
    tid = {t.pk: (t.extern_id or f"t{t.pk}") for t in themas}
    items = list(
        document.items.order_by("volgorde", "pk").prefetch_related(
            "betrokkenheden__organisatie", "doelen"
        )
    )
    iid = {i.pk: (i.extern_id or f"i{i.pk}") for i in items}
    return {
        "format": FORMAT,
        "source": {"file": document.bron_bestand or None, "sha256": document.bron_sha256 or None},
        "document": {
            "kind": document.soort,
            "title": document.titel,
            "municipalities": [g.korte_naam for g in document.gemeenten.order_by("naam")],
            "period": _period(document.periode_start, document.periode_eind),
            "signed": {
                "date": document.ondertekend_op.isoformat(),
                "place": document.ondertekend_te or None,
            }
            if document.ondertekend_op
            else None,
            "status": document.status,
        },
        "parties": [_party(p, pid) for p in partijen],
        "signatories": [
            {"name": o.naam, "role": o.functie, "party": pid.get(o.organisatie_id)}
            for o in document.ondertekenaars.all()
        ],
        "themes": [
            {
                "id": tid[t.pk],
                "number": t.nummer or None,
                "title": t.titel,
                "parent": tid.get(t.parent_id),
            }
            for t in themas
        ],
        "items": [_item(i, tid, iid, pid) for i in items],
    }


def _party(partij, pid: dict) -> dict:
    org = partij.organisatie
    row = {"id": pid[org.pk], "name": org.naam, "type": org.type, "aliases": partij.aliases or []}
    if org.cbs_code:
        row["cbs_code"] = org.cbs_code
    return row


def _who(item, rol: str, pid: dict) -> list[str]:
    rows = sorted(
        (b for b in item.betrokkenheden.all() if b.rol == rol), key=lambda b: (b.volgorde, b.pk)
    )
    return [
        pid.get(b.organisatie_id, str(b.organisatie)) if b.organisatie_id else b.tekst for b in rows
    ]


def _item(item, tid: dict, iid: dict, pid: dict) -> dict:
    source = (
        {"page": item.bron_pagina}
        if item.bron_pagina
        else ({"line": item.bron_regel} if item.bron_regel else None)
    )
    return {
        "id": iid[item.pk],
        "kind": item.soort,
        "theme": tid.get(item.thema_id),
        "number": item.nummer or None,
        "text": item.tekst,
        "trekker": _who(item, BetrokkenheidRol.TREKKER, pid),
        "betrokkenen": _who(item, BetrokkenheidRol.BETROKKENE, pid),
        "uitvoering": item.uitvoering or None,
        "period": _period(item.periode_start, item.periode_eind),
        "refers_to": iid.get(item.verwijst_naar_id),
        "targets": [
            {
                "value": _number(d.waarde),
                "unit": d.eenheid,
                "what": d.wat or None,
                "start": d.start_jaar,
                "end": d.eind_jaar,
                "comparator": d.vergelijking,
            }
            for d in sorted(item.doelen.all(), key=lambda d: (d.volgorde, d.pk))
        ],
        "source": source,
    }
