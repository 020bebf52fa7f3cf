"""Reporting periods: a half year (H1, H2) or a whole year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext as _

from ..constants import PeriodeDeel

_ORDER = {PeriodeDeel.H1: 1, PeriodeDeel.H2: 2, PeriodeDeel.JAAR: 3}


@dataclass(frozen=True)
class Periode:
    jaar: int
    deel: str = PeriodeDeel.JAAR

    def __post_init__(self) -> None:
        if self.deel not in _ORDER:
            raise ValueError(f"unknown period part {self.deel!r}")

    @property
    def sleutel(self) -> tuple[int, int]:
        """Sort key: H1 < H2 < the whole-year report of the same year."""
        return (self.jaar, _ORDER[PeriodeDeel(self.deel)])

    def __lt__(self, other: Periode) -> bool:
        return self.sleutel < other.sleutel

    def __le__(self, other: Periode) -> bool:
        return self.sleutel <= other.sleutel

    def __str__(self) -> str:
        if self.deel == PeriodeDeel.JAAR:
            return str(self.jaar)
        return f"{self.jaar}-{self.deel}"

    @property
    def label(self) -> str:
        if self.deel == PeriodeDeel.JAAR:
            return _("%(year)s (whole year)") % {"year": self.jaar}
        return _("%(year)s, %(part)s") % {
            "year": self.jaar,
            "part": PeriodeDeel(self.deel).label,
        }

    @property
    def code(self) -> str:
        return str(self)

    @classmethod
    def parse(cls, text: str) -> Periode | None:
        """'2026-H1' / '2026-H2' / '2026' -> Periode, or None."""
        match = re.fullmatch(r"(\d{4})(?:-(H1|H2))?", (text or "").strip())
        if not match:
            return None
        return cls(int(match[1]), match[2] or PeriodeDeel.JAAR)

    @classmethod
    def huidige(cls, today: dt.date) -> Periode:
        """The half year today falls in."""
        return cls(today.year, PeriodeDeel.H1 if today.month <= 6 else PeriodeDeel.H2)

    def q_upto(self, prefix: str = "") -> Q:
        """Lookup for rows whose period is this one or earlier."""
        same_year = [d for d, rank in _ORDER.items() if rank <= self.sleutel[1]]
        return Q(**{f"{prefix}jaar__lt": self.jaar}) | Q(
            **{f"{prefix}jaar": self.jaar, f"{prefix}deel__in": same_year}
        )

    def q_exact(self, prefix: str = "") -> Q:
        return Q(**{f"{prefix}jaar": self.jaar, f"{prefix}deel": self.deel})


def perioden(start: int, eind: int) -> list[Periode]:
    """Every half year and year report from start to eind, in order."""
    return [Periode(j, d) for j in range(start, eind + 1) for d in _ORDER]


def keuzes(start: int | None, eind: int | None, today: dt.date) -> list[Periode]:
    """Periods a user may report on: from the agreement's start up to the current one."""
    current = Periode.huidige(today)
    first = start or today.year
    last = min(eind or today.year, today.year)
    options = [p for p in perioden(first, max(first, last)) if p <= current]
    return list(reversed(options)) or [current]
