"""The limits of a year, as a frozen value, with fallback to the latest earlier year."""

from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

import polars as pl

from ..constants import Huurklasse

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "huurgrenzen.csv"

_OPTIONEEL = {
    "lage_middeninkomensgrens",
    "passend_toewijzen_1p",
    "passend_toewijzen_mp",
    "passend_toewijzen_1p_aow",
    "passend_toewijzen_mp_aow",
    "middenhuur_max",
    "wws_sociaal_max",
    "wws_middenhuur_max",
}


class GeenGrenzen(ValueError):
    """No limits are known for the requested year or any earlier year."""


@dataclass(frozen=True)
class Grenzen:
    """Limits used for a computation. ``jaar`` is the year whose limits these are;
    ``gevraagd_jaar`` the year asked for (they differ when a later year is not loaded)."""

    jaar: int
    gevraagd_jaar: int
    kwaliteitskortingsgrens: float
    aftoppingsgrens_laag: float
    aftoppingsgrens_hoog: float
    liberalisatiegrens: float
    daeb_inkomensgrens_1p: float
    daeb_inkomensgrens_mp: float
    lage_middeninkomensgrens: float | None = None
    passend_toewijzen_1p: float | None = None
    passend_toewijzen_mp: float | None = None
    passend_toewijzen_1p_aow: float | None = None
    passend_toewijzen_mp_aow: float | None = None
    middenhuur_max: float | None = None
    wws_sociaal_max: int | None = None
    wws_middenhuur_max: int | None = None
    bron: str = ""

    @property
    def is_teruggevallen(self) -> bool:
        return self.jaar != self.gevraagd_jaar

    @property
    def heeft_passend_toewijzen(self) -> bool:
        return self.passend_toewijzen_1p is not None and self.passend_toewijzen_mp is not None

    def pt_grens(self, meerpersoons: bool, aow: bool) -> float | None:
        """The passend-toewijzen income limit; AOW variants fall back to the general one."""
        if meerpersoons:
            special, general = self.passend_toewijzen_mp_aow, self.passend_toewijzen_mp
        else:
            special, general = self.passend_toewijzen_1p_aow, self.passend_toewijzen_1p
        return special if aow and special is not None else general

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _waarde(name: str, raw) -> float | int | None:
    if raw is None or raw == "":
        return None
    if name.startswith("wws_"):
        return int(raw)
    return float(raw)


def _maak(jaar: int, row: dict) -> Grenzen:
    values = {
        f.name: _waarde(f.name, row.get(f.name))
        for f in fields(Grenzen)
        if f.name not in {"jaar", "gevraagd_jaar", "bron"}
    }
    return Grenzen(jaar=int(row["jaar"]), gevraagd_jaar=jaar, bron=str(row["bron"]), **values)


@lru_cache(maxsize=1)
def bestand_rijen(path: Path = DATA_FILE) -> tuple[dict, ...]:
    """The rows of the packaged data file (strings)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return tuple(csv.DictReader(fh))


def _kies(rows, jaar: int) -> dict:
    earlier = [r for r in rows if int(r["jaar"]) <= jaar]
    if not earlier:
        first = min((int(r["jaar"]) for r in rows), default=None)
        raise GeenGrenzen(
            f"Er zijn geen huurgrenzen bekend voor {jaar} of eerder"
            + (f" (de tabel begint in {first})." if first else ".")
        )
    return max(earlier, key=lambda r: int(r["jaar"]))


def grenzen_uit_bestand(jaar: int) -> Grenzen:
    """The limits from the packaged file, without the database (benchmarks, pure tests)."""
    return _maak(jaar, _kies(bestand_rijen(), jaar))


def grenzen_voor(jaar: int) -> Grenzen:
    """The limits for ``jaar`` from the table, or of the latest earlier year (see .jaar)."""
    from django.db import DatabaseError

    from ..models import Huurgrens

    try:
        loaded = Huurgrens.objects.exists()
    except DatabaseError:  # table not migrated yet (e.g. a CLI run on a fresh install)
        loaded = False
    if not loaded:
        return grenzen_uit_bestand(jaar)
    row = Huurgrens.objects.filter(jaar__lte=jaar).order_by("-jaar").values().first()
    if row is None:
        first = Huurgrens.objects.order_by("jaar").values_list("jaar", flat=True).first()
        raise GeenGrenzen(
            f"Er zijn geen huurgrenzen bekend voor {jaar} of eerder (de tabel begint in {first})."
        )
    return _maak(jaar, row)


def huurklasse(huur: float, g: Grenzen) -> str:
    """The rent class of one rent; each bound is inclusive (rent at a limit is below it)."""
    if huur <= g.kwaliteitskortingsgrens:
        return Huurklasse.GOEDKOOP.value
    if huur <= g.aftoppingsgrens_laag:
        return Huurklasse.BETAALBAAR_1.value
    if huur <= g.aftoppingsgrens_hoog:
        return Huurklasse.BETAALBAAR_2.value
    if huur <= g.liberalisatiegrens:
        return Huurklasse.DUUR_SOCIAAL.value
    if g.middenhuur_max is not None and huur <= g.middenhuur_max:
        return Huurklasse.MIDDENHUUR.value
    return Huurklasse.VRIJE_SECTOR.value


def huurklasse_expr(column: str | pl.Expr, g: Grenzen) -> pl.Expr:
    """The same classification as a polars expression."""
    col = pl.col(column) if isinstance(column, str) else column
    expr = (
        pl.when(col <= g.kwaliteitskortingsgrens)
        .then(pl.lit(Huurklasse.GOEDKOOP.value))
        .when(col <= g.aftoppingsgrens_laag)
        .then(pl.lit(Huurklasse.BETAALBAAR_1.value))
        .when(col <= g.aftoppingsgrens_hoog)
        .then(pl.lit(Huurklasse.BETAALBAAR_2.value))
        .when(col <= g.liberalisatiegrens)
        .then(pl.lit(Huurklasse.DUUR_SOCIAAL.value))
    )
    if g.middenhuur_max is not None:
        expr = expr.when(col <= g.middenhuur_max).then(pl.lit(Huurklasse.MIDDENHUUR.value))
    return expr.otherwise(pl.lit(Huurklasse.VRIJE_SECTOR.value))


def huurklassen_van(g: Grenzen) -> list[str]:
    """The classes that exist in a year (middenhuur only where a ceiling is set)."""
    return [k.value for k in Huurklasse if k != Huurklasse.MIDDENHUUR or g.middenhuur_max]


def wws_segment(punten: int, g: Grenzen) -> str | None:
    """WWS point band: sociaal, middenhuur or vrije_sector (None before the bands existed)."""
    if g.wws_sociaal_max is None or g.wws_middenhuur_max is None:
        return None
    if punten <= g.wws_sociaal_max:
        return "sociaal"
    return "middenhuur" if punten <= g.wws_middenhuur_max else "vrije_sector"
