"""Dutch number, percentage and date formatting for report text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext as _

LEEG = "–"


def getal(value: Decimal | float | int | None, decimalen: int = 0) -> str:
    """1234.5 -> '1.234,5' (at most `decimalen` decimals, trailing zeros dropped)."""
    if value is None:
        return LEEG
    number = round(float(value), decimalen)
    if decimalen and number != int(number):
        text = f"{number:,.{decimalen}f}".rstrip("0").rstrip(".")
    else:
        text = f"{round(number):,}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def procent(value: Decimal | float | None, decimalen: int = 0) -> str:
    """A percentage already in 0–100."""
    return LEEG if value is None else f"{getal(value, decimalen)}%"


def aandeel(value: float | None, decimalen: int = 1) -> str:
    """A share 0–1 as a percentage."""
    return LEEG if value is None else procent(float(value) * 100, decimalen)


def datum(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return LEEG
    return formats.date_format(value, "j F Y")


def ja_nee(value: bool | None) -> str:
    if value is None:
        return _("not assessed")
    return _("yes") if value else _("no")


def voldoet(value: bool | None) -> str:
    if value is None:
        return _("not assessed")
    return _("meets the norm") if value else _("does not meet the norm")
