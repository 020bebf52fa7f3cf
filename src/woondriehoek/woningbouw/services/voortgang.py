"""Progress of afspraak targets against the planmonitor (e.g. '270 sociale huur 2022–2030')."""

from __future__ import annotations

import polars as pl

from ..constants import ONTTREKKINGEN, Maat
from .prognose import normaliseer


def voortgang(
    df: pl.DataFrame,
    *,
    waarde: float,
    start_jaar: int | None,
    eind_jaar: int,
    segment: str = "sociale_huur",
    maat: str = Maat.NIEUWBOUW_HARD,
    corporatie: str | None = None,
    vergelijking: str = ">=",
) -> dict:
    """Planned figure for the target's period; 'opgeleverd' counts completed projects."""
    df = normaliseer(df)
    if corporatie:
        df = df.filter(pl.col("corporatie") == corporatie)
    if start_jaar:
        df = df.filter(pl.col("jaar") >= start_jaar)
    df = df.filter(pl.col("jaar") <= eind_jaar)
    hard = df.filter(pl.col("hard"))
    gepland_hard = int(hard.get_column(segment).sum())
    gepland_zacht = int(df.filter(~pl.col("hard")).get_column(segment).sum())
    onttrekking = int(sum(df.get_column(o).sum() for o in ONTTREKKINGEN))
    opgeleverd = 0
    if "projectstatus" in df.columns:
        opgeleverd = int(
            df.filter(pl.col("projectstatus") == "opgeleverd").get_column(segment).sum()
        )
    if maat == Maat.NIEUWBOUW_ALLE:
        stand = gepland_hard + gepland_zacht
    elif maat == Maat.NETTO_GROEI:
        stand = gepland_hard - onttrekking
    else:
        stand = gepland_hard
    verschil = stand - waarde
    return {
        "doelwaarde": waarde,
        "start_jaar": start_jaar,
        "eind_jaar": eind_jaar,
        "segment": segment,
        "maat": str(maat),
        "gepland_hard": gepland_hard,
        "gepland_zacht": gepland_zacht,
        "onttrekking": onttrekking,
        "opgeleverd": opgeleverd,
        "stand": stand,
        "verschil": verschil,
        "aandeel": round(stand / waarde, 4) if waarde else None,
        "op_koers": stand >= waarde if vergelijking != "<=" else stand <= waarde,
    }
