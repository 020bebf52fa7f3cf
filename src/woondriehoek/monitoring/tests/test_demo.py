from __future__ import annotations

import pytest
from django.urls import reverse

from woondriehoek.afspraken.models import Document
from woondriehoek.demo.services.loader import load_demo

from ..models import Reactie, Realisatie, Voortgang, Zienswijze
from ..services.dashboard import monitor
from ..services.doelen import overzichten
from ..services.periode import Periode

pytestmark = pytest.mark.django_db


def test_demo_shows_a_monitoring_cycle_in_progress_and_loads_twice(client):
    load_demo()
    counts = [m.objects.count() for m in (Voortgang, Realisatie, Reactie, Zienswijze)]
    load_demo()
    assert [m.objects.count() for m in (Voortgang, Realisatie, Reactie, Zienswijze)] == counts
    assert all(counts)
    druten = Document.objects.get(periode_start=2025, periode_eind=2028)
    updates = Voortgang.objects.filter(item__document=druten)
    assert {u.jaar for u in updates} == {2025, 2026}
    assert {"risico", "vertraagd", "op_schema", "gerealiseerd"} <= {u.status for u in updates}
    assert updates.filter(bewijzen__bestand__gt="").exists()
    assert not updates.filter(auteur__isnull=True).exists()
    result = monitor(druten, Periode(2026, "H1"))
    assert result.zonder_update and result.totaal.percentage > 0
    assert len({row.rollup.stoplicht for row in result.themas}) > 1
    assert len(overzichten(druten)) >= 3
    gemeente = druten.gemeenten.get()
    assert client.get(reverse("monitoring:dashboard", args=[gemeente.slug])).status_code == 200
