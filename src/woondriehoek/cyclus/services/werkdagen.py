"""Dutch working days: weekends and public holidays come from the `holidays` package."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=128)
def feestdagen(jaar: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=jaar)


def is_werkdag(datum: dt.date) -> bool:
    return datum.weekday() < 5 and datum not in feestdagen(datum.year)


def volgende_werkdag(datum: dt.date) -> dt.date:
    """The date itself if it is a working day, otherwise the first working day after it."""
    while not is_werkdag(datum):
        datum += dt.timedelta(days=1)
    return datum
