"""Header recognition, identifier refusal and the column-mapping step."""

from __future__ import annotations

import re

import polars as pl

from .fouten import ImportFout
from .lezen import RIJ
from .schema import IDENTIFICERENDE_DELEN, IDENTIFICERENDE_KOPPEN, Schema


def normaliseer_kop(kop: str) -> str:
    """'Kale huur ' -> 'kale_huur'."""
    return re.sub(r"[^a-z0-9]+", "_", kop.strip().lower()).strip("_")


def _compact(kop: str) -> str:
    return re.sub(r"[^a-z0-9]", "", kop.lower())


def identificerende_kolommen(koppen: list[str]) -> list[str]:
    """The headers that carry direct identifiers (postcode only together with a house number)."""
    found = []
    compact = {k: _compact(k) for k in koppen}
    for kop, c in compact.items():
        if c == "huisnummer":
            continue
        if c in IDENTIFICERENDE_KOPPEN or any(part in c for part in IDENTIFICERENDE_DELEN):
            found.append(kop)
    has_postcode = any(c.startswith("postcode") for c in compact.values())
    if has_postcode:
        found += [k for k, c in compact.items() if c == "huisnummer"]
    return found


def weiger_identificerend(koppen: list[str]) -> None:
    found = identificerende_kolommen(koppen)
    if found:
        names = ", ".join(f"'{k}'" for k in found)
        raise ImportFout(
            [
                (
                    1,
                    found[0],
                    f"het bestand bevat direct identificerende gegevens ({names}). Woondriehoek "
                    "slaat geen namen, BSN's, adressen of contactgegevens op: verwijder deze "
                    "kolommen en lever het bestand opnieuw aan.",
                )
            ]
        )


def is_herkend(koppen: list[str], schema: Schema) -> bool:
    """True when the headers need no mapping: all known, all required present."""
    names = {normaliseer_kop(k) for k in koppen}
    return names <= set(schema.namen) and set(schema.verplicht) <= names


def voorstel(koppen: list[str], schema: Schema) -> dict[str, str]:
    """A first guess of the mapping: field -> header, by normalised name."""
    by_norm = {normaliseer_kop(k): k for k in koppen}
    return {veld: by_norm[veld] for veld in schema.namen if veld in by_norm}


def pas_kop_toe(df: pl.DataFrame, schema: Schema) -> pl.DataFrame:
    """Rename recognised headers; unknown or missing columns are errors."""
    koppen = [c for c in df.columns if c != RIJ]
    fouten = []
    renames = {}
    for i, kop in enumerate(koppen, start=1):
        norm = normaliseer_kop(kop)
        if norm in schema.namen:
            renames[kop] = norm
        else:
            fouten.append(
                (
                    1,
                    kop,
                    f"onbekende kolom (kolom {i}). Verwachte kolommen: "
                    f"{', '.join(schema.namen)}. Koppel andere kolommen via de webapplicatie.",
                )
            )
    for veld in schema.verplicht:
        if veld not in renames.values():
            fouten.append((1, veld, "deze verplichte kolom ontbreekt."))
    if fouten:
        raise ImportFout(fouten)
    return df.rename(renames)


def pas_koppeling_toe(df: pl.DataFrame, koppeling: dict[str, str], schema: Schema) -> pl.DataFrame:
    """Keep and rename the mapped columns (field -> header); other columns are dropped."""
    fouten = []
    for veld in schema.verplicht:
        if not koppeling.get(veld):
            fouten.append((1, veld, "koppel deze verplichte kolom aan een kolom uit het bestand."))
    gebruikt: dict[str, str] = {}
    for veld, kop in koppeling.items():
        if not kop:
            continue
        if veld not in schema.namen:
            fouten.append((1, veld, "dit veld bestaat niet voor dit soort bestand."))
        elif kop not in df.columns:
            fouten.append((1, kop, "deze kolom staat niet in het bestand."))
        elif kop in gebruikt:
            fouten.append((1, kop, f"deze kolom is al gekoppeld aan '{gebruikt[kop]}'."))
        gebruikt[kop] = veld
    if fouten:
        raise ImportFout(fouten)
    return df.select(
        pl.col(RIJ), *[pl.col(kop).alias(veld) for veld, kop in koppeling.items() if kop]
    )
