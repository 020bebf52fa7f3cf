"""Target versus actual: pure judgement of a target's realisations against its path.

Interpretation (see docs/monitoring.md):
- per_jaar: the target applies to every year (the target's `wat` or the item's execution
  column says "per jaar", "jaarlijks" or "elk jaar", or the unit is procent);
- stand: a level to reach with comparator <= (e.g. "0 homes with label E/F/G in 2028");
  the realisations are levels, the path falls linearly from the first realisation to the target;
- cumulatief: otherwise, the realisations add up from start_jaar and the path rises linearly
  from 0 to the target value at the end of eind_jaar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..constants import MARGE, Interpretatie, Oordeel

PER_JAAR_WOORDEN = ("per jaar", "jaarlijks", "elk jaar", "ieder jaar", "per year")
RATE_EENHEDEN = ("procent",)


def interpretatie(wat: str, item_tekst: str, eenheid: str, vergelijking: str) -> str:
    text = f"{wat} {item_tekst}".lower()
    if any(word in text for word in PER_JAAR_WOORDEN) or eenheid in RATE_EENHEDEN:
        return Interpretatie.PER_JAAR
    if vergelijking == "<=":
        return Interpretatie.STAND
    return Interpretatie.CUMULATIEF


@dataclass
class Jaarstand:
    jaar: int
    gerealiseerd: Decimal | None  # the year's own figure
    waarde: Decimal | None  # what is judged: the figure, the cumulative sum or the level
    pad: Decimal | None  # where the path says we should be
    oordeel: str = Oordeel.GEEN_DATA


@dataclass
class Doelstand:
    interpretatie: str
    jaren: list[Jaarstand] = field(default_factory=list)

    @property
    def laatste(self) -> Jaarstand | None:
        judged = [j for j in self.jaren if j.waarde is not None]
        return judged[-1] if judged else None

    @property
    def oordeel(self) -> str:
        last = self.laatste
        return last.oordeel if last else Oordeel.GEEN_DATA


def oordeel(waarde: Decimal, pad: Decimal, vergelijking: str) -> str:
    if vergelijking == ">=":
        return Oordeel.OP_KOERS if waarde >= pad else Oordeel.ACHTER
    if vergelijking == "<=":
        return Oordeel.OP_KOERS if waarde <= pad else Oordeel.ACHTER
    marge = abs(pad) * MARGE
    if waarde < pad - marge:
        return Oordeel.ACHTER
    if waarde > pad + marge:
        return Oordeel.VOOR
    return Oordeel.OP_KOERS


def _linear(a: Decimal, b: Decimal, x0: int, x1: int, x: int) -> Decimal:
    if x1 <= x0 or x >= x1:
        return b
    if x <= x0:
        return a
    return a + (b - a) * Decimal(x - x0) / Decimal(x1 - x0)


def pad(
    interpretatie_: str,
    doelwaarde: Decimal,
    start: int | None,
    eind: int | None,
    jaar: int,
    basis: tuple[int, Decimal] | None = None,
) -> Decimal | None:
    """The expected value in a year, or None outside the target's years."""
    if interpretatie_ == Interpretatie.PER_JAAR:
        inside = (start is None or jaar >= start) and (eind is None or jaar <= eind)
        return doelwaarde if inside else None
    if interpretatie_ == Interpretatie.STAND:
        if basis is None or eind is None:
            return doelwaarde
        return _linear(basis[1], doelwaarde, basis[0], eind, jaar)
    if start is None or jaar < start:
        return None if start is not None else doelwaarde
    if eind is None:
        return doelwaarde
    return _linear(Decimal(0), doelwaarde, start - 1, eind, min(jaar, eind))


def jaren(start: int | None, eind: int | None, per_jaar: dict[int, Decimal]) -> list[int]:
    """Every year from the first to the last of the target's years and the realisations."""
    known = set(per_jaar) | {y for y in (start, eind) if y}
    return list(range(min(known), max(known) + 1)) if known else []


def beoordeel(
    doelwaarde: Decimal,
    vergelijking: str,
    start: int | None,
    eind: int | None,
    interpretatie_: str,
    per_jaar: dict[int, Decimal],
) -> Doelstand:
    """Judge the yearly figures (already totalled over organisations) against the path."""
    years = jaren(start, eind, per_jaar)
    basis = None
    if per_jaar and interpretatie_ == Interpretatie.STAND:
        first = min(per_jaar)
        basis = (first, per_jaar[first])
    stand = Doelstand(interpretatie_)
    running = Decimal(0)
    for year in years:
        own = per_jaar.get(year)
        expected = pad(interpretatie_, doelwaarde, start, eind, year, basis)
        if interpretatie_ == Interpretatie.CUMULATIEF:
            counts = start is None or year >= start
            running += own if own is not None and counts else Decimal(0)
            judged = running if own is not None and counts else None
        else:
            judged = own
        row = Jaarstand(year, own, judged, expected)
        if judged is not None and expected is not None:
            row.oordeel = oordeel(judged, expected, vergelijking)
        stand.jaren.append(row)
    return stand
