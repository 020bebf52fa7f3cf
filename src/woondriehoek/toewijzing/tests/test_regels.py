"""Hand-computed cases at the boundaries of each rule (limits of 2025 and 2021)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from woondriehoek.huurgrenzen.services.grenzen import grenzen_uit_bestand
from woondriehoek.toewijzing.services.regels import Norm, bereken_toewijzing

from .helpers import frame, verhuring

G25 = grenzen_uit_bestand(2025)  # aftopping 682.96 / 731.93, PT 28375/38500, AOW 27775/37350


def groep(rows, jaar=2025, g=G25, normen=None, zoekenden=None):
    result = bereken_toewijzing(frame(rows), jaar, g, normen, zoekenden)
    assert result["grenzen_jaar"] == g.jaar
    return result["groepen"][0]


def test_rent_exactly_at_capping_limit_is_passend():
    rows = [verhuring(kale_huur=682.96, huishoudgrootte=2, inkomen=38500)] * 19 + [
        verhuring(kale_huur=682.97, huishoudgrootte=2, inkomen=38500)
    ]
    pt = groep(rows)["passend_toewijzen"]
    assert (pt["binnen_inkomensgrens"], pt["tot_aftoppingsgrens"]) == (20, 19)
    assert pt["aandeel"] == 0.95 and pt["voldoet"] is True


def test_one_cent_over_the_limit_breaks_the_rule_and_lists_the_rows():
    rows = [verhuring(kale_huur=682.97, huishoudgrootte=1, inkomen=20000)] * 2 + [
        verhuring(kale_huur=600)
    ] * 18
    g = groep(rows)
    assert g["passend_toewijzen"]["aandeel"] == 0.9
    assert g["passend_toewijzen"]["voldoet"] is False
    breach = next(o for o in g["overtredingen"] if o["regel"] == "passend_toewijzen")
    assert breach["rijen"] == [2, 3]


def test_three_persons_use_the_high_capping_limit():
    rows = [verhuring(kale_huur=731.93, huishoudgrootte=3, inkomen=30000)]
    assert groep(rows)["passend_toewijzen"]["aandeel"] == 1.0
    rows = [verhuring(kale_huur=731.93, huishoudgrootte=2, inkomen=30000)]
    assert groep(rows)["passend_toewijzen"]["aandeel"] == 0.0


def test_income_one_euro_over_the_limit_is_outside_the_target_group():
    over = verhuring(kale_huur=900.0, huishoudgrootte=1, inkomen=28376)
    at = verhuring(kale_huur=600.0, huishoudgrootte=1, inkomen=28375)
    pt = groep([over, at])["passend_toewijzen"]
    assert pt["binnen_inkomensgrens"] == 1 and pt["aandeel"] == 1.0


def test_aow_household_uses_the_aow_limit():
    # 28,000 is under the general single limit (28,375) but over the AOW one (27,775).
    aow = verhuring(kale_huur=800.0, inkomen=28000, aow=True, leeftijd=70)
    jong = verhuring(kale_huur=800.0, inkomen=28000, aow=False)
    assert groep([aow])["passend_toewijzen"]["binnen_inkomensgrens"] == 0
    assert groep([jong])["passend_toewijzen"]["binnen_inkomensgrens"] == 1


def test_aow_multi_person_limit_falls_back_when_missing():
    g24 = grenzen_uit_bestand(2024)  # no AOW multi-person limit recorded
    assert g24.pt_grens(meerpersoons=True, aow=True) == g24.passend_toewijzen_mp


def test_daeb_share_at_92_5_percent_meets_the_norm():
    inside = verhuring(inkomen=49669)  # exactly the single-person DAEB limit
    outside = verhuring(inkomen=49670)
    d = groep([inside] * 37 + [outside] * 3)["daeb_doelgroep"]
    assert d["aandeel"] == 0.925 and d["norm"] == 0.925 and d["voldoet"] is True
    d = groep([inside] * 36 + [outside] * 4)["daeb_doelgroep"]
    assert d["voldoet"] is False


def test_raised_free_share_lowers_the_norm():
    rows = [verhuring(inkomen=30000)] * 17 + [verhuring(inkomen=90000)] * 3
    normen = {("Woonwaarts", "Druten"): Norm(vrije_ruimte=0.15)}
    d = groep(rows, normen=normen)["daeb_doelgroep"]
    assert d["norm"] == 0.85 and d["aandeel"] == 0.85 and d["voldoet"] is True


def test_lettings_above_the_liberalisation_limit_are_not_daeb():
    rows = [verhuring(inkomen=30000), verhuring(kale_huur=950.0, inkomen=90000)]
    d = groep(rows)["daeb_doelgroep"]
    assert d["daeb_verhuringen"] == 1 and d["aandeel"] == 1.0


def test_multi_person_household_uses_the_multi_person_daeb_limit():
    rows = [verhuring(inkomen=54847, huishoudgrootte=2)]
    assert groep(rows)["daeb_doelgroep"]["aandeel"] == 1.0


def test_before_2022_the_80_10_10_rule_applies():
    g21 = grenzen_uit_bestand(2021)  # DAEB 40,024; lage middeninkomens up to 44,655
    d21 = dt.date(2021, 6, 1)
    rows = (
        [verhuring(datum=d21, inkomen=40024)] * 8
        + [verhuring(datum=d21, inkomen=44655)]
        + [verhuring(datum=d21, inkomen=60000)]
    )
    d = groep(rows, jaar=2021, g=g21)["daeb_doelgroep"]
    assert d["regel"] == "80/10/10" and d["norm"] == 0.8
    assert d["aandeel"] == 0.8 and d["aandeel_boven_middeninkomens"] == 0.1
    assert d["voldoet"] is True
    rows[8] = verhuring(datum=d21, inkomen=44656)  # now 20% above the middle-income limit
    assert groep(rows, jaar=2021, g=g21)["daeb_doelgroep"]["voldoet"] is False


def test_urgent_share_against_maximum():
    rows = [verhuring(route="urgentie")] * 2 + [verhuring(route="statushouder")] + [verhuring()] * 7
    u = groep(rows)["urgent"]
    assert u["aandeel"] == 0.3 and u["voldoet"] is True
    rows[5] = verhuring(route="bijzondere_bemiddeling")
    g = groep(rows)
    assert g["urgent"]["voldoet"] is False
    breach = next(o for o in g["overtredingen"] if o["regel"] == "urgent")
    assert breach["rijen"] == [2, 3, 4, 7]


def test_statushouders_against_taakstelling():
    rows = [verhuring(route="statushouder")] * 2 + [verhuring()] * 8
    normen = {("Woonwaarts", "Druten"): Norm(taakstelling=3, max_urgent=1)}
    s = groep(rows, normen=normen)["statushouders"]
    assert s == {"aantal": 2, "taakstelling": 3, "voldoet": False}
    normen = {("Woonwaarts", "Druten"): Norm(taakstelling=2, max_urgent=1)}
    assert groep(rows, normen=normen)["statushouders"]["voldoet"] is True


def test_lottery_young_people_and_rent_classes():
    rows = [
        verhuring(route="loting", leeftijd=22, kale_huur=477.20),
        verhuring(leeftijd=23, kale_huur=477.21),
        verhuring(kale_huur=900.07),
        verhuring(kale_huur=1184.82, inkomen=60000),
        verhuring(kale_huur=1184.83, inkomen=60000),
    ]
    g = groep(rows)
    assert g["loting"]["aandeel"] == 0.2 and g["jongeren"]["aantal"] == 1
    assert g["huurklassen"] == {
        "goedkoop": 1,
        "betaalbaar_1": 1,
        "betaalbaar_2": 0,
        "duur_sociaal": 1,
        "middenhuur": 1,
        "vrije_sector": 1,
    }
    assert sum(sum(r.values()) for r in g["huur_inkomen"].values()) == 5
    assert g["huur_inkomen"]["boven_daeb"]["vrije_sector"] == 1


def test_slaagkans_is_lettings_over_active_seekers_per_gemeente():
    rows = [verhuring(leeftijd=20)] * 3 + [verhuring(huishoudgrootte=4, inkomen=30000)]
    rows.append(verhuring(corporatie="De Kernen", leeftijd=19))
    zoekenden = pl.DataFrame(
        {
            "jaar": [2025, 2025, 2025],
            "gemeente": ["Gemeente Druten", "Druten", "Druten"],
            "groep": ["jongeren", "gezinnen", "alle"],
            "actief": [40, 10, 100],
        }
    )
    result = bereken_toewijzing(frame(rows), 2025, G25, None, zoekenden)
    kans = result["groepen"][0]["slaagkans"]
    assert kans["jongeren"] == 0.1 and kans["gezinnen"] == 0.1 and kans["alle"] == 0.05
    assert kans["senioren"] is None


def test_only_the_requested_year_counts():
    rows = [verhuring(), verhuring(datum=dt.date(2024, 12, 31))]
    result = bereken_toewijzing(frame(rows), 2025, G25)
    assert result["verhuringen"] == 1


@pytest.mark.parametrize("jaar", [2015, 2020])
def test_years_without_passend_toewijzen_limits_are_not_assessed(jaar):
    g = grenzen_uit_bestand(jaar)
    rows = [verhuring(datum=dt.date(jaar, 5, 1), inkomen=20000)]
    pt = groep(rows, jaar=jaar, g=g)["passend_toewijzen"]
    assert pt["aandeel"] is None and pt["voldoet"] is None
