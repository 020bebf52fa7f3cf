"""One export of a workspace: which tables, in which format, under which file name."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone

from woondriehoek.afspraken.services.afspraken_json_export import export_document

from . import monitors, register, voortgang
from .bereik import Bereik
from .csv_nl import csv_bytes, zip_bytes
from .tabel import Tabel
from .xlsx import werkmap

FORMATEN = ("xlsx", "csv", "json")
SOORTEN: dict[str, Callable[[Bereik], Tabel]] = {
    "documenten": register.documenten,
    "themas": register.themas,
    "items": register.items,
    "doelen": register.doelen,
    "voortgang": voortgang.voortgang,
    "realisaties": voortgang.realisaties,
    "doelstand": voortgang.doelstand,
    "projecten": monitors.projecten,
    "toewijzing": monitors.toewijzing,
}
CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "zip": "application/zip",
    "json": "application/json",
}


class OnbekendeExport(ValueError):
    pass


@dataclass(frozen=True)
class Bestand:
    naam: str
    content_type: str
    inhoud: bytes


def tabellen(bereik: Bereik, soort: str | None = None) -> list[Tabel]:
    if soort and soort not in SOORTEN:
        raise OnbekendeExport(soort)
    kinds = [soort] if soort else list(SOORTEN)
    return [SOORTEN[k](bereik) for k in kinds]


def afspraken_json(bereik: Bereik) -> list[dict]:
    """Every document the user may read, each as an Afspraken-JSON document."""
    return [export_document(d) for d in bereik.documenten]


def _stam(bereik: Bereik, soort: str | None, today: dt.date) -> str:
    return f"woondriehoek-{bereik.gemeente.slug}-{soort or 'alles'}-{today:%Y%m%d}"


def exporteer(bereik: Bereik, formaat: str, soort: str | None = None) -> Bestand:
    """The file for a format: XLSX (a sheet per kind), CSV (one kind, or a ZIP of all kinds),
    or Afspraken-JSON (a list of documents; ``soort`` does not apply)."""
    if formaat not in FORMATEN:
        raise OnbekendeExport(formaat)
    today = timezone.localdate()
    if formaat == "json":
        data = json.dumps(afspraken_json(bereik), ensure_ascii=False, indent=2)
        return Bestand(_stam(bereik, None, today) + ".json", CONTENT_TYPES["json"], data.encode())
    stam = _stam(bereik, soort, today)
    tabs = tabellen(bereik, soort)
    if formaat == "xlsx":
        return Bestand(stam + ".xlsx", CONTENT_TYPES["xlsx"], werkmap(tabs))
    if soort:
        return Bestand(stam + ".csv", CONTENT_TYPES["csv"], csv_bytes(tabs[0]))
    return Bestand(stam + ".zip", CONTENT_TYPES["zip"], zip_bytes(tabs))


def document_json(document) -> Bestand:
    """One document as Afspraken-JSON."""
    data = json.dumps(export_document(document), ensure_ascii=False, indent=2)
    return Bestand(f"afspraken-json-{document.pk}.json", CONTENT_TYPES["json"], data.encode())
