"""The forecast table per corporation, from planmonitor rows (pure polars).

Rows: project, kern, corporatie, planstatus, [projectstatus], jaar, the five segment counts,
sloop, verkoop, overheveling. Definitions (docs/monitors.md):
- nieuwbouw hard: homes in plans with status 1A, 1B, 2A or 2B delivered in the period;
- nieuwbouw zacht: the same for the other statuses (shown, not counted in net growth);
- withdrawals (sloop, overheveling to middenhuur, verkoop) count whatever the plan status;
- netto groei sociale huur = nieuwbouw hard − sloop − overheveling − verkoop;
- netto groei middenhuur = nieuwbouw hard middenhuur + overheveling;
- doorkijk: the same figures for the years after the period.
"""

from __future__ import annotations

import polars as pl

from ..constants import HARDE_PLANSTATUSSEN, ONTTREKKINGEN, SEGMENTEN

GEEN_CORPORATIE = "Overige initiatiefnemers"


def normaliseer(df: pl.DataFrame) -> pl.DataFrame:
    """Accepts the file's oplevering_jaar as jaar; drops cancelled projects."""
    if "oplevering_jaar" in df.columns and "jaar" not in df.columns:
        df = df.rename({"oplevering_jaar": "jaar"})
    if "projectstatus" in df.columns:
        df = df.filter(pl.col("projectstatus").fill_null("") != "vervallen")
    return df.with_columns(
        pl.col("corporatie").fill_null("").replace("", GEEN_CORPORATIE),
        pl.col("planstatus").is_in(list(HARDE_PLANSTATUSSEN)).alias("hard"),
    )


def _cijfers(df: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    hard = pl.col("hard")
    return df.group_by(keys).agg(
        pl.col("sociale_huur").filter(hard).sum().alias("sh_hard"),
        pl.col("sociale_huur").filter(~hard).sum().alias("sh_zacht"),
        pl.col("middenhuur").filter(hard).sum().alias("mh_hard"),
        pl.col("middenhuur").filter(~hard).sum().alias("mh_zacht"),
        *[pl.col(o).sum() for o in ONTTREKKINGEN],
    )


def _tabel(row: dict | None) -> dict:
    r = row or {
        "sh_hard": 0,
        "sh_zacht": 0,
        "mh_hard": 0,
        "mh_zacht": 0,
        "sloop": 0,
        "verkoop": 0,
        "overheveling": 0,
    }
    return {
        "sociale_huur": {
            "nieuwbouw_hard": r["sh_hard"],
            "nieuwbouw_zacht": r["sh_zacht"],
            "onttrekking_sloop_overheveling": r["sloop"] + r["overheveling"],
            "onttrekking_verkoop": r["verkoop"],
            "netto_groei": r["sh_hard"] - r["sloop"] - r["overheveling"] - r["verkoop"],
        },
        "middenhuur": {
            "nieuwbouw_hard": r["mh_hard"],
            "nieuwbouw_zacht": r["mh_zacht"],
            "toevoeging_overheveling": r["overheveling"],
            "netto_groei": r["mh_hard"] + r["overheveling"],
        },
    }


def _per_sleutel(df: pl.DataFrame) -> dict[str, dict]:
    if df.height == 0:
        return {}
    return {row["corporatie"]: row for row in _cijfers(df, ["corporatie"]).iter_rows(named=True)}


def prognose(df: pl.DataFrame, start: int, eind: int, doorkijk_tot: int | None = None) -> dict:
    df = normaliseer(df)
    periode = df.filter(pl.col("jaar").is_between(start, eind))
    later = df.filter(pl.col("jaar") > eind)
    if doorkijk_tot is not None:
        later = later.filter(pl.col("jaar") <= doorkijk_tot)
    in_periode, na = _per_sleutel(periode), _per_sleutel(later)
    namen = sorted(
        set(df.get_column("corporatie").to_list()), key=lambda n: (n == GEEN_CORPORATIE, n)
    )
    corporaties = []
    for naam in namen:
        corporaties.append(
            {
                "corporatie": naam,
                "periode": _tabel(in_periode.get(naam)),
                "doorkijk": _tabel(na.get(naam)),
            }
        )
    totaal_p = _cijfers(periode.with_columns(pl.lit("x").alias("k")), ["k"]).to_dicts()
    totaal_d = _cijfers(later.with_columns(pl.lit("x").alias("k")), ["k"]).to_dicts()
    jaren = df.get_column("jaar")
    return {
        "start": start,
        "eind": eind,
        "doorkijk_tot": doorkijk_tot
        if doorkijk_tot is not None
        else (int(jaren.max()) if later.height else None),
        "corporaties": corporaties,
        "totaal": {
            "periode": _tabel(totaal_p[0] if totaal_p else None),
            "doorkijk": _tabel(totaal_d[0] if totaal_d else None),
        },
        "per_jaar": per_jaar(df),
    }


def per_jaar(df: pl.DataFrame) -> list[dict]:
    """Sociale huur per year (all corporations): hard, soft, withdrawals."""
    if df.height == 0:
        return []
    rows = _cijfers(df, ["jaar"]).sort("jaar")
    return [
        {
            "jaar": r["jaar"],
            "sociale_huur_hard": r["sh_hard"],
            "sociale_huur_zacht": r["sh_zacht"],
            "onttrekking": r["sloop"] + r["overheveling"] + r["verkoop"],
        }
        for r in rows.iter_rows(named=True)
    ]


def projecttotalen(df: pl.DataFrame) -> pl.DataFrame:
    """One row per project with its segment totals over all years."""
    df = normaliseer(df)
    return (
        df.group_by("project")
        .agg(
            pl.col("corporatie").first(),
            pl.col("kern").first(),
            pl.col("planstatus").first(),
            *[pl.col(s).sum() for s in SEGMENTEN],
        )
        .with_columns(pl.sum_horizontal(SEGMENTEN).alias("totaal"))
        .sort("project")
    )
