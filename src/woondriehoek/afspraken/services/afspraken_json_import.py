"""Store an Afspraken-JSON document (shared/spec/afspraken-json.md) in the register.

Importing the same source again (same sha256, or the same document given explicitly)
updates the stored document in place: themes and items are matched on their Afspraken-JSON
id, so progress and realisations recorded against them survive a re-import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from woondriehoek.core.services.bijwerken import bewaar, vervang_lijst, werk_bij
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.services.organisaties import find_or_create, find_or_create_gemeente

from ..constants import BetrokkenheidRol, DocumentSoort, DocumentStatus, ItemSoort, Vergelijking
from ..models import Betrokkenheid, Document, Doel, Item, Ondertekenaar, Partij, Thema

FORMAT = "afspraken-json/v1"


@dataclass
class ImportResult:
    document: Document
    created: bool
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def validate(data: dict) -> None:
    """Refuse what is not Afspraken-JSON, with a message that says why."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(
            _("This is not Afspraken-JSON (format %(f)s expected).") % {"f": FORMAT}
        )
    for key in ("document", "parties", "items"):
        if key not in data:
            raise ValidationError(_("Afspraken-JSON lacks the field '%(key)s'.") % {"key": key})
    party_ids = {p.get("id") for p in data.get("parties") or []}
    for party in data.get("parties") or []:
        if party.get("type") not in OrganisatieType.values:
            raise ValidationError(
                _("Party '%(name)s' has an unknown type '%(type)s'; use one of: %(types)s.")
                % {
                    "name": party.get("name"),
                    "type": party.get("type"),
                    "types": ", ".join(OrganisatieType.values),
                }
            )
    theme_ids = {t.get("id") for t in data.get("themes") or []}
    for item in data["items"]:
        if item.get("theme") and item["theme"] not in theme_ids:
            raise ValidationError(
                _("Item %(id)s names a theme that does not exist.") % {"id": item.get("id")}
            )
        if item.get("kind") not in ItemSoort.values:
            raise ValidationError(
                _("Item %(id)s has an unknown kind '%(kind)s'.")
                % {"id": item.get("id"), "kind": item.get("kind")}
            )
    del party_ids


def _find_existing(data: dict, document: Document | None) -> Document | None:
    if document is not None:
        return document
    sha = (data.get("source") or {}).get("sha256")
    return Document.objects.filter(bron_sha256=sha).first() if sha else None


@transaction.atomic
def import_document(
    data: dict,
    *,
    gemeente: str | None = None,
    status: str | None = None,
    document: Document | None = None,
) -> ImportResult:
    validate(data)
    existing = _find_existing(data, document)
    doc = existing or Document()
    meta = data["document"]
    before = _velden(doc)
    _fill_document(doc, data, meta, status)
    doc.full_clean()
    if doc.pk is None or _velden(doc) != before:
        doc.save()
    names = list(meta.get("municipalities") or [])
    if gemeente and gemeente not in names:
        names.insert(0, gemeente)
    cbs = {p["name"]: p.get("cbs_code", "") for p in data["parties"] if p.get("cbs_code")}
    gemeenten = [find_or_create_gemeente(n, cbs_codes=cbs) for n in names]
    doc.gemeenten.set(gemeenten)
    orgs = _import_parties(doc, data, gemeenten)
    _import_signatories(doc, data, orgs)
    themes = _import_themes(doc, data)
    n_items, n_targets = _import_items(doc, data, themes, orgs)
    return ImportResult(
        doc,
        existing is None,
        {
            "parties": len(orgs),
            "themes": len(themes),
            "items": n_items,
            "targets": n_targets,
        },
    )


def _velden(doc: Document) -> tuple:
    """The stored values of the document's own fields (to save it only when they change)."""
    return tuple(f.value_from_object(doc) for f in doc._meta.concrete_fields)


def _fill_document(doc: Document, data: dict, meta: dict, status: str | None) -> None:
    period = meta.get("period") or {}
    signed = meta.get("signed") or {}
    doc.titel = (meta.get("title") or (data.get("source") or {}).get("file") or "?")[:300]
    kind = meta.get("kind")
    doc.soort = kind if kind in DocumentSoort.values else DocumentSoort.ONBEKEND
    wanted = status or meta.get("status")
    if wanted in DocumentStatus.values:
        doc.status = wanted
    elif not doc.pk:
        doc.status = DocumentStatus.CONCEPT
    doc.periode_start, doc.periode_eind = period.get("start"), period.get("end")
    doc.ondertekend_op = _date(signed.get("date"))
    doc.ondertekend_te = (signed.get("place") or "")[:100]
    source = data.get("source") or {}
    doc.bron_bestand = (source.get("file") or "")[:255]
    doc.bron_sha256 = source.get("sha256") or doc.bron_sha256 or ""


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError as exc:
        raise ValidationError(_("'%(v)s' is not an ISO date (YYYY-MM-DD).") % {"v": value}) from exc


