"""Typed validation of a mapped table: every error names its row and column."""

from __future__ import annotations

import polars as pl

from .fouten import ImportFout
from .koppeling import pas_kop_toe, pas_koppeling_toe, weiger_identificerend
from .lezen import RIJ, lees_tabel
from .schema import SCHEMAS, Kolom, Schema

MAX_FOUTEN = 200
DATUMFORMATEN = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S", "%d-%m-%y"]
_DUIZENDTALLEN = r"^-?\d{1,3}(\.\d{3})+(,\d+)?$"


def _getal(col: pl.Expr) -> pl.Expr:
    """Dutch or English notation to float: '1.234,56', '650,43', '650.43', '€ 650'."""
    s = col.str.replace_all(r"[€\s]", "")
    s = pl.when(s.str.contains(_DUIZENDTALLEN)).then(s.str.replace_all(r"\.", "")).otherwise(s)
    return s.str.replace(",", ".", literal=True).cast(pl.Float64, strict=False)


def _datum(col: pl.Expr) -> pl.Expr:
    return pl.coalesce([col.str.to_date(fmt, strict=False) for fmt in DATUMFORMATEN])


def _keuze(col: pl.Expr, keuzes: dict) -> pl.Expr:
    key = col.str.to_lowercase().str.replace_all(r"[\s\-]+", "_")
    return key.replace_strict(keuzes, default=None)


def _omzetting(k: Kolom) -> tuple[pl.Expr, str]:
    col = pl.col(k.naam)
    if k.soort == "getal":
        return _getal(col), "is geen getal"
    if k.soort == "geheel":
        return _getal(col), "is geen geheel getal"
    if k.soort == "datum":
        return _datum(col), "is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)"
    if k.soort in ("keuze", "janee"):
        allowed = ", ".join(sorted(set(map(str, k.keuzes.values())) - {"True", "False"}))
        allowed = allowed or "ja, nee"
        return _keuze(col, k.keuzes), f"is geen bekende waarde; kies uit: {allowed}"
    return col, ""


def _ontbreekt(k: Kolom) -> str:
    if "jaar" in k.naam:
        return "het jaar ontbreekt."
    if k.soort == "datum":
        return "de datum ontbreekt."
    return "de waarde ontbreekt."


def _fouten_in(df: pl.DataFrame, mask: pl.Expr, k: Kolom, tekst) -> list[tuple]:
    rows = df.filter(mask).select(RIJ, k.naam).head(MAX_FOUTEN).rows()
    return [(rij, k.naam, tekst(waarde)) for rij, waarde in rows]


def _converteer(df: pl.DataFrame, schema: Schema) -> tuple[pl.DataFrame, list[tuple]]:
    fouten: list[tuple] = []
    exprs = []
    for k in schema.kolommen:
        if k.naam not in df.columns:
            df = df.with_columns(pl.lit(None, dtype=pl.String).alias(k.naam))
        parsed, reden = _omzetting(k)
        raw = pl.col(k.naam)
        df = df.with_columns(parsed.alias(f"__{k.naam}"))
        new = pl.col(f"__{k.naam}")
        if reden:
            fouten += _fouten_in(
                df, raw.is_not_null() & new.is_null(), k, lambda v, r=reden: f"'{v}' {r}."
            )
        if k.soort == "geheel":
            bad = new.is_not_null() & (new != new.round(0))
            fouten += _fouten_in(df, bad, k, lambda v: f"'{v}' is geen geheel getal.")
        if k.verplicht:
            fouten += _fouten_in(df, raw.is_null(), k, lambda v, k=k: _ontbreekt(k))
        if k.minimum is not None:
            fouten += _fouten_in(
                df, new < k.minimum, k, lambda v, k=k: f"'{v}' is kleiner dan {k.minimum:g}."
            )
        if k.maximum is not None:
            fouten += _fouten_in(
                df, new > k.maximum, k, lambda v, k=k: f"'{v}' is groter dan {k.maximum:g}."
            )
        expr = new if k.standaard is None else new.fill_null(k.standaard)
        if k.soort == "geheel":
            expr = expr.round(0).cast(pl.Int64)
        exprs.append(expr.alias(k.naam))
    out = df.select(pl.col(RIJ).alias("rij"), *exprs)
    return out, fouten


def _dubbele(df: pl.DataFrame, schema: Schema) -> list[tuple]:
    if schema.uniek == ("__geen__",):
        return []
    keys = list(schema.uniek) or schema.namen
    first = df.with_columns(pl.col("rij").min().over(keys).alias("__eerste"))
    rows = first.filter(pl.col("rij") != pl.col("__eerste")).select("rij", "__eerste")
    if schema.uniek:
        what = " en ".join(f"'{k}'" for k in schema.uniek)
        return [
            (rij, None, f"dezelfde {what} als rij {eerste} (dubbele regel).")
            for rij, eerste in rows.head(MAX_FOUTEN).rows()
        ]
    return [
        (rij, None, f"deze rij is gelijk aan rij {eerste} (dubbele regel).")
        for rij, eerste in rows.head(MAX_FOUTEN).rows()
    ]


def valideer(df: pl.DataFrame, schema: Schema) -> pl.DataFrame:
    """Strings to typed columns; raises ImportFout listing every problem."""
    if df.height == 0:
        raise ImportFout([(2, None, "het bestand bevat geen gegevensrijen.")])
    out, fouten = _converteer(df, schema)
    if not fouten:
        fouten = _dubbele(out, schema)
    if fouten:
        fouten.sort(
            key=lambda f: (f[0] or 0, schema.namen.index(f[1]) if f[1] in schema.namen else -1)
        )
        raise ImportFout(fouten)
    return out


def lees_en_valideer(
    data: bytes, soort: str, naam: str = "", koppeling: dict[str, str] | None = None
) -> pl.DataFrame:
    """Read, refuse identifiers, map (or recognise) the headers and validate."""
    schema = SCHEMAS[soort]
    raw = lees_tabel(data, naam)
    weiger_identificerend([c for c in raw.columns if c != RIJ])
    mapped = pas_koppeling_toe(raw, koppeling, schema) if koppeling else pas_kop_toe(raw, schema)
    return valideer(mapped, schema)
