"""Deadlines move from a weekend or Dutch public holiday to the next working day."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from woondriehoek.cyclus.constants import RegelSoort, TermijnStatus
from woondriehoek.cyclus.services.schema import (
    RegelSpec,
    begin_periode,
    is_actief,
    nominale_datum,
    termijn_datum,
    termijn_status,
)
from woondriehoek.cyclus.services.werkdagen import is_werkdag, volgende_werkdag

D = dt.date


@pytest.mark.parametrize(
    ("nominaal", "verwacht", "waarom"),
    [
        (D(2029, 7, 1), D(2029, 7, 2), "1 July 2029 is a Sunday"),
        (D(2029, 12, 15), D(2029, 12, 17), "15 December 2029 is a Saturday"),
        (D(2027, 4, 27), D(2027, 4, 28), "Koningsdag 2027 is a Tuesday"),
        (D(2025, 4, 26), D(2025, 4, 28), "Koningsdag 2025 falls on Saturday"),
        (D(2029, 4, 1), D(2029, 4, 3), "1 April 2029 is Easter Sunday, then Easter Monday"),
        (D(2026, 3, 1), D(2026, 3, 2), "1 March 2026 is a Sunday"),
        (D(2029, 9, 1), D(2029, 9, 3), "1 September 2029 is a Saturday"),
        (D(2027, 12, 25), D(2027, 12, 27), "Christmas 2027 on the weekend"),
        (D(2025, 5, 5), D(2025, 5, 6), "Bevrijdingsdag 2025 (a lustrum year)"),
        (D(2026, 5, 14), D(2026, 5, 15), "Ascension Day 2026"),
        (D(2030, 6, 10), D(2030, 6, 11), "Whit Monday 2030"),
        (D(2026, 7, 1), D(2026, 7, 1), "1 July 2026 is a Wednesday"),
        (D(2027, 3, 1), D(2027, 3, 1), "1 March 2027 is a Monday"),
        (D(2026, 9, 1), D(2026, 9, 1), "1 September 2026 is a Tuesday"),
        (D(2026, 12, 15), D(2026, 12, 15), "15 December 2026 is a Tuesday"),
    ],
)
def test_volgende_werkdag(nominaal, verwacht, waarom):
    assert volgende_werkdag(nominaal) == verwacht, waarom


def test_bevrijdingsdag_is_only_a_holiday_in_lustrum_years():
    assert not is_werkdag(D(2025, 5, 5))
    assert is_werkdag(D(2026, 5, 5))


def spec(**kwargs) -> RegelSpec:
    return RegelSpec(code="x", naam="x", **{"maand": 7, "dag": 1, **kwargs})


def test_rule_dates_before_a_day():
    regel = spec(maand=7, dag=1)
    assert nominale_datum(regel, 2029) == D(2029, 7, 1)
    assert termijn_datum(regel, 2029) == D(2029, 7, 2)
    assert begin_periode(regel, 2029) is None


def test_rule_dates_for_a_range_of_months_end_on_the_last_day():
    november = spec(soort=RegelSoort.PERIODE, maand=11, eind_maand=11, dag=None)
    assert begin_periode(november, 2026) == D(2026, 11, 1)
    assert nominale_datum(november, 2026) == D(2026, 11, 30)  # a Monday
    assert termijn_datum(november, 2026) == D(2026, 11, 30)
    assert termijn_datum(november, 2025) == D(2025, 12, 1)  # 30 Nov 2025 is a Sunday
    first_half = spec(soort=RegelSoort.PERIODE, maand=1, eind_maand=6, dag=None)
    assert begin_periode(first_half, 2027) == D(2027, 1, 1)
    assert termijn_datum(first_half, 2027) == D(2027, 6, 30)


def test_day_31_in_a_short_month_is_its_last_day():
    assert nominale_datum(spec(maand=2, dag=31), 2028) == D(2028, 2, 29)


def test_active_years():
    regel = spec(jaar_van=2025, jaar_tot=2027)
    assert [j for j in range(2023, 2030) if is_actief(regel, j)] == [2025, 2026, 2027]
    assert is_actief(spec(), 1999)


@pytest.mark.parametrize(
    ("today", "gedaan", "verwacht"),
    [
        (D(2026, 7, 2), False, TermijnStatus.OVERDUE),
        (D(2026, 7, 2), True, TermijnStatus.DONE),
        (D(2026, 7, 1), False, TermijnStatus.DUE_SOON),
        (D(2026, 6, 17), False, TermijnStatus.DUE_SOON),
        (D(2026, 6, 16), False, TermijnStatus.UPCOMING),
        (D(2026, 1, 1), True, TermijnStatus.DONE),
    ],
)
def test_status(today, gedaan, verwacht):
    assert termijn_status(D(2026, 7, 1), gedaan, today, herinnering_dagen=14) == verwacht


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2060, 12, 31)))
def test_moved_deadline_is_a_working_day_not_earlier_and_at_most_four_days_later(datum):
    moved = volgende_werkdag(datum)
    assert is_werkdag(moved)
    assert moved >= datum
    assert (moved - datum).days <= 4
    if is_werkdag(datum):
        assert moved == datum


@given(
    st.integers(min_value=2000, max_value=2060),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=31),
)
def test_every_rule_date_lands_on_a_working_day_in_or_just_after_its_month(jaar, maand, dag):
    regel = spec(maand=maand, dag=dag)
    datum = termijn_datum(regel, jaar)
    assert is_werkdag(datum)
    assert datum >= nominale_datum(regel, jaar)
    assert (datum - nominale_datum(regel, jaar)).days <= 4
