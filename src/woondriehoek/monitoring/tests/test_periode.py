from __future__ import annotations

import datetime as dt

import pytest

from ..services.periode import Periode, keuzes


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(2026, 1, 1), "2026-H1"),
        (dt.date(2026, 6, 30), "2026-H1"),
        (dt.date(2026, 7, 1), "2026-H2"),
    ],
)
def test_current_period_is_the_half_year(day, code):
    assert Periode.huidige(day).code == code


def test_order_and_parsing():
    assert Periode(2025, "H2") < Periode(2025, "jaar") < Periode(2026, "H1")
    assert Periode.parse("2026-H2") == Periode(2026, "H2")
    assert Periode.parse("2026") == Periode(2026, "jaar")
    assert Periode.parse("2026-H3") is None and Periode.parse("") is None
    with pytest.raises(ValueError):
        Periode(2026, "Q1")


def test_choices_run_from_the_start_to_the_current_period_newest_first():
    options = keuzes(2025, 2028, dt.date(2026, 3, 15))
    assert [p.code for p in options] == ["2026-H1", "2025", "2025-H2", "2025-H1"]
