"""Pure schedule arithmetic: from a rule and a year to a concrete deadline and its status.

Every function here takes plain values (a `RegelSpec`, a year, `today`) so that the rules can
be tested with explicit dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from ..constants import RegelBron, RegelSoort, TermijnStatus, Voorwaarde
from .werkdagen import volgende_werkdag


@dataclass(frozen=True)
class RegelSpec:
    """The date part of a schedule rule, independent of the database."""

    code: str
    naam: str
    maand: int
    dag: int | None = None
    soort: str = RegelSoort.DATUM
    eind_maand: int | None = None
    partijtypes: tuple[str, ...] = field(default_factory=tuple)
    herinnering_dagen: int = 14
    jaar_van: int | None = None
    jaar_tot: int | None = None
    voorwaarde: str = Voorwaarde.ALTIJD
    bron: str = RegelBron.EIGEN
    toelichting: str = ""


def laatste_dag(jaar: int, maand: int) -> dt.date:
    return dt.date(jaar, maand, calendar.monthrange(jaar, maand)[1])


def nominale_datum(spec: RegelSpec, jaar: int) -> dt.date:
    """The date the rule names: the day itself, or the last day of a range of months."""
    if spec.soort == RegelSoort.PERIODE:
        return laatste_dag(jaar, spec.eind_maand or spec.maand)
    dag = min(spec.dag or 1, calendar.monthrange(jaar, spec.maand)[1])
    return dt.date(jaar, spec.maand, dag)


def begin_periode(spec: RegelSpec, jaar: int) -> dt.date | None:
    """First day of a range of months; None for a deadline before a date."""
    if spec.soort != RegelSoort.PERIODE:
        return None
    return dt.date(jaar, spec.maand, 1)


def termijn_datum(spec: RegelSpec, jaar: int) -> dt.date:
    """The deadline that applies: moved to the next working day after a weekend or holiday."""
    return volgende_werkdag(nominale_datum(spec, jaar))


def is_actief(spec: RegelSpec, jaar: int) -> bool:
    if spec.jaar_van and jaar < spec.jaar_van:
        return False
    return not (spec.jaar_tot and jaar > spec.jaar_tot)


def termijn_status(
    datum: dt.date, gedaan: bool, today: dt.date, herinnering_dagen: int = 14
) -> TermijnStatus:
    if gedaan:
        return TermijnStatus.DONE
    if today > datum:
        return TermijnStatus.OVERDUE
    if (datum - today).days <= herinnering_dagen:
        return TermijnStatus.DUE_SOON
    return TermijnStatus.UPCOMING
