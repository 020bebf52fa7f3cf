"""The tables every export is made of: named columns with a type, and rows of plain values.

The writers (``xlsx.py``, ``csv_nl.py``) decide how a type looks; the builders only give
values: ``str``, ``int``, ``Decimal``/``float``, ``datetime.date``, ``bool`` or ``None``.
A percentage is given as a fraction (0.5 is 50 %).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Soort(StrEnum):
    TEKST = "tekst"
    GETAL = "getal"
    DATUM = "datum"
    PROCENT = "procent"
    JANEE = "janee"


@dataclass(frozen=True)
class Kolom:
    naam: str
    soort: Soort = Soort.TEKST


@dataclass
class Tabel:
    """One sheet of the workbook, one CSV file."""

    naam: str
    kolommen: list[Kolom]
    rijen: list[list] = field(default_factory=list)

    @property
    def koppen(self) -> list[str]:
        return [k.naam for k in self.kolommen]

    def voeg_toe(self, **waarden) -> None:
        """Add a row by column name; unknown names are an error, missing ones empty."""
        onbekend = set(waarden) - set(self.koppen)
        if onbekend:
            raise KeyError(f"unknown columns {sorted(onbekend)} in table {self.naam}")
        self.rijen.append([waarden.get(k) for k in self.koppen])


def kolommen(spec: str) -> list[Kolom]:
    """'id:getal titel datum:datum' -> columns; without a type a column is text."""
    result = []
    for part in spec.split():
        naam, _, soort = part.partition(":")
        result.append(Kolom(naam, Soort(soort) if soort else Soort.TEKST))
    return result
