"""Organisation names found in running text: where a name ends."""

from __future__ import annotations

from woondriehoek.importeren.extract import parties


def _names(text: str) -> list[str]:
    registry = parties.PartyRegistry()
    parties.organisations_in(text, registry)
    return [p.name for p in registry.parties]


def test_a_name_ends_at_the_end_of_its_line():
    assert _names("Gemeente Vossendaal\nDatum: 16 december 2025") == ["Gemeente Vossendaal"]
    assert _names("Afspraken met Woonstichting Rijnstede\nMet Woonstichting Rijnstede is") == [
        "Woonstichting Rijnstede"
    ]


def test_an_unfinished_name_runs_on_over_the_line_break():
    assert _names("getekend door Woonstichting De\nKernen en de gemeente") == [
        "Woonstichting De Kernen"
    ]


def test_en_joins_a_name_but_not_two_organisations():
    assert _names("met Huurdersvereniging Arnhem en Omstreken") == [
        "Huurdersvereniging Arnhem en Omstreken"
    ]
    assert _names("Huurdersvereniging Rijnstede en\nBewonersraad De Voorde. De afspraken") == [
        "Huurdersvereniging Rijnstede",
        "Bewonersraad De Voorde",
    ]
    assert _names("Huurdersvereniging Rijnstede en Bewonersraad De Voorde") == [
        "Huurdersvereniging Rijnstede",
        "Bewonersraad De Voorde",
    ]
    assert _names("Wooncorporatie Rivierzicht en de Huurdersraad Lingehoven") == [
        "Wooncorporatie Rivierzicht",
        "Huurdersraad Lingehoven",
    ]


def test_a_field_label_on_the_next_line_is_not_part_of_a_name():
    assert _names("Wie: gemeente\nMet wie: Woonstichting Beekdal") == ["Woonstichting Beekdal"]


def test_a_title_line_with_dots_between_the_parties():
    registry = parties.PartyRegistry()
    parties.title_parties(
        ["Gemeente Lingehoven · Wooncorporatie Rivierzicht · Huurdersraad X"], registry
    )
    assert [p.name for p in registry.parties] == [
        "Gemeente Lingehoven",
        "Wooncorporatie Rivierzicht",
        "Huurdersraad X",
    ]


def test_a_type_word_starts_the_next_organisation():
    assert _names("Gemeente Vossendaal\nWoonstichting De Kernen\nHuurdersvereniging Oost") == [
        "Gemeente Vossendaal",
        "Woonstichting De Kernen",
        "Huurdersvereniging Oost",
    ]
    assert _names("tussen Gemeente Vossendaal Woonstichting De Kernen") == [
        "Gemeente Vossendaal",
        "Woonstichting De Kernen",
    ]
