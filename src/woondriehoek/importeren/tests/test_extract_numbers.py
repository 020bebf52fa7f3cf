"""Dutch numbers, targets and periods."""

from hypothesis import given
from hypothesis import strategies as st

from woondriehoek.importeren.extract.numbers import parse_number, period_from_text, targets


def _values(text: str) -> list[tuple[float, str, str]]:
    return [(t["value"], t["unit"], t["comparator"]) for t in targets(text)]


def test_circa_woningen_and_year_deadline():
    got = _values("De corporatie bouwt ca. 140 sociale huurwoningen t/m 2030.")
    assert (140, "woningen", "~") in got
    assert (2030, "jaar", "<=") in got


def test_euro_with_dash_and_maximum():
    assert (20000, "euro", "<=") in _values("De gemeente draagt maximaal € 20.000,- bij.")


def test_decimal_percentage_and_range():
    got = _values("Verruiming van 7,5% naar maximaal 15% en 75-135 woningen.")
    assert (7.5, "procent", "=") in got
    assert (15, "procent", "<=") in got
    assert (75, "woningen", "=") in got and (135, "woningen", "=") in got


def test_minimaal_per_jaar_and_keer():
    assert (50, "woningen", ">=") in _values("Minimaal 50 woningen per jaar worden geïsoleerd.")
    assert (2, "aantal", "=") in _values("Partijen overleggen twee keer per jaar.")
    assert (4, "aantal", ">=") in _values("We overleggen ten minste viermaal per jaar.")


def test_number_words():
    assert parse_number("tweehonderdzeventig") == 270
    assert (270, "woningen", "=") in _values("Er komen tweehonderdzeventig woningen bij.")


def test_dates_are_not_targets():
    assert _values("Vóór 1 juli levert de corporatie het bod.") == []


def test_periods():
    assert period_from_text("2025: ca. 140 won. 2026 - 2028: ca 80 won.") == {
        "start": 2025,
        "end": 2028,
    }
    assert period_from_text("tussen 2022 en 2030") == {"start": 2022, "end": 2030}
    assert period_from_text("Vanaf 2025") == {"start": 2025, "end": None}
    assert period_from_text("2025 en verder") == {"start": 2025, "end": None}
    assert period_from_text("uiterlijk in 2024") == {"start": 2024, "end": 2024}
    assert period_from_text("Doorlopend") is None


@given(st.integers(min_value=1, max_value=999_999))
def test_thousands_separator_roundtrip(n: int):
    written = f"{n:,}".replace(",", ".")
    assert parse_number(written) == n


@given(st.integers(min_value=2000, max_value=2090), st.integers(min_value=0, max_value=10))
def test_any_year_range(a: int, span: int):
    assert period_from_text(f"{a} - {a + span}") == {"start": a, "end": a + span}


def test_a_range_into_the_next_century_keeps_its_end():
    # found by hypothesis in CI: "2090 - 2100" read as 2090 only
    assert period_from_text("2090 - 2100") == {"start": 2090, "end": 2100}
    assert period_from_text("vanaf 2101") == {"start": 2101, "end": None}


def test_quarters_and_halves_are_not_targets():
    got = _values("Oplevering Q3 2026 van 48 woningen; evaluatie in het 2e kwartaal, H2 2027.")
    assert (48, "woningen", "=") in got
    assert not [v for v in got if v[1] == "aantal"]  # no 3, 2 or 2 from Q3, 2e, H2


def test_a_period_whose_end_names_a_quarter_or_month():
    assert period_from_text("Planning: Q2 2026 – Q1 2027") == {"start": 2026, "end": 2027}
    assert period_from_text("van 2025 tot medio 2026") == {"start": 2025, "end": 2026}
    assert period_from_text("2025 t/m december 2028") == {"start": 2025, "end": 2028}
