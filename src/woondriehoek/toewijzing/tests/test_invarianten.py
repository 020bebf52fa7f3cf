"""Hypothesis: invariants of the monitor for arbitrary lettings."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from woondriehoek.huurgrenzen.services.grenzen import grenzen_uit_bestand
from woondriehoek.toewijzing.services.regels import bereken_toewijzing

from .helpers import frame, verhuring

G = grenzen_uit_bestand(2025)
ROUTES = ["regulier", "loting", "urgentie", "statushouder", "bijzondere_bemiddeling"]

letting = st.builds(
    verhuring,
    corporatie=st.sampled_from(["A", "B", "C"]),
    gemeente=st.sampled_from(["Druten", "Wijchen"]),
    kale_huur=st.floats(300, 1400).map(lambda x: round(x, 2)),
    huishoudgrootte=st.integers(1, 6),
    inkomen=st.integers(0, 90000).map(float),
    aow=st.booleans(),
    leeftijd=st.integers(18, 99),
    route=st.sampled_from(ROUTES),
    datum=st.just(dt.date(2025, 5, 1)),
)


def _shares(g: dict) -> list:
    return [
        g["passend_toewijzen"]["aandeel"],
        g["daeb_doelgroep"]["aandeel"],
        g["urgent"]["aandeel"],
        g["loting"]["aandeel"],
        g["jongeren"]["aandeel"],
    ]


def _by_key(result: dict) -> dict:
    return {(g["corporatie"], g["gemeente"]): g for g in result["groepen"]}


@settings(max_examples=60, deadline=None)
@given(st.lists(letting, min_size=1, max_size=60))
def test_shares_within_bounds_and_counts_add_up(rows):
    result = bereken_toewijzing(frame(rows), 2025, G)
    assert sum(g["verhuringen"] for g in result["groepen"]) == len(rows)
    for g in result["groepen"]:
        assert all(s is None or 0 <= s <= 1 for s in _shares(g))
        assert sum(g["huurklassen"].values()) == g["verhuringen"]
        assert sum(sum(r.values()) for r in g["huur_inkomen"].values()) == g["verhuringen"]
        pt = g["passend_toewijzen"]
        assert pt["tot_aftoppingsgrens"] <= pt["binnen_inkomensgrens"] <= g["verhuringen"]
        assert g["urgent"]["aantal"] >= g["statushouders"]["aantal"]


@settings(max_examples=40, deadline=None)
@given(st.lists(letting, min_size=2, max_size=40), st.data())
def test_moving_a_row_changes_only_the_two_groups(rows, data):
    i = data.draw(st.integers(0, len(rows) - 1))
    source = rows[i]["corporatie"]
    target = data.draw(st.sampled_from([c for c in "ABC" if c != source]))
    moved = [*rows[:i], {**rows[i], "corporatie": target}, *rows[i + 1 :]]
    before = _by_key(bereken_toewijzing(frame(rows), 2025, G))
    after = _by_key(bereken_toewijzing(frame(moved), 2025, G))
    gem = rows[i]["gemeente"]
    touched = {(source, gem), (target, gem)}
    for key in set(before) | set(after):
        if key not in touched:
            assert before.get(key) == after.get(key)
    n_before = {k: before[k]["verhuringen"] if k in before else 0 for k in touched}
    n_after = {k: after[k]["verhuringen"] if k in after else 0 for k in touched}
    assert n_after[(source, gem)] == n_before[(source, gem)] - 1
    assert n_after[(target, gem)] == n_before[(target, gem)] + 1
