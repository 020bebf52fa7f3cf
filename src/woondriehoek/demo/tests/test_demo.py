from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from woondriehoek.afspraken.constants import ItemSoort
from woondriehoek.afspraken.models import Document, Doel, Item
from woondriehoek.demo.services.loader import load_demo

pytestmark = pytest.mark.django_db


def _history_rows() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in apps.get_models()
        if model.__name__.startswith("Historical")
    }


def test_demo_workspace_meets_the_brief_and_loads_twice_without_duplicates():
    users = load_demo()
    history = _history_rows()
    again = load_demo()
    assert len(users) == len(again)
    # the second load finds everything in place: no audit-trail rows by "systeem"
    assert _history_rows() == history
    assert Document.objects.count() == 3
    multi = Document.objects.get(periode_start=2025, periode_eind=2028)
    assert multi.themas.filter(parent=None).count() >= 5
    assert Item.objects.filter(document=multi).count() >= 40
    assert Doel.objects.filter(item__document=multi).count() >= 15
    assert Item.objects.filter(document=multi, soort=ItemSoort.AMBITIE).exists()
    assert Item.objects.filter(document=multi, verwijst_naar__isnull=False).exists()
    annual = Document.objects.get(periode_start=2021)
    assert multi.vorige == annual
    kinds = {
        m.organisatie.type
        for m in get_user_model().objects.get(username="hbd-bewerker").lidmaatschappen.all()
    }
    assert kinds == {"huurdersorganisatie"}
    parties = {p.organisatie.type for p in multi.partijen.all()}
    assert parties == {"gemeente", "corporatie", "huurdersorganisatie"}
