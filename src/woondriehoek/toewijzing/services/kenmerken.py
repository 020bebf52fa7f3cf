"""Per-letting attributes derived from the limits of the year: the building blocks of the rules.

Group membership (documented in docs/monitors.md):
- jongeren: main tenant younger than ``jongeren_leeftijd`` (default 23);
- gezinnen: households of 3 or more persons;
- senioren: households of AOW age (aow = ja);
- urgenten: route urgentie;
- urgent (for the maximum): routes urgentie, statushouder and bijzondere_bemiddeling.
"""

from __future__ import annotations

import polars as pl

from woondriehoek.huurgrenzen.services.grenzen import Grenzen, huurklasse_expr

URGENTE_ROUTES = ["urgentie", "statushouder", "bijzondere_bemiddeling"]
SLAAGKANSGROEPEN = ["jongeren", "gezinnen", "senioren", "urgenten"]
INKOMENSKLASSEN = ["passend_toewijzen", "daeb_doelgroep", "lage_middeninkomens", "boven_daeb"]


def _lit(value: float | None) -> pl.Expr:
    return pl.lit(value, dtype=pl.Float64)


def pt_grens_expr(g: Grenzen) -> pl.Expr:
    """The household's passend-toewijzen income limit (null when unknown for the year)."""
    meer = pl.col("huishoudgrootte") >= 2
    aow = pl.col("aow")
    return (
        pl.when(meer & aow)
        .then(_lit(g.pt_grens(True, True)))
        .when(meer)
        .then(_lit(g.pt_grens(True, False)))
        .when(aow)
        .then(_lit(g.pt_grens(False, True)))
        .otherwise(_lit(g.pt_grens(False, False)))
    )


def kenmerken(df: pl.DataFrame, g: Grenzen, jongeren_leeftijd: int = 23) -> pl.DataFrame:
    """Adds boolean columns per rule and the rent and income class of each letting."""
    meer = pl.col("huishoudgrootte") >= 2
    daeb_grens = pl.when(meer).then(g.daeb_inkomensgrens_mp).otherwise(g.daeb_inkomensgrens_1p)
    aftop = (
        pl.when(pl.col("huishoudgrootte") <= 2)
        .then(g.aftoppingsgrens_laag)
        .otherwise(g.aftoppingsgrens_hoog)
    )
    midden = _lit(g.lage_middeninkomensgrens)
    out = df.with_columns(
        (pl.col("inkomen") <= pt_grens_expr(g)).fill_null(False).alias("in_pt"),
        (pl.col("kale_huur") <= aftop).alias("onder_aftopping"),
        (pl.col("kale_huur") <= g.liberalisatiegrens).alias("daeb"),
        (pl.col("inkomen") <= daeb_grens).alias("doelgroep"),
        (pl.col("inkomen") > midden).fill_null(False).alias("boven_midden"),
        pl.col("route").is_in(URGENTE_ROUTES).alias("urgent"),
        (pl.col("route") == "loting").alias("loting"),
        (pl.col("route") == "statushouder").alias("statushouder"),
        (pl.col("leeftijd") < jongeren_leeftijd).alias("jongeren"),
        (pl.col("huishoudgrootte") >= 3).alias("gezinnen"),
        pl.col("aow").alias("senioren"),
        (pl.col("route") == "urgentie").alias("urgenten"),
        huurklasse_expr("kale_huur", g).alias("huurklasse"),
    )
    inkomensklasse = (
        pl.when(pl.col("in_pt"))
        .then(pl.lit("passend_toewijzen"))
        .when(pl.col("doelgroep"))
        .then(pl.lit("daeb_doelgroep"))
        .when(~pl.col("boven_midden") & midden.is_not_null())
        .then(pl.lit("lage_middeninkomens"))
        .otherwise(pl.lit("boven_daeb"))
    )
    return out.with_columns(
        inkomensklasse.alias("inkomensklasse"),
        (pl.col("in_pt") & ~pl.col("onder_aftopping")).alias("pt_overtreding"),
    )
