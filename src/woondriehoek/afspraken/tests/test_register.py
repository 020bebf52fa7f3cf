"""Reading the register: the theme tree, filters, 'on our plate', history and as-of dates."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from woondriehoek.afspraken.constants import ItemSoort
from woondriehoek.afspraken.models import Item
from woondriehoek.afspraken.services.register import ItemFilter, load_register
from woondriehoek.afspraken.tests.factories import (
    BetrokkenheidFactory,
    Driehoek,
    ItemFactory,
    ThemaFactory,
)
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

pytestmark = pytest.mark.django_db


def _texts(items) -> set[str]:
    return {i.tekst for i in items}


def test_tree_shows_sub_themes_under_their_parent():
    d = Driehoek()
    sub = ThemaFactory(document=d.document, parent=d.thema, nummer="1.1", titel="Nieuwbouw")
    item = ItemFactory(document=d.document, thema=sub, tekst="Sub-afspraak")
    nodes = load_register(d.document).tree()
    assert [(n.thema, n.depth) for n in nodes] == [(d.thema, 0), (sub, 1)]
    assert nodes[1].items == [item]


def test_filter_by_party_role_theme_kind_year_and_text():
    d = Driehoek()
    other = ThemaFactory(document=d.document, titel="Duurzaamheid")
    sub = ThemaFactory(document=d.document, parent=other, titel="Isolatie")
    ambitie = ItemFactory(
        document=d.document,
        thema=sub,
        soort=ItemSoort.AMBITIE,
        tekst="Wij streven naar energiezuinige woningen",
        periode_start=2027,
        periode_eind=2028,
    )
    BetrokkenheidFactory(item=ambitie, organisatie=d.huurders, rol="betrokkene")
    register = load_register(d.document)

    def found(**kwargs):
        return _texts(register.filter(ItemFilter(**kwargs)))

    assert found(organisatie=d.corporatie.pk, rol="trekker") == {d.items["corporatie"].tekst}
    assert found(organisatie=d.huurders.pk, rol="betrokkene") == {ambitie.tekst}
    assert found(organisatie=d.huurders.pk) == {d.items["huurders"].tekst, ambitie.tekst}
    assert found(thema=other.pk) == {ambitie.tekst}, "a theme includes its sub-themes"
    assert found(soort=ItemSoort.AMBITIE) == {ambitie.tekst}
    assert ambitie.tekst in found(jaar=2027)
    assert ambitie.tekst not in found(jaar=2025)
    assert d.items["gemeente"].tekst in found(jaar=2025), "no period: the document's period"
    assert found(q="ENERGIEZUINIGE") == {ambitie.tekst}


def test_text_filter_ignores_accents_and_case(client):
    d = Driehoek()
    ItemFactory(
        document=d.document, tekst="Wij maken afspraken vóór 1 juli over de ÉÉNMALIGE bijdrage"
    )
    response = client.get(d.document.get_absolute_url(), {"q": "voor 1 juli over de eenmalige"})
    assert "ÉÉNMALIGE" in response.content.decode()
    assert d.items["gemeente"].tekst not in response.content.decode()


def test_htmx_filter_returns_only_the_register_part(client):
    d = Driehoek()
    response = client.get(
        d.document.get_absolute_url(), {"soort": "afspraak"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html and d.items["corporatie"].tekst in html


def test_on_our_plate_lists_what_the_organisation_leads_or_is_involved_in(client):
    d = Driehoek()
    BetrokkenheidFactory(item=d.items["gemeente"], organisatie=d.corporatie, rol="betrokkene")
    client.force_login(member(d.corporatie, Rol.LEZER))
    html = client.get(reverse("afspraken:mijn")).content.decode()
    assert d.items["corporatie"].tekst in html and d.items["gemeente"].tekst in html
    assert d.items["huurders"].tekst not in html
    html = client.get(reverse("afspraken:mijn"), {"rol": "trekker"}).content.decode()
    assert d.items["gemeente"].tekst not in html


def test_history_shows_who_changed_what(client):
    d = Driehoek()
    user = member(d.corporatie, Rol.BEWERKER, first_name="Fatima", last_name="El Amrani")
    item = d.items["corporatie"]
    item.tekst = "Nieuwe tekst van de afspraak"
    item._history_user = user
    item.save()
    client.force_login(user)
    html = client.get(item.get_absolute_url()).content.decode()
    assert "Fatima El Amrani" in html
    assert "Nieuwe tekst van de afspraak" in html
    history = client.get(reverse("afspraken:document_history", args=[d.document.pk]))
    assert "Fatima El Amrani" in history.content.decode()


def test_register_as_it_stood_on_a_date(client):
    d = Driehoek()
    item = d.items["corporatie"]
    past = timezone.now() - dt.timedelta(days=10)
    item.history.all().update(history_date=past)
    for model_history in (d.thema.history, *(i.history for i in d.items.values())):
        model_history.all().update(history_date=past)
    for row in item.betrokkenheden.all():
        row.history.all().update(history_date=past)
    item.tekst = "Tekst van vandaag"
    item.save()
    Item.objects.filter(pk=d.items["huurders"].pk).delete()
    earlier = (past + dt.timedelta(days=1)).date().isoformat()
    html = client.get(d.document.get_absolute_url(), {"op": earlier}).content.decode()
    assert "Tekst van vandaag" not in html
    assert d.items["huurders"].tekst in html, "a deleted item is still in the old register"
    html = client.get(d.document.get_absolute_url()).content.decode()
    assert "Tekst van vandaag" in html and d.items["huurders"].tekst not in html
