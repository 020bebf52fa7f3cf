from __future__ import annotations

import datetime as dt

import polars as pl

from woondriehoek.toewijzing.services.monitor import VERHURING_SCHEMA

KOP = "datum;corporatie;gemeente;kern;kale_huur;huishoudgrootte;inkomen;aow;leeftijd;route"


def verhuring(**kw) -> dict:
    row = {
        "datum": dt.date(2025, 3, 1),
        "corporatie": "Woonwaarts",
        "gemeente": "Druten",
        "kern": "Druten",
        "kale_huur": 600.0,
        "huishoudgrootte": 1,
        "inkomen": 25000.0,
        "aow": False,
        "leeftijd": 40,
        "route": "regulier",
    }
    row.update(kw)
    return row


def frame(rows: list[dict]) -> pl.DataFrame:
    data = [{"rij": i + 2, **r} for i, r in enumerate(rows)]
    return pl.DataFrame(data, schema=VERHURING_SCHEMA)


def csv_bytes(lines: list[str], kop: str = KOP) -> bytes:
    return ("\n".join([kop, *lines]) + "\n").encode()
