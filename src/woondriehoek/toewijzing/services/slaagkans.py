"""Slaagkans per group: lettings to the group ÷ active seekers of the group, per gemeente.

Seekers are counted per gemeente, so a slaagkans covers the lettings of all corporations in
that gemeente and year.
"""

from __future__ import annotations

import polars as pl

from .kenmerken import SLAAGKANSGROEPEN


def gemeente_sleutel(naam: str) -> str:
    key = naam.strip().casefold()
    return key[len("gemeente ") :] if key.startswith("gemeente ") else key


def _actief(zoekenden: pl.DataFrame | None, jaar: int) -> dict[str, dict[str, int]]:
    if zoekenden is None or zoekenden.height == 0:
        return {}
    out: dict[str, dict[str, int]] = {}
    rows = zoekenden.filter(pl.col("jaar") == jaar).select("gemeente", "groep", "actief")
    for gemeente, groep, actief in rows.iter_rows():
        out.setdefault(gemeente_sleutel(gemeente), {})[groep] = actief
    return out


def slaagkansen(k: pl.DataFrame, jaar: int, zoekenden: pl.DataFrame | None) -> dict[str, dict]:
    """{gemeente_key: {"gemeente", "verhuringen", "zoekenden", "slaagkans"}}."""
    actief = _actief(zoekenden, jaar)
    per_gemeente = k.group_by("gemeente").agg(
        pl.len().alias("alle"), *[pl.col(g).sum().alias(g) for g in SLAAGKANSGROEPEN]
    )
    out: dict[str, dict] = {}
    for row in per_gemeente.iter_rows(named=True):
        key = gemeente_sleutel(row["gemeente"])
        entry = out.setdefault(
            key,
            {
                "gemeente": row["gemeente"],
                "verhuringen": dict.fromkeys([*SLAAGKANSGROEPEN, "alle"], 0),
            },
        )
        for groep in [*SLAAGKANSGROEPEN, "alle"]:
            entry["verhuringen"][groep] += row[groep]
    for key, entry in out.items():
        seekers = actief.get(key, {})
        entry["zoekenden"] = {g: seekers.get(g) for g in [*SLAAGKANSGROEPEN, "alle"]}
        entry["slaagkans"] = {
            g: round(entry["verhuringen"][g] / seekers[g], 6) if seekers.get(g) else None
            for g in [*SLAAGKANSGROEPEN, "alle"]
        }
    return out
