"""Roll-up invariants (hypothesis) and the traffic-light thresholds."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from ..constants import Stoplicht, VoortgangStatus
from ..services.rollup import Meting, rollup, rollup_boom, rollup_per_partij

S = VoortgangStatus
COUNTED = [s for s in S if s != S.VERVALLEN]

pcts = st.integers(min_value=0, max_value=100).map(Decimal)
weights = st.integers(min_value=1, max_value=100_000).map(lambda n: Decimal(n) / 100)
metingen = st.builds(Meting, percentage=pcts, status=st.sampled_from(COUNTED), gewicht=weights)
lists = st.lists(metingen, min_size=1, max_size=30)


@given(lists)
def test_rollup_lies_between_0_and_100_and_between_min_and_max(ms):
    result = rollup(ms).percentage
    assert Decimal(0) <= result <= Decimal(100)
    assert min(m.percentage for m in ms) <= result <= max(m.percentage for m in ms)


@given(metingen)
def test_one_child_gives_the_childs_value(m):
    assert rollup([m]).percentage == m.percentage
    tree = rollup_boom({"ouder": None, "kind": "ouder"}, {"kind": [m]})
    assert tree["ouder"].percentage == tree["kind"].percentage == m.percentage


@given(lists, st.data())
def test_rollup_is_monotone_when_a_child_improves(ms, data):
    index = data.draw(st.integers(min_value=0, max_value=len(ms) - 1))
    old = ms[index]
    better = data.draw(st.integers(min_value=int(old.percentage), max_value=100).map(Decimal))
    improved = [*ms[:index], Meting(better, old.status, old.gewicht), *ms[index + 1 :]]
    assert rollup(improved).percentage >= rollup(ms).percentage


@given(lists, weights)
def test_weights_are_honoured(ms, factor):
    exact = sum(m.percentage * m.gewicht for m in ms) / sum(m.gewicht for m in ms)
    assert abs(rollup(ms).percentage - exact) < Decimal("1e-20")
    scaled = [Meting(m.percentage, m.status, m.gewicht * factor) for m in ms]
    assert abs(rollup(scaled).percentage - rollup(ms).percentage) < Decimal("1e-20")


@given(lists, lists)
def test_parent_shows_the_rollup_of_its_children(a, b):
    tree = rollup_boom({"p": None, "a": "p", "b": "p"}, {"a": a, "b": b})
    assert tree["p"].percentage == rollup(a + b).percentage
    wa, wb = tree["a"].gewicht, tree["b"].gewicht
    weighted = (tree["a"].percentage * wa + tree["b"].percentage * wb) / (wa + wb)
    assert abs(tree["p"].percentage - weighted) < Decimal("1e-20")


def test_heavier_item_pulls_harder():
    light = rollup(
        [
            Meting(Decimal(100), S.GEREALISEERD, Decimal(1)),
            Meting(Decimal(0), S.OP_SCHEMA, Decimal(3)),
        ]
    )
    assert light.percentage == Decimal(25)


def test_items_without_update_count_as_zero_and_cancelled_ones_are_left_out():
    result = rollup(
        [
            Meting(Decimal(80), S.OP_SCHEMA),
            Meting.leeg(),
            Meting(Decimal(0), S.VERVALLEN),
        ]
    )
    assert result.percentage == Decimal(40)
    assert (result.aantal, result.zonder_update, result.vervallen) == (2, 1, 1)
    assert rollup([Meting(Decimal(0), S.VERVALLEN)]).stoplicht == Stoplicht.GRIJS
    assert rollup([]).percentage is None


def _light(*statuses):
    return rollup([Meting(Decimal(50), s) for s in statuses]).stoplicht


def test_traffic_light_thresholds():
    assert _light(S.OP_SCHEMA, S.GEREALISEERD, S.OP_SCHEMA, S.OP_SCHEMA) == Stoplicht.GROEN
    # one at risk out of five = 20% -> orange; one of six (17%) stays green
    assert _light(S.RISICO, *[S.OP_SCHEMA] * 4) == Stoplicht.ORANJE
    assert _light(S.RISICO, *[S.OP_SCHEMA] * 5) == Stoplicht.GROEN
    # any delayed item -> at least orange; a quarter delayed (counts double: 50%) -> red
    assert _light(S.VERTRAAGD, *[S.OP_SCHEMA] * 9) == Stoplicht.ORANJE
    assert _light(S.VERTRAAGD, *[S.OP_SCHEMA] * 3) == Stoplicht.ROOD
    # half at risk or not started -> red; 40% -> orange
    assert _light(S.RISICO, S.NIET_GESTART, S.OP_SCHEMA, S.OP_SCHEMA) == Stoplicht.ROOD
    assert _light(S.RISICO, S.NIET_GESTART, *[S.OP_SCHEMA] * 3) == Stoplicht.ORANJE
    # delayed and at risk add up: 2 + 1 of 6 = 50%
    assert _light(S.VERTRAAGD, S.RISICO, *[S.OP_SCHEMA] * 4) == Stoplicht.ROOD


def test_items_without_update_weigh_as_not_started():
    assert rollup([Meting.leeg(), Meting(Decimal(100), S.GEREALISEERD)]).stoplicht == "rood"


RANK = {Stoplicht.GROEN: 0, Stoplicht.ORANJE: 1, Stoplicht.ROOD: 2}


@given(lists, lists)
def test_a_parents_light_lies_between_its_childrens_lights(a, b):
    tree = rollup_boom({"p": None, "a": "p", "b": "p"}, {"a": a, "b": b})
    ranks = [RANK[tree[k].stoplicht] for k in ("a", "b")]
    assert min(ranks) <= RANK[tree["p"].stoplicht] <= max(ranks)


def test_cancelled_items_do_not_colour_the_light():
    assert _light(S.VERVALLEN, S.VERVALLEN, S.OP_SCHEMA) == Stoplicht.GROEN


def test_party_rollup_counts_each_item_once_per_lead():
    rows = [
        ({1, 2}, Meting(Decimal(100), S.GEREALISEERD)),
        ([1, 1], Meting(Decimal(0), S.VERTRAAGD)),
    ]
    result = rollup_per_partij(rows)
    assert result[1].percentage == Decimal(50) and result[1].aantal == 2
    assert result[2].percentage == Decimal(100) and result[2].stoplicht == Stoplicht.GROEN
