"""The legal cycle: bid, talks, agreements, annual accounts, dispute, multi-year agreements."""

import datetime as dt

import pytest

from woondriehoek.cyclus.constants import Voorwaarde
from woondriehoek.cyclus.services import woningwet
from woondriehoek.cyclus.services.schema import termijn_datum

D = dt.date
DRUTEN = [(2025, 2028)]


@pytest.mark.parametrize(
    ("jaar", "bod"),
    [(2024, True), (2025, False), (2026, False), (2027, False), (2028, True), (2029, True)],
)
def test_a_multi_year_agreement_replaces_the_bid_except_in_its_last_year(jaar, bod):
    assert woningwet.bod_vereist(jaar, DRUTEN) is bod
    assert woningwet.jaarschijf_vereist(jaar, DRUTEN) is not bod


def test_annual_agreements_need_a_bid_every_year():
    assert woningwet.bod_vereist(2021, [(2021, 2021), (2022, 2022)])
    assert not woningwet.jaarschijf_vereist(2021, [(2021, 2021)])


def test_consecutive_multi_year_agreements():
    perioden = [(2021, 2024), (2025, 2028)]
    assert woningwet.bod_vereist(2024, perioden)
    assert not woningwet.bod_vereist(2025, perioden)


def _regel(code):
    return next(r for r in woningwet.regels() if r.code == code)


def test_bid_and_invitation_before_1_july_by_every_corporation():
    for code in ("ww-bod", "ww-uitnodiging"):
        regel = _regel(code)
        assert (regel.maand, regel.dag) == (7, 1)
        assert regel.partijtypes == ("corporatie",)
        assert regel.voorwaarde == Voorwaarde.BODJAAR
    assert termijn_datum(_regel("ww-bod"), 2029) == D(2029, 7, 2)


def test_agreements_before_15_december_by_all_three_parties():
    regel = _regel("ww-afspraken")
    assert (regel.maand, regel.dag) == (12, 15)
    assert set(regel.partijtypes) == {"gemeente", "corporatie", "huurdersorganisatie"}
    assert termijn_datum(regel, 2029) == D(2029, 12, 17)
    assert termijn_datum(_regel("ww-jaarschijf"), 2026) == D(2026, 12, 15)
    assert _regel("ww-jaarschijf").voorwaarde == Voorwaarde.JAARSCHIJFJAAR


def test_agreements_go_with_the_annual_accounts_and_are_published():
    assert _regel("ww-jaarstukken").partijtypes == ("corporatie",)
    assert (_regel("ww-jaarstukken").maand, _regel("ww-jaarstukken").dag) == (7, 1)
    assert "gemeente" in _regel("ww-publicatie").partijtypes


def test_dispute_window_opens_after_six_months_and_lasts_four_weeks():
    assert woningwet.geschil_venster(D(2026, 1, 15)) == (D(2026, 7, 15), D(2026, 8, 12))


def test_dispute_window_end_moves_off_the_weekend():
    # 31 Aug + 6 months = 28 Feb 2026; + 4 weeks = Sat 28 March 2026 -> Monday 30 March.
    assert woningwet.geschil_venster(D(2025, 8, 31)) == (D(2026, 2, 28), D(2026, 3, 30))
