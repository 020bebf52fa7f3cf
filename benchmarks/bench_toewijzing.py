"""Benchmark: the allocation monitor on 1,000,000 synthetic lettings.

    .venv/bin/python benchmarks/bench_toewijzing.py [--rijen 1000000]

Generates a CSV (seeded), then times (1) reading + validation and (2) the rules, and reports
the peak resident memory of the process (resource.getrusage).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "woondriehoek.config.test_settings")

import django

django.setup()

from woondriehoek.huurgrenzen.services.grenzen import grenzen_uit_bestand  # noqa: E402
from woondriehoek.toewijzing.bestanden import lees_en_valideer  # noqa: E402
from woondriehoek.toewijzing.services.regels import bereken_toewijzing  # noqa: E402

ROUTES = [
    "regulier",
    "loting",
    "urgentie",
    "statushouder",
    "bijzondere_bemiddeling",
    "maatwerk",
    "doorstroming",
]


def _r(i: int, k: int, seed: int) -> pl.Expr:
    """Deterministic pseudo-random integers in [0, k) from the row index."""
    return (pl.col("i").hash(seed + i) % k).cast(pl.Int64)


def synthetisch(n: int, seed: int = 5) -> pl.DataFrame:
    return (
        pl.DataFrame({"i": pl.int_range(n, eager=True)})
        .with_columns(
            (pl.date(2025, 1, 1) + pl.duration(days=_r(1, 365, seed))).alias("datum"),
            _r(2, 40, seed).alias("c"),
            _r(3, 120, seed).alias("g"),
            pl.lit("").alias("kern"),
            (380 + _r(4, 60000, seed) / 100).round(2).alias("kale_huur"),
            (1 + _r(5, 5, seed)).alias("huishoudgrootte"),
            (9000 + _r(6, 60000, seed)).alias("inkomen"),
            pl.when(_r(7, 5, seed) == 0).then(pl.lit("ja")).otherwise(pl.lit("nee")).alias("aow"),
            (18 + _r(8, 77, seed)).alias("leeftijd"),
            _r(9, len(ROUTES), seed).alias("r"),
        )
        .with_columns(
            corporatie=pl.lit("Corporatie ") + pl.col("c").cast(pl.String),
            gemeente=pl.lit("Gemeente ") + pl.col("g").cast(pl.String),
            route=pl.col("r").replace_strict(dict(enumerate(ROUTES))),
        )
        .select(
            "datum",
            "corporatie",
            "gemeente",
            "kern",
            "kale_huur",
            "huishoudgrootte",
            "inkomen",
            "aow",
            "leeftijd",
            "route",
        )
    )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rijen", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "verhuringen.csv"
        synthetisch(args.rijen).write_csv(path, separator=";")
        size = path.stat().st_size / 1e6
        base = rss_mb()
        t0 = time.perf_counter()
        df = lees_en_valideer(path.read_bytes(), "verhuringen", naam=path.name)
        t1 = time.perf_counter()
        result = bereken_toewijzing(df, 2025, grenzen_uit_bestand(2025))
        t2 = time.perf_counter()
    print(f"rows: {args.rijen:,}  file: {size:.0f} MB  groups: {len(result['groepen'])}")
    print(f"read + validate: {t1 - t0:.2f} s")
    print(f"rules:           {t2 - t1:.2f} s")
    print(f"total:           {t2 - t0:.2f} s")
    print(f"peak RSS: {rss_mb():.0f} MB (after setup and data generation: {base:.0f} MB)")


if __name__ == "__main__":
    main()
