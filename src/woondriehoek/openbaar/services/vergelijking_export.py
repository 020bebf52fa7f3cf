"""The comparison as tables, for CSV (a ZIP of three files) and XLSX (three sheets)."""

from __future__ import annotations

import datetime as dt

from .csv_nl import zip_bytes
from .export import CONTENT_TYPES, Bestand
from .normen import normen
from .tabel import Tabel, kolommen
from .vergelijking import STATUSSEN, Rij, Vergelijking, vergelijk
from .xlsx import werkmap

TELLING = (
    "familie afspraken:getal met_doel:getal met_trekker:getal smart:getal smart_score:procent "
    + " ".join(f"{s}:getal" for s in STATUSSEN)
)
THEMAS = kolommen(
    "gemeenten document_id:getal document periode_start:getal periode_eind:getal " + TELLING
)
TOTAAL = kolommen(TELLING)
NORMEN = kolommen("gemeente norm waarde:procent bron toelichting")


def _telling(rij: Rij) -> dict:
    t = rij.telling
    return {
        "familie": rij.familie,
        "afspraken": t.afspraken,
        "met_doel": t.met_doel,
        "met_trekker": t.met_trekker,
        "smart": t.smart,
        "smart_score": t.smart_score,
        **dict(zip(STATUSSEN, t.statussen, strict=True)),
    }


def tabellen(v: Vergelijking) -> list[Tabel]:
    themas, totaal, norm_tabel = (
        Tabel("themas", THEMAS),
        Tabel("totaal", TOTAAL),
        Tabel("normen", NORMEN),
    )
    for rij in v.rijen:
        d = rij.document
        themas.voeg_toe(
            gemeenten=rij.gemeenten,
            document_id=d.pk,
            document=d.titel,
            periode_start=d.periode_start,
            periode_eind=d.periode_eind,
            **_telling(rij),
        )
    for rij in v.totalen:
        totaal.voeg_toe(**_telling(rij))
    for n in normen(v.documenten):
        norm_tabel.voeg_toe(
            gemeente=n.gemeente,
            norm=n.norm,
            waarde=n.waarde,
            bron=n.bron,
            toelichting=n.toelichting,
        )
    return [themas, totaal, norm_tabel]


def exporteer_vergelijking(user, today: dt.date, formaat: str) -> Bestand:
    tabs = tabellen(vergelijk(user, today))
    stam = f"woondriehoek-vergelijking-{today:%Y%m%d}"
    if formaat == "xlsx":
        return Bestand(stam + ".xlsx", CONTENT_TYPES["xlsx"], werkmap(tabs))
    return Bestand(stam + ".zip", CONTENT_TYPES["zip"], zip_bytes(tabs, prefix="vergelijking-"))
