"""Concrete deadlines of a workspace: presets applied to documents, actors, done marks."""

import datetime as dt

import pytest

from woondriehoek.afspraken.tests.factories import DocumentFactory, PartijFactory
from woondriehoek.cyclus.constants import PRESET_JAARLIJKS, PRESET_MEERJARIG, TermijnStatus
from woondriehoek.cyclus.models import Cyclusregel, Overlegvorm
from woondriehoek.cyclus.services.regels import pas_preset_toe, pas_woningwet_toe
from woondriehoek.cyclus.services.termijnen import markeer_gedaan, markeer_open, termijnen_van

from .factories import OverlegFactory

D = dt.date
pytestmark = pytest.mark.django_db


def _codes(termijnen):
    return [t.regel.code if t.regel else "geschil" for t in termijnen]


def _get(termijnen, code):
    return next(t for t in termijnen if t.regel and t.regel.code == code)


def test_preset_produces_concrete_deadlines_per_year(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    t2026 = termijnen_van(driehoek.gemeente, 2026, D(2026, 1, 10))
    codes = _codes(t2026)
    assert "monitoring" in codes and "activiteiten" in codes and "bundeling" in codes
    assert "tussenevaluatie" not in codes
    assert "ww-bod" not in codes and "ww-jaarschijf" in codes
    assert [t.datum for t in t2026] == sorted(t.datum for t in t2026)
    assert _get(t2026, "resultaten").datum == D(2026, 3, 2)
    assert _get(t2026, "resultaten").verschoven
    assert "tussenevaluatie" in _codes(termijnen_van(driehoek.gemeente, 2027, D(2026, 1, 1)))


def test_last_year_of_a_multi_year_agreement_requires_a_bid(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    t2028 = termijnen_van(driehoek.gemeente, 2028, D(2028, 1, 1))
    assert "ww-bod" in _codes(t2028) and "ww-afspraken" in _codes(t2028)
    assert "ww-jaarschijf" not in _codes(t2028)
    bod = _get(t2028, "ww-bod")
    assert [a.organisatie for a in bod.actoren] == [driehoek.corporatie]
    assert bod.datum == D(2028, 7, 3)  # 1 July 2028 is a Saturday


def test_without_agreements_the_woningwet_asks_a_bid_every_year(db):
    from woondriehoek.organisaties.tests.factories import GemeenteFactory

    gemeente = GemeenteFactory()
    pas_woningwet_toe(gemeente)
    codes = _codes(termijnen_van(gemeente, 2026, D(2026, 1, 1)))
    assert "ww-bod" in codes and "ww-jaarschijf" not in codes


def test_annual_preset_evaluates_the_next_year(driehoek):
    doc2021 = DocumentFactory(gemeenten=[driehoek.gemeente], periode_start=2021, periode_eind=2021)
    PartijFactory(document=doc2021, organisatie=driehoek.gemeente)
    pas_preset_toe(doc2021, PRESET_JAARLIJKS)
    t2022 = termijnen_van(driehoek.gemeente, 2022, D(2022, 8, 1))
    evaluatie = _get(t2022, "evaluatie")
    assert evaluatie.datum == D(2022, 7, 1)
    assert evaluatie.status == TermijnStatus.OVERDUE
    assert "evaluatie" not in _codes(termijnen_van(driehoek.gemeente, 2021, D(2022, 8, 1)))


def test_applying_a_preset_twice_changes_nothing_and_keeps_configuration(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    n = Cyclusregel.objects.count()
    bod = Cyclusregel.objects.get(code="ww-bod")
    bod.herinnering_dagen = 5
    bod.save()
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    assert Cyclusregel.objects.count() == n
    assert Cyclusregel.objects.get(code="ww-bod").herinnering_dagen == 5
    assert Overlegvorm.objects.filter(gemeente=driehoek.gemeente).count() == 5


def test_inactive_rule_produces_nothing(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    Cyclusregel.objects.filter(code="monitoring").update(actief=False)
    assert "monitoring" not in _codes(termijnen_van(driehoek.gemeente, 2026, D(2026, 1, 1)))


def test_done_when_every_party_that_must_act_marked_it(driehoek):
    pas_preset_toe(driehoek.document, PRESET_MEERJARIG)
    today = D(2026, 4, 10)
    monitoring = _get(termijnen_van(driehoek.gemeente, 2026, today), "monitoring")
    assert monitoring.status == TermijnStatus.OVERDUE
    assert set(monitoring.moeten_nog) == {driehoek.gemeente, driehoek.corporatie, driehoek.huurders}
    user = driehoek.user("corporatie-bewerker")
    for org in (driehoek.gemeente, driehoek.corporatie):
        markeer_gedaan(monitoring.regel, 2026, org, user)
    monitoring = _get(termijnen_van(driehoek.gemeente, 2026, today), "monitoring")
    assert monitoring.status == TermijnStatus.OVERDUE
    assert monitoring.moeten_nog == [driehoek.huurders]
    done = next(a for a in monitoring.actoren if a.organisatie == driehoek.corporatie)
    assert done.afronding.gedaan_door == user and done.afronding.gedaan_op
    markeer_gedaan(monitoring.regel, 2026, driehoek.huurders, user)
    assert _get(termijnen_van(driehoek.gemeente, 2026, today), "monitoring").status == "done"
    markeer_open(monitoring.regel, 2026, driehoek.huurders)
    assert _get(termijnen_van(driehoek.gemeente, 2026, today), "monitoring").status == "overdue"


def test_dispute_window_follows_the_start_of_talks(driehoek):
    from django.utils import timezone

    start = timezone.make_aware(dt.datetime(2026, 1, 15, 10, 0))
    OverlegFactory(gemeente=driehoek.gemeente, begin=start, start_onderhandelingen=True)
    (geschil,) = [t for t in termijnen_van(driehoek.gemeente, 2026, D(2026, 7, 20)) if not t.regel]
    assert (geschil.begin, geschil.datum) == (D(2026, 7, 15), D(2026, 8, 12))
    assert geschil.status == TermijnStatus.DUE_SOON
    DocumentFactory(gemeenten=[driehoek.gemeente], ondertekend_op=D(2026, 6, 1))
    (geschil,) = [t for t in termijnen_van(driehoek.gemeente, 2026, D(2026, 7, 20)) if not t.regel]
    assert geschil.status == TermijnStatus.DONE
