"""The demo shows a cycle in progress and can be loaded twice."""

import datetime as dt

import pytest

from woondriehoek.cyclus.models import (
    Activiteit,
    Besluit,
    Cyclusregel,
    Jaarschijf,
    Overleg,
    TermijnAfronding,
)
from woondriehoek.cyclus.services.jaarschijf import indiening_status
from woondriehoek.cyclus.services.overzicht import dashboard_context
from woondriehoek.demo.services.loader import load_demo
from woondriehoek.organisaties.models import Organisatie

pytestmark = pytest.mark.django_db


def _counts():
    return [
        m.objects.count()
        for m in (Cyclusregel, Overleg, Besluit, Jaarschijf, Activiteit, TermijnAfronding)
    ]


def test_demo_cycle_is_idempotent_and_in_progress():
    load_demo()
    first = _counts()
    load_demo()
    assert _counts() == first
    druten = Organisatie.objects.get(naam="Gemeente Druten")
    assert Cyclusregel.objects.filter(gemeente=druten, code="tussenevaluatie").exists()
    assert Cyclusregel.objects.filter(gemeente=druten, code="evaluatie", jaar_van=2022).exists()
    years = {o.begin.year for o in Overleg.objects.filter(gemeente=druten)}
    assert {2025, 2026} <= years
    assert Besluit.objects.filter(items__isnull=False).exists()
    js = Jaarschijf.objects.get(jaar=2026)
    rows = indiening_status(js, dt.date.today())
    assert [r.indiening.organisatie.naam for r in rows if r.te_laat] == ["Woonstichting De Kernen"]
    assert all(r.aantal > 0 for r in rows)
    ctx = dashboard_context(druten, None, dt.date.today())
    assert ctx["overdue"]
