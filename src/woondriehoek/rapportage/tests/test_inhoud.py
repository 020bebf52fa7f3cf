"""Pure parts: Dutch number formatting, section numbering, CSS page counters, deadline
results."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation

from woondriehoek.cyclus.constants import TermijnStatus
from woondriehoek.cyclus.services.termijnen import Actor, Termijn
from woondriehoek.rapportage.services import opmaak
from woondriehoek.rapportage.services.cyclus import oordeel
from woondriehoek.rapportage.services.inhoud import Rapportdocument, Sectie, Tabel
from woondriehoek.rapportage.services.pdf import paginering_css

from .conftest import nl


def test_dutch_numbers():
    assert opmaak.getal(1234567) == "1.234.567"
    assert opmaak.getal(Decimal("1234.50"), 2) == "1.234,5"
    assert opmaak.getal(Decimal("17.00"), 2) == "17"
    assert opmaak.getal(None) == opmaak.LEEG
    assert opmaak.procent(Decimal("41.6")) == "42%"
    assert opmaak.aandeel(0.9612) == "96,1%"


def test_sections_are_numbered_and_themes_keep_their_number():
    rapport = Rapportdocument("T", "", "Gemeente X", 2025, "")
    rapport.secties = [
        Sectie("Een"),
        Sectie("Twee", subsecties=[Sectie("Sub"), Sectie("3 Wonen", genummerd=False)]),
    ]
    rapport.nummer()
    assert [(level, s.kop, s.anker) for level, s in rapport.toc()] == [
        (1, "1 Een", "h1"),
        (1, "2 Twee", "h2"),
        (2, "2.1 Sub", "h2-1"),
        (2, "3 Wonen", "h2-2"),
    ]


def test_page_counter_css_follows_the_translation():
    with translation.override("nl"):
        css = paginering_css()
    assert "counter(page)" in css and "counter(pages)" in css
    assert css.startswith('"') and nl("Page {page} of {pages}").split("{")[0] in css


def _termijn(status: str, gedaan_op: dt.datetime | None) -> Termijn:
    org = SimpleNamespace(naam="Corporatie")
    afronding = SimpleNamespace(gedaan_op=gedaan_op) if gedaan_op else None
    return Termijn(
        naam="Bod",
        jaar=2025,
        datum=dt.date(2025, 7, 1),
        nominaal=dt.date(2025, 7, 1),
        status=status,
        actoren=[Actor(org, afronding)],
    )


def test_deadline_results():
    def aware(*args):
        return timezone.make_aware(dt.datetime(*args))

    with translation.override("nl"):
        assert oordeel(_termijn(TermijnStatus.DONE, aware(2025, 6, 30, 12))) == nl("met")
        assert oordeel(_termijn(TermijnStatus.DONE, aware(2025, 7, 9, 12))) == nl("met, late")
        assert oordeel(_termijn(TermijnStatus.OVERDUE, None)) == nl("missed")
        assert oordeel(_termijn(TermijnStatus.UPCOMING, None)) == nl("open")


def test_table_widths_favour_text_columns_unless_given():
    tabel = Tabel("t", ["Corporatie", "Verhuringen", "Passend", "Toelichting"], [], getallen=(1, 2))
    assert tabel.kolombreedtes == (33.33, 16.67, 16.67, 33.33)
    assert sum(tabel.kolomdelen) == pytest.approx(1)
    assert Tabel("t", ["a", "b"], [], breedtes=(3, 1)).kolombreedtes == (75, 25)
