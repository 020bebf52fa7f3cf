"""Validation explains itself in Dutch."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from woondriehoek.afspraken.models import Betrokkenheid, Item
from woondriehoek.afspraken.tests.factories import DocumentFactory, Driehoek, ThemaFactory
from woondriehoek.organisaties.tests.factories import OrganisatieFactory

pytestmark = pytest.mark.django_db


def _messages(exc: ValidationError) -> str:
    return " ".join(str(m) for m in exc.messages)


def test_period_end_before_start_is_refused_in_dutch():
    d = Driehoek()
    item = Item(document=d.document, tekst="x", periode_start=2028, periode_eind=2025)
    with translation.override("nl"), pytest.raises(ValidationError) as exc:
        item.full_clean()
    assert "eindigt" in _messages(exc.value) and "2025" in _messages(exc.value)


def test_trekker_must_be_a_party_of_the_agreement():
    d = Driehoek()
    stranger = OrganisatieFactory(naam="Woonstichting Elders")
    row = Betrokkenheid(item=d.items["gemeente"], rol="trekker", organisatie=stranger)
    with translation.override("nl"), pytest.raises(ValidationError) as exc:
        row.full_clean()
    assert "Woonstichting Elders" in _messages(exc.value)
    assert "geen partij" in _messages(exc.value)


def test_free_text_trekker_is_allowed_but_not_together_with_a_party():
    d = Driehoek()
    Betrokkenheid(item=d.items["gemeente"], rol="trekker", tekst="Sociaal Team").full_clean()
    both = Betrokkenheid(
        item=d.items["gemeente"], rol="trekker", tekst="Sociaal Team", organisatie=d.gemeente
    )
    with pytest.raises(ValidationError):
        both.full_clean()


def test_theme_of_another_document_is_refused():
    d = Driehoek()
    other = ThemaFactory(document=DocumentFactory())
    with pytest.raises(ValidationError):
        Item(document=d.document, thema=other, tekst="x").full_clean()


def test_theme_cannot_be_its_own_ancestor():
    d = Driehoek()
    child = ThemaFactory(document=d.document, parent=d.thema)
    d.thema.parent = child
    with pytest.raises(ValidationError):
        d.thema.full_clean()


def test_item_form_shows_the_dutch_error(client):
    from woondriehoek.organisaties.constants import Rol
    from woondriehoek.organisaties.tests.factories import member

    d = Driehoek()
    client.force_login(member(d.gemeente, Rol.BEHEERDER))
    response = client.post(
        f"/documenten/{d.document.pk}/items/nieuw/",
        {
            "soort": "afspraak",
            "tekst": "Een afspraak",
            "periode_start": 2028,
            "periode_eind": 2025,
            "gewicht": "1",
            "volgorde": 0,
            "betrokken-TOTAL_FORMS": 0,
            "betrokken-INITIAL_FORMS": 0,
            "doelen-TOTAL_FORMS": 0,
            "doelen-INITIAL_FORMS": 0,
        },
        headers={"Accept-Language": "nl"},
    )
    assert response.status_code == 200
    assert "eindigt (2025) voordat" in response.content.decode()
