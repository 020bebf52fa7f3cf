"""Streefhuur simulation: where do homes coming free land at a target-rent percentage?

At a change of tenant the rent goes to the streefhuur = percentage × maximum reasonable rent
(max_huur). After planned sustainability upgrades it is streefhuur +
verduurzaming_huurverhoging. Each home counts with its mutatiekans (1 when not given), so
the shares are of the homes expected to come free. Pure: polars in, dict out.
"""

from __future__ import annotations

import polars as pl

from woondriehoek.huurgrenzen.services.grenzen import Grenzen, huurklasse_expr, huurklassen_van


def _verdeling(df: pl.DataFrame, huur: pl.Expr, g: Grenzen) -> dict:
    w = pl.col("mutatiekans")
    scored = df.select(
        w,
        huur.alias("h"),
        huurklasse_expr(huur, g).alias("klasse"),
    )
    totaal = float(scored.get_column("mutatiekans").sum())

    def share(mask: pl.Expr) -> float | None:
        if not totaal:
            return None
        return round(float(scored.filter(mask).get_column("mutatiekans").sum()) / totaal, 6)

    per_klasse = dict(scored.group_by("klasse").agg(pl.col("mutatiekans").sum()).iter_rows())
    return {
        "gemiddelde_huur": round(float((scored["h"] * scored["mutatiekans"]).sum() / totaal), 2)
        if totaal
        else None,
        "onder_aftoppingsgrens_laag": share(pl.col("h") <= g.aftoppingsgrens_laag),
        "onder_aftoppingsgrens_hoog": share(pl.col("h") <= g.aftoppingsgrens_hoog),
        "onder_liberalisatiegrens": share(pl.col("h") <= g.liberalisatiegrens),
        "huurklassen": {
            k: round(per_klasse.get(k, 0.0) / totaal, 6) if totaal else None
            for k in huurklassen_van(g)
        },
    }


def bereken_streefhuur(df: pl.DataFrame, percentages: list[float], g: Grenzen) -> dict:
    """Columns: huur, max_huur, type, label, mutatiekans, verduurzaming_huurverhoging.
    Percentages are of the maximum reasonable rent, e.g. 72 or 67.5."""
    verwacht = float(df.get_column("mutatiekans").sum())
    scenarios = []
    for p in percentages:
        streef = pl.col("max_huur") * (p / 100)
        scenarios.append(
            {
                "percentage": p,
                "voor_verduurzaming": _verdeling(df, streef, g),
                "na_verduurzaming": _verdeling(
                    df, streef + pl.col("verduurzaming_huurverhoging"), g
                ),
            }
        )
    return {
        "jaar": g.gevraagd_jaar,
        "grenzen_jaar": g.jaar,
        "woningen": df.height,
        "verwacht_vrijkomend": round(verwacht, 2),
        "huidig": _verdeling(df, pl.col("huur"), g),
        "scenarios": scenarios,
    }
