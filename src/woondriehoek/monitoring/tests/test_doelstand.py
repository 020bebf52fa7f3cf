"""Target versus actual: interpretation, path and judgement (pure)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from ..constants import Interpretatie, Oordeel
from ..services.doelstand import beoordeel, interpretatie, pad


@pytest.mark.parametrize(
    ("wat", "uitvoering", "eenheid", "vergelijking", "expected"),
    [
        ("netto toevoeging sociale huur per jaar", "", "woningen", ">=", Interpretatie.PER_JAAR),
        ("informatieavonden", "Jaarlijks", "aantal", "=", Interpretatie.PER_JAAR),
        ("passend toegewezen", "2025 - 2028", "procent", ">=", Interpretatie.PER_JAAR),
        ("sociale huurwoningen volgens Woondeal", "2022-2030", "woningen", "~", "cumulatief"),
        ("opgeleverde woningen t/m 2028", "", "woningen", ">=", Interpretatie.CUMULATIEF),
        ("woningen met label E, F of G", "2025 - 2028", "woningen", "<=", Interpretatie.STAND),
    ],
)
def test_interpretation_follows_the_wording(wat, uitvoering, eenheid, vergelijking, expected):
    assert interpretatie(wat, uitvoering, eenheid, vergelijking) == expected


def test_per_year_target_is_judged_every_year():
    stand = beoordeel(D(50), ">=", 2025, 2028, Interpretatie.PER_JAAR, {2025: D(52), 2026: D(41)})
    rows = {j.jaar: j for j in stand.jaren}
    assert [j.jaar for j in stand.jaren] == [2025, 2026, 2027, 2028]
    assert rows[2025].oordeel == Oordeel.OP_KOERS
    assert rows[2026].oordeel == Oordeel.ACHTER and rows[2026].pad == D(50)
    assert rows[2027].oordeel == Oordeel.GEEN_DATA
    assert stand.oordeel == Oordeel.ACHTER  # the latest year with data decides


def test_cumulative_target_adds_up_and_follows_a_linear_path():
    # 270 over 2022-2030 = 30 per year
    stand = beoordeel(
        D(270), ">=", 2022, 2030, Interpretatie.CUMULATIEF, {2022: D(20), 2023: D(45), 2024: D(20)}
    )
    rows = {j.jaar: j for j in stand.jaren}
    assert rows[2022].pad == D(30) and rows[2022].waarde == D(20)
    assert rows[2022].oordeel == Oordeel.ACHTER
    assert rows[2023].waarde == D(65) and rows[2023].oordeel == Oordeel.OP_KOERS  # 65 >= 60
    assert rows[2024].waarde == D(85) and rows[2024].oordeel == Oordeel.ACHTER  # 85 < 90
    assert rows[2030].pad == D(270)


def test_realisations_before_the_start_do_not_count_for_a_cumulative_target():
    stand = beoordeel(
        D(100), ">=", 2025, 2026, Interpretatie.CUMULATIEF, {2024: D(80), 2025: D(50)}
    )
    rows = {j.jaar: j for j in stand.jaren}
    assert rows[2024].waarde is None and rows[2024].pad is None
    assert rows[2025].waarde == D(50) and rows[2025].oordeel == Oordeel.OP_KOERS


def test_at_most_target_is_a_decreasing_path_from_the_first_level():
    # 0 homes with label E/F/G in 2028, 180 left in 2024
    stand = beoordeel(
        D(0), "<=", None, 2028, Interpretatie.STAND, {2024: D(180), 2025: D(120), 2026: D(100)}
    )
    rows = {j.jaar: j for j in stand.jaren}
    assert [j.jaar for j in stand.jaren] == [2024, 2025, 2026, 2027, 2028]
    assert rows[2024].pad == D(180) and rows[2024].oordeel == Oordeel.OP_KOERS
    assert rows[2025].pad == D(135) and rows[2025].oordeel == Oordeel.OP_KOERS
    assert rows[2026].pad == D(90) and rows[2026].oordeel == Oordeel.ACHTER
    assert rows[2028].pad == D(0)


@pytest.mark.parametrize(
    ("waarde", "expected"),
    [
        (D(44), Oordeel.ACHTER),
        (D(46), Oordeel.OP_KOERS),
        (D(54), Oordeel.OP_KOERS),
        (D(56), "voor"),
    ],
)
def test_about_target_has_a_band_of_ten_percent(waarde, expected):
    stand = beoordeel(D(50), "~", 2025, 2025, Interpretatie.PER_JAAR, {2025: waarde})
    assert stand.oordeel == expected


def test_no_data_means_no_judgement():
    stand = beoordeel(D(10), ">=", 2025, 2026, Interpretatie.CUMULATIEF, {})
    assert stand.oordeel == Oordeel.GEEN_DATA and stand.laatste is None
    assert pad(Interpretatie.CUMULATIEF, D(10), 2025, 2026, 2026) == D(10)
