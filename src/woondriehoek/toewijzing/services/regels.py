"""The allocation rules per corporatie × gemeente × year, on a polars DataFrame of lettings.

Input columns (see bestanden.schema): rij, datum, corporatie, gemeente, kern, kale_huur,
huishoudgrootte, inkomen, aow, leeftijd, route. Pure: no database access.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from woondriehoek.huurgrenzen.constants import (
    JAAR_NIEUWE_TOEWIJZINGSREGELS,
    PASSEND_TOEWIJZEN_NORM,
)
from woondriehoek.huurgrenzen.services.grenzen import Grenzen, huurklassen_van

from .kenmerken import INKOMENSKLASSEN, SLAAGKANSGROEPEN, kenmerken
from .slaagkans import gemeente_sleutel, slaagkansen

SLEUTEL = ["corporatie", "gemeente"]
EPS = 1e-12


@dataclass(frozen=True)
class Norm:
    """The agreed parameters of one corporatie × gemeente."""

    vrije_ruimte: float = 0.075
    max_urgent: float = 0.30
    taakstelling: int | None = None


def _aandeel(teller: int, noemer: int) -> float | None:
    return round(teller / noemer, 6) if noemer else None


def _voldoet_min(aandeel: float | None, norm: float) -> bool | None:
    return None if aandeel is None else aandeel + EPS >= norm


def _tellingen(k: pl.DataFrame) -> pl.DataFrame:
    flags = ["urgent", "loting", "statushouder", *SLAAGKANSGROEPEN]
    return (
        k.group_by(SLEUTEL)
        .agg(
            pl.len().alias("n"),
            pl.col("in_pt").sum().alias("pt_noemer"),
            (pl.col("in_pt") & pl.col("onder_aftopping")).sum().alias("pt_teller"),
            pl.col("daeb").sum().alias("daeb_n"),
            (pl.col("daeb") & pl.col("doelgroep")).sum().alias("daeb_doelgroep"),
            (pl.col("daeb") & pl.col("boven_midden")).sum().alias("daeb_boven_midden"),
            *[pl.col(f).sum().alias(f) for f in flags],
        )
        .sort(SLEUTEL)
    )


def _rijen(k: pl.DataFrame, flag: pl.Expr) -> dict[tuple, list[int]]:
    grouped = k.filter(flag).group_by(SLEUTEL).agg(pl.col("rij").sort())
    return {(c, g): rows for c, g, rows in grouped.iter_rows()}


def _tabellen(k: pl.DataFrame, klassen: list[str]) -> tuple[dict, dict]:
    per_klasse: dict[tuple, dict] = {}
    for c, g, klasse, n in k.group_by([*SLEUTEL, "huurklasse"]).len().iter_rows():
        per_klasse.setdefault((c, g), dict.fromkeys(klassen, 0))[klasse] = n
    matrix: dict[tuple, dict] = {}
    cells = k.group_by([*SLEUTEL, "inkomensklasse", "huurklasse"]).len()
    for c, g, ink, klasse, n in cells.iter_rows():
        table = matrix.setdefault((c, g), {i: dict.fromkeys(klassen, 0) for i in INKOMENSKLASSEN})
        table[ink][klasse] = n
    return per_klasse, matrix


def _daeb(row: dict, jaar: int, norm: Norm, g: Grenzen) -> dict:
    aandeel = _aandeel(row["daeb_doelgroep"], row["daeb_n"])
    if jaar < JAAR_NIEUWE_TOEWIJZINGSREGELS:
        boven = _aandeel(row["daeb_boven_midden"], row["daeb_n"])
        ok_boven = None if boven is None or g.lage_middeninkomensgrens is None else boven <= 0.10
        ok = _voldoet_min(aandeel, 0.80)
        return {
            "aandeel": aandeel,
            "norm": 0.80,
            "regel": "80/10/10",
            "voldoet": None if ok is None else ok and ok_boven is not False,
            "aandeel_boven_middeninkomens": boven,
            "max_boven_middeninkomens": 0.10,
            "daeb_verhuringen": row["daeb_n"],
            "binnen_doelgroep": row["daeb_doelgroep"],
        }
    target = round(1 - norm.vrije_ruimte, 6)
    return {
        "aandeel": aandeel,
        "norm": target,
        "regel": "vrije ruimte",
        "vrije_ruimte": norm.vrije_ruimte,
        "voldoet": _voldoet_min(aandeel, target),
        "daeb_verhuringen": row["daeb_n"],
        "binnen_doelgroep": row["daeb_doelgroep"],
    }


def _groep(row: dict, jaar: int, norm: Norm, g: Grenzen, jl: int) -> dict:
    n = row["n"]
    pt = _aandeel(row["pt_teller"], row["pt_noemer"])
    urgent = _aandeel(row["urgent"], n)
    sh = row["statushouder"]
    return {
        "corporatie": row["corporatie"],
        "gemeente": row["gemeente"],
        "verhuringen": n,
        "passend_toewijzen": {
            "aandeel": pt if g.heeft_passend_toewijzen else None,
            "norm": PASSEND_TOEWIJZEN_NORM,
            "voldoet": _voldoet_min(pt, PASSEND_TOEWIJZEN_NORM)
            if g.heeft_passend_toewijzen
            else None,
            "binnen_inkomensgrens": row["pt_noemer"],
            "tot_aftoppingsgrens": row["pt_teller"],
        },
        "daeb_doelgroep": _daeb(row, jaar, norm, g),
        "urgent": {
            "aandeel": urgent,
            "aantal": row["urgent"],
            "max": norm.max_urgent,
            "voldoet": None if urgent is None else urgent <= norm.max_urgent + EPS,
        },
        "loting": {"aandeel": _aandeel(row["loting"], n), "aantal": row["loting"]},
        "jongeren": {
            "aandeel": _aandeel(row["jongeren"], n),
            "aantal": row["jongeren"],
            "leeftijd_onder": jl,
        },
        "statushouders": {
            "aantal": sh,
            "taakstelling": norm.taakstelling,
            "voldoet": None if norm.taakstelling is None else sh >= norm.taakstelling,
        },
        "groepsverhuringen": {grp: row[grp] for grp in SLAAGKANSGROEPEN},
    }


def _overtredingen(res: dict, key: tuple, rijen: dict[str, dict]) -> list[dict]:
    out = []
    pt, daeb, urgent, sh = (
        res["passend_toewijzen"],
        res["daeb_doelgroep"],
        res["urgent"],
        res["statushouders"],
    )
    if pt["voldoet"] is False:
        out.append(
            {
                "regel": "passend_toewijzen",
                "melding": f"{pt['aandeel']:.1%} passend toegewezen, norm {pt['norm']:.0%}: "
                "deze verhuringen aan huishoudens binnen de inkomensgrens liggen boven hun "
                "aftoppingsgrens.",
                "rijen": rijen["pt"].get(key, []),
            }
        )
    if daeb["voldoet"] is False:
        out.append(
            {
                "regel": "daeb_doelgroep",
                "melding": f"{daeb['aandeel']:.1%} van de DAEB-verhuringen naar de doelgroep, norm "
                f"{daeb['norm']:.1%}: deze verhuringen gingen naar huishoudens boven de "
                "DAEB-inkomensgrens.",
                "rijen": rijen["daeb"].get(key, []),
            }
        )
    if urgent["voldoet"] is False:
        out.append(
            {
                "regel": "urgent",
                "melding": f"{urgent['aandeel']:.1%} naar urgente groepen, maximum "
                f"{urgent['max']:.0%}: deze verhuringen gingen via urgentie, statushouder of "
                "bijzondere bemiddeling.",
                "rijen": rijen["urgent"].get(key, []),
            }
        )
    if sh["voldoet"] is False:
        out.append(
            {
                "regel": "statushouders",
                "melding": f"{sh['aantal']} statushouders gehuisvest, aandeel in de taakstelling "
                f"{sh['taakstelling']}: er ontbreken {sh['taakstelling'] - sh['aantal']}.",
                "rijen": [],
            }
        )
    return out


def bereken_toewijzing(
    df: pl.DataFrame,
    jaar: int,
    grenzen: Grenzen,
    normen: dict[tuple[str, str], Norm] | None = None,
    zoekenden: pl.DataFrame | None = None,
    jongeren_leeftijd: int = 23,
) -> dict:
    """The monitor for one year. ``normen`` is keyed by (corporatie, gemeente) as in the
    file; missing keys get the default Norm()."""
    normen = normen or {}
    k = kenmerken(df.filter(pl.col("datum").dt.year() == jaar), grenzen, jongeren_leeftijd)
    klassen = huurklassen_van(grenzen)
    per_klasse, matrix = _tabellen(k, klassen)
    rijen = {
        "pt": _rijen(k, pl.col("pt_overtreding")),
        "daeb": _rijen(k, pl.col("daeb") & ~pl.col("doelgroep")),
        "urgent": _rijen(k, pl.col("urgent")),
    }
    kansen = slaagkansen(k, jaar, zoekenden)
    groepen = []
    for row in _tellingen(k).iter_rows(named=True):
        key = (row["corporatie"], row["gemeente"])
        res = _groep(row, jaar, normen.get(key, Norm()), grenzen, jongeren_leeftijd)
        res["huurklassen"] = per_klasse.get(key, dict.fromkeys(klassen, 0))
        res["huur_inkomen"] = matrix.get(key, {})
        res["slaagkans"] = kansen.get(gemeente_sleutel(row["gemeente"]), {}).get("slaagkans", {})
        res["overtredingen"] = _overtredingen(res, key, rijen)
        groepen.append(res)
    return {
        "jaar": jaar,
        "grenzen_jaar": grenzen.jaar,
        "grenzen": grenzen.as_dict(),
        "verhuringen": k.height,
        "groepen": groepen,
        "gemeenten": sorted(kansen.values(), key=lambda x: x["gemeente"]),
    }
