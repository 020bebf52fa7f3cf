"""The agreement-specific schedules, with explicit dates."""

import datetime as dt

from woondriehoek.cyclus.services.presets import halfjaarlijks, jaarlijks, meerjarig, tussenjaar
from woondriehoek.cyclus.services.schema import begin_periode, is_actief, termijn_datum

D = dt.date


def _by_code(specs):
    return {s.code: s for s in specs}


def _jaren(spec):
    return [j for j in range(2020, 2032) if is_actief(spec, j)]


def test_multi_year_druten_style():
    r = _by_code(meerjarig(2025, 2028))
    assert termijn_datum(r["monitoring"], 2026) == D(2026, 4, 1)
    assert termijn_datum(r["monitoring"], 2029) == D(2029, 4, 3)  # Easter
    assert _jaren(r["monitoring"]) == [2025, 2026, 2027, 2028]
    assert termijn_datum(r["activiteiten"], 2029) == D(2029, 7, 2)
    assert _jaren(r["activiteiten"]) == [2025, 2026, 2027]
    assert "gemeente" in r["activiteiten"].partijtypes
    assert termijn_datum(r["afstemming"], 2026) == D(2026, 9, 1)
    assert termijn_datum(r["afstemming"], 2029) == D(2029, 9, 3)
    assert begin_periode(r["bundeling"], 2026) == D(2026, 11, 1)
    assert termijn_datum(r["bundeling"], 2026) == D(2026, 11, 30)
    assert r["bundeling"].partijtypes == ("gemeente",)
    assert termijn_datum(r["resultaten"], 2026) == D(2026, 3, 2)  # 1 March is a Sunday
    assert termijn_datum(r["resultaten"], 2027) == D(2027, 3, 1)
    assert _jaren(r["resultaten"]) == [2026, 2027, 2028, 2029]
    assert begin_periode(r["resultaten-uitvraag"], 2025) == D(2025, 12, 1)
    assert termijn_datum(r["resultaten-uitvraag"], 2025) == D(2025, 12, 31)


def test_mid_term_evaluation_in_the_first_half_of_2027_with_bestuurlijk_overleg():
    assert tussenjaar(2025, 2028) == 2027
    r = _by_code(meerjarig(2025, 2028))
    assert _jaren(r["tussenevaluatie"]) == [2027]
    assert begin_periode(r["tussenevaluatie"], 2027) == D(2027, 1, 1)
    assert termijn_datum(r["tussenevaluatie"], 2027) == D(2027, 6, 30)
    bestuurlijk = r["tussenevaluatie-bestuurlijk"]
    assert _jaren(bestuurlijk) == [2027]
    assert begin_periode(bestuurlijk, 2027) == D(2027, 5, 1)
    assert termijn_datum(bestuurlijk, 2027) == D(2027, 6, 30)


def test_annual_agreement_is_evaluated_next_year_by_1_july():
    (evaluatie,) = jaarlijks(2021, 2021)
    assert _jaren(evaluatie) == [2022]
    assert termijn_datum(evaluatie, 2022) == D(2022, 7, 1)


def test_half_yearly_monitoring_look_back_and_jaarschijf_in_december():
    r = _by_code(halfjaarlijks(2026, 2029))
    assert termijn_datum(r["monitoring-juni"], 2026) == D(2026, 6, 30)
    assert begin_periode(r["monitoring-juni"], 2026) == D(2026, 6, 1)
    assert termijn_datum(r["terugblik"], 2026) == D(2026, 12, 31)
    assert termijn_datum(r["terugblik"], 2028) == D(2029, 1, 2)  # Sunday, then New Year
    assert _jaren(r["jaarschijf-december"]) == [2026, 2027, 2028]
