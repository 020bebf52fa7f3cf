"""The monitor of a workspace: stored deliveries in, results per corporatie × year out."""

from __future__ import annotations

import polars as pl
from django.db import transaction

from woondriehoek.huurgrenzen.services.grenzen import GeenGrenzen, grenzen_voor

from ..constants import BestandSoort
from ..models import Aanlevering, Verhuring, Zoekenden
from .normen import jongeren_leeftijd_voor, normen_voor
from .regels import bereken_toewijzing

VERHURING_VELDEN = [
    "rij",
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
]
VERHURING_SCHEMA = {
    "rij": pl.Int64,
    "datum": pl.Date,
    "corporatie": pl.String,
    "gemeente": pl.String,
    "kern": pl.String,
    "kale_huur": pl.Float64,
    "huishoudgrootte": pl.Int64,
    "inkomen": pl.Float64,
    "aow": pl.Boolean,
    "leeftijd": pl.Int64,
    "route": pl.String,
}


def actuele(gemeente, soort: str) -> list[Aanlevering]:
    """The newest delivery of each organisation for this workspace and kind."""
    seen, out = set(), []
    for a in Aanlevering.objects.filter(gemeente=gemeente, soort=soort).select_related(
        "organisatie"
    ):
        if a.organisatie_id not in seen:
            seen.add(a.organisatie_id)
            out.append(a)
    return out


@transaction.atomic
def importeer(df: pl.DataFrame, *, soort: str, gemeente, organisatie, user, naam: str) -> int:
    a = Aanlevering.objects.create(
        gemeente=gemeente,
        organisatie=organisatie,
        soort=soort,
        bestandsnaam=naam[:255],
        aantal=df.height,
        door=user if user and user.is_authenticated else None,
    )
    if soort == BestandSoort.VERHURINGEN:
        rows = [
            Verhuring(aanlevering=a, jaar=r["datum"].year, **{k: r[k] for k in VERHURING_VELDEN})
            for r in df.iter_rows(named=True)
        ]
        Verhuring.objects.bulk_create(rows, batch_size=2000)
    else:
        Zoekenden.objects.bulk_create(
            [Zoekenden(aanlevering=a, **r) for r in df.iter_rows(named=True)], batch_size=2000
        )
    return df.height


def verhuringen_df(gemeente) -> pl.DataFrame:
    ids = [a.pk for a in actuele(gemeente, BestandSoort.VERHURINGEN)]
    rows = Verhuring.objects.filter(aanlevering_id__in=ids).values_list(*VERHURING_VELDEN)
    return pl.DataFrame(list(rows), schema=VERHURING_SCHEMA, orient="row").with_columns(
        pl.col("kale_huur").cast(pl.Float64), pl.col("inkomen").cast(pl.Float64)
    )


def zoekenden_df(gemeente) -> pl.DataFrame | None:
    ids = [a.pk for a in actuele(gemeente, BestandSoort.ZOEKENDEN)]
    rows = list(
        Zoekenden.objects.filter(aanlevering_id__in=ids).values_list(
            "jaar", "gemeente", "groep", "actief"
        )
    )
    if not rows:
        return None
    schema = {"jaar": pl.Int64, "gemeente": pl.String, "groep": pl.String, "actief": pl.Int64}
    return pl.DataFrame(rows, schema=schema, orient="row")


def resultaten(gemeente) -> list[dict]:
    """One monitor per year in the stored lettings, newest first."""
    df = verhuringen_df(gemeente)
    if df.height == 0:
        return []
    zoekenden = zoekenden_df(gemeente)
    keys = df.select("corporatie", "gemeente").unique().rows()
    jl = jongeren_leeftijd_voor(gemeente)
    out = []
    for jaar in sorted(set(df.get_column("datum").dt.year().to_list()), reverse=True):
        try:
            g = grenzen_voor(jaar)
        except GeenGrenzen:
            continue
        out.append(bereken_toewijzing(df, jaar, g, normen_voor(keys, jaar), zoekenden, jl))
    return out
