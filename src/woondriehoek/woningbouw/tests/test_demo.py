from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from woondriehoek.organisaties.tests.factories import GemeenteFactory, OrganisatieFactory
from woondriehoek.toewijzing import demo as toewijzing_demo
from woondriehoek.toewijzing.models import Verhuring, Zoekenden
from woondriehoek.toewijzing.services.monitor import resultaten
from woondriehoek.woningbouw import demo as woningbouw_demo
from woondriehoek.woningbouw.models import Project, ProjectOplevering
from woondriehoek.woningbouw.services.pagina import planmonitor

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_computes():
    gemeente = GemeenteFactory(naam="Gemeente Druten")
    OrganisatieFactory(naam="Woonwaarts")
    OrganisatieFactory(naam="Woonstichting De Kernen", aliases=["De Kernen"])
    context = SimpleNamespace(documents={}, users=[])
    for _ in range(2):
        woningbouw_demo.load(context)
        toewijzing_demo.load(context)
    assert Project.objects.count() == 15
    assert ProjectOplevering.objects.count() == 21
    assert Verhuring.objects.count() == 300 and Zoekenden.objects.count() == 5
    kernen = set(Project.objects.values_list("kern", flat=True))
    assert kernen == {"Druten", "Afferden", "Deest", "Horssen", "Puiflijk"}
    [r] = resultaten(gemeente)
    assert {g["corporatie"] for g in r["groepen"]} == {"Woonwaarts", "De Kernen"}
    ww = next(g for g in r["groepen"] if g["corporatie"] == "Woonwaarts")
    assert ww["daeb_doelgroep"]["norm"] == 0.85 and ww["statushouders"]["taakstelling"] == 14
    assert ww["slaagkans"]["jongeren"] is not None
    page = planmonitor(gemeente, dt.date(2025, 6, 1), 2025, 2028)
    assert page["grafiek"].startswith("<svg") and page["afwijkingen"]