def _import_parties(doc: Document, data: dict, gemeenten) -> dict[str, object]:
    orgs: dict[str, object] = {}
    keep = []
    by_name = {g.korte_naam.lower(): g for g in gemeenten}
    for order, party in enumerate(data["parties"]):
        name = party["name"].strip()
        short = name[len("gemeente ") :] if name.lower().startswith("gemeente ") else name
        if party["type"] == OrganisatieType.GEMEENTE and short.lower() in by_name:
            org = by_name[short.lower()]
        else:
            org = find_or_create(
                name, party["type"], party.get("aliases") or [], party.get("cbs_code", "")
            )
        orgs[party["id"]] = org
        row, _c = werk_bij(
            Partij,
            {"code": party["id"], "aliases": party.get("aliases") or [], "volgorde": order},
            document=doc,
            organisatie=org,
        )
        keep.append(row.pk)
    for order, gem in enumerate(gemeenten):
        row, _c = Partij.objects.get_or_create(
            document=doc, organisatie=gem, defaults={"volgorde": order}
        )
        keep.append(row.pk)
    for stale in doc.partijen.exclude(pk__in=keep):
        if not Betrokkenheid.objects.filter(
            item__document=doc, organisatie=stale.organisatie
        ).exists():
            stale.delete()
    return orgs


def _import_signatories(doc: Document, data: dict, orgs: dict) -> None:
    wanted = []
    for order, sig in enumerate(data.get("signatories") or []):
        org = orgs.get(sig.get("party"))
        wanted.append(
            {
                "naam": (sig.get("name") or "?")[:200],
                "functie": (sig.get("role") or "")[:200],
                "organisatie_id": org.pk if org else None,
                "volgorde": order,
            }
        )
    vervang_lijst(
        doc.ondertekenaars.order_by("volgorde", "pk"),
        ["naam", "functie", "organisatie_id", "volgorde"],
        wanted,
        lambda values: Ondertekenaar.objects.create(document=doc, **values),
    )


def _import_themes(doc: Document, data: dict) -> dict[str, Thema]:
    existing = {t.extern_id: t for t in doc.themas.all() if t.extern_id}
    themes: dict[str, Thema] = {}
    for order, row in enumerate(data.get("themes") or []):
        thema = existing.pop(row["id"], None) or Thema(document=doc, extern_id=row["id"])
        parent = themes.get(row.get("parent"))
        bewaar(
            thema,
            nummer=(row.get("number") or "")[:20],
            titel=(row.get("title") or "?")[:300],
            volgorde=order,
            parent_id=parent.pk if parent else None,
        )
        themes[row["id"]] = thema
    for stale in existing.values():
        stale.delete()
    return themes


def _import_items(doc: Document, data: dict, themes: dict, orgs: dict) -> tuple[int, int]:
    existing = {i.extern_id: i for i in doc.items.all() if i.extern_id}
    items: dict[str, Item] = {}
    n_targets = 0
    for order, row in enumerate(data["items"]):
        item = existing.pop(row["id"], None) or Item(document=doc, extern_id=row["id"])
        period, source = row.get("period") or {}, row.get("source") or {}
        thema = themes.get(row.get("theme"))
        bewaar(
            item,
            soort=row["kind"],
            thema_id=thema.pk if thema else None,
            nummer=(row.get("number") or "")[:20],
            tekst=row.get("text") or "",
            uitvoering=(row.get("uitvoering") or "")[:300],
            periode_start=period.get("start"),
            periode_eind=period.get("end"),
            bron_regel=source.get("line"),
            bron_pagina=source.get("page"),
            volgorde=(order + 1) * 10,
        )
        items[row["id"]] = item
        _set_involvement(item, row, orgs)
        n_targets += _set_targets(item, row.get("targets") or [])
    for row in data["items"]:
        target = items.get(row.get("refers_to"))
        bewaar(items[row["id"]], verwijst_naar_id=target.pk if target else None)
    for stale in existing.values():
        stale.delete()
    return len(items), n_targets


def _set_involvement(item: Item, row: dict, orgs: dict) -> None:
    wanted = []
    for rol, key in (
        (BetrokkenheidRol.TREKKER, "trekker"),
        (BetrokkenheidRol.BETROKKENE, "betrokkenen"),
    ):
        for order, entry in enumerate(row.get(key) or []):
            if not isinstance(entry, str) or not entry.strip():
                continue
            org = orgs.get(entry)
            wanted.append(
                {
                    "rol": rol.value,
                    "organisatie_id": org.pk if org else None,
                    "tekst": "" if org else entry.strip()[:200],
                    "volgorde": order,
                }
            )
    vervang_lijst(
        item.betrokkenheden.order_by("rol", "volgorde", "pk"),
        ["rol", "organisatie_id", "tekst", "volgorde"],
        sorted(wanted, key=lambda v: (v["rol"], v["volgorde"])),
        lambda values: Betrokkenheid.objects.create(item=item, **values),
    )


def _set_targets(item: Item, targets: list[dict]) -> int:
    current = list(item.doelen.order_by("volgorde", "pk"))
    count = 0
    for order, t in enumerate(targets):
        try:
            value = Decimal(str(t.get("value")))
        except (InvalidOperation, ValueError):
            continue
        doel = current[order] if order < len(current) else Doel(item=item)
        cmp = t.get("comparator") or "="
        bewaar(
            doel,
            waarde=value,
            eenheid=(t.get("unit") or "aantal")[:40],
            wat=(t.get("what") or "")[:300],
            vergelijking=cmp if cmp in Vergelijking.values else Vergelijking.GELIJK,
            start_jaar=t.get("start"),
            eind_jaar=t.get("end"),
            volgorde=order,
        )
        count += 1
    for stale in current[count:]:
        stale.delete()
    return count
