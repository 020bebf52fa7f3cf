"""Per-project check against the agreement's social-share norm.

Social share = (sociale huur + sociale koop, the latter counted up to ``max_sociale_koop`` of
the project) ÷ all homes; it must be at least ``min_sociaal``. Projects with more than
``middenhuur_vanaf`` homes need at least ``min_middenhuur`` middenhuur.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from .prognose import projecttotalen

EPS = 1e-9


@dataclass(frozen=True)
class NormParameters:
    min_sociaal: float = 0.30
    max_sociale_koop: float = 0.05
    min_middenhuur: float = 0.05
    middenhuur_vanaf: int = 100

    @classmethod
    def van(cls, bouwnorm) -> NormParameters:
        if bouwnorm is None:
            return cls()
        return cls(
            float(bouwnorm.min_sociaal),
            float(bouwnorm.max_sociale_koop),
            float(bouwnorm.min_middenhuur),
            bouwnorm.middenhuur_vanaf,
        )


def _afwijkingen(r: dict, n: NormParameters) -> tuple[float, list[str]]:
    tot = r["totaal"]
    koop_geteld = min(r["sociale_koop"] / tot, n.max_sociale_koop)
    sociaal = r["sociale_huur"] / tot + koop_geteld
    out = []
    if sociaal + EPS < n.min_sociaal:
        extra = (
            f" (sociale koop telt mee tot {n.max_sociale_koop:.0%}; "
            f"{r['sociale_koop']} woningen sociale koop)"
            if r["sociale_koop"]
            else ""
        )
        out.append(
            f"Sociaal aandeel {sociaal:.0%} ({r['sociale_huur']} sociale huur van {tot}) is "
            f"lager dan de norm van {n.min_sociaal:.0%}{extra}."
        )
    if tot > n.middenhuur_vanaf and r["middenhuur"] / tot + EPS < n.min_middenhuur:
        out.append(
            f"Middenhuur {r['middenhuur'] / tot:.0%} ({r['middenhuur']} van {tot}) is lager "
            f"dan {n.min_middenhuur:.0%} in een project van meer dan {n.middenhuur_vanaf} "
            "woningen."
        )
    return sociaal, out


def normtoets(df: pl.DataFrame, norm: NormParameters) -> list[dict]:
    """Every project with homes, its shares and the deviations from the norm."""
    out = []
    for r in projecttotalen(df).filter(pl.col("totaal") > 0).iter_rows(named=True):
        sociaal, afwijkingen = _afwijkingen(r, norm)
        out.append(
            {
                "project": r["project"],
                "kern": r["kern"],
                "corporatie": r["corporatie"],
                "planstatus": r["planstatus"],
                "woningen": r["totaal"],
                "aandeel_sociaal": round(sociaal, 4),
                "aandeel_sociale_huur": round(r["sociale_huur"] / r["totaal"], 4),
                "aandeel_middenhuur": round(r["middenhuur"] / r["totaal"], 4),
                "voldoet": not afwijkingen,
                "afwijkingen": afwijkingen,
            }
        )
    return out
