"""Cases a reviewer found against the rules of the third and fourth held-out rounds: each
input was mis-read by a first version of a rule (see test_extract_more_layouts.py)."""

from __future__ import annotations

from woondriehoek.importeren.extract import document, numbers
from woondriehoek.importeren.extract.aliases import finish
from woondriehoek.importeren.extract.kennisgeving import agreement_sentences, trekker
from woondriehoek.importeren.extract.mentions import Matcher, resolve_cell
from woondriehoek.importeren.extract.parties import Party, PartyRegistry
from woondriehoek.importeren.tests.extracting import extract_text

PARTIES = [
    Party("p1", "Gemeente Beekdal", "gemeente", ["gemeente"]),
    Party("p2", "Vlietstede", "corporatie"),
    Party("p3", "Huurdersraad Beek", "huurdersorganisatie"),
]


def test_linking_words_beside_a_name_are_no_party():
    matcher = Matcher(PARTIES)
    assert resolve_cell("Vlietstede i.s.m. gemeente", matcher) == ["p2", "p1"]
    assert resolve_cell("Vlietstede, samen met gemeente", matcher) == ["p2", "p1"]
    assert resolve_cell("Vlietstede / zorgpartners", matcher) == ["p2", "zorgpartners"]


def test_state_sentences_only_describe_and_willingness_is_an_agreement():
    matcher = Matcher(PARTIES)
    text = (
        "Vlietstede bezit ruim 4.000 woningen in Beekdal. Vlietstede is bereid om in 2027 "
        "40 woningen te bouwen. Vlietstede heeft de ambitie om alle woningen label B te geven."
    )
    told = [s for s, _ in agreement_sentences(text, matcher, in_agreements=True)]
    assert told == [
        "Vlietstede is bereid om in 2027 40 woningen te bouwen.",
        "Vlietstede heeft de ambitie om alle woningen label B te geven.",
    ]


def test_de_corporatie_is_the_partner_only_when_the_partner_is_a_corporation():
    matcher = Matcher(PARTIES)
    assert trekker(
        "Met Vlietstede is afgesproken dat de corporatie 40 woningen bouwt.", matcher
    ) == ["p2"]
    sentence = "Met Huurdersraad Beek is afgesproken dat de corporatie hen tweemaal per jaar hoort."
    assert trekker(sentence, matcher) != ["p3"]


def test_a_lower_case_hierna_alias_makes_no_party(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\nGemeente Beekdal – Woonstichting Vlietstede\n\n"
        "Stichting Welzijn Beekdal (hierna: de welzijnsstichting) begeleidt de huurders.\n",
    )
    assert "Stichting Welzijn Beekdal" not in {p["name"] for p in result["parties"]}


def test_a_short_alias_of_x_wonen_only_when_the_text_uses_it():
    registry = PartyRegistry()
    registry.add("Qua Wonen")
    assert finish(registry, "Qua betaalbaarheid zorgt de gemeente voor een fonds.")[0].aliases == []
    registry = PartyRegistry()
    registry.add("Sité Woondiensten")
    assert finish(registry, "In 2027 bouwt Sité 40 woningen.")[0].aliases == ["Sité"]


def test_a_wrapped_line_that_starts_with_a_number_continues_the_record(tmp_path):
    result = extract_text(
        tmp_path,
        "JAARSCHIJF 2027\nGemeente Beekdal\n\n1 BESCHIKBAARHEID\n\n"
        "1.3  Bouw van een complex aan de Dorpsstraat met\n"
        "     25 starterswoningen\n"
        "     Trekker:    gemeente\n     Planning:   2027\n",
    )
    assert [i["text"] for i in result["items"]] == [
        "Bouw van een complex aan de Dorpsstraat met 25 starterswoningen"
    ]


def test_a_numbered_item_with_lettered_parts_is_no_heading(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\nGemeente Beekdal – Woonstichting Vlietstede\n\n"
        "1 Betaalbaarheid\n\n1. Vlietstede bevriest in 2027 de huur\n"
        "a. voor huurders met een laag inkomen;\nb. voor woningen met label E of slechter.\n",
    )
    assert result["items"][0]["text"].startswith("Vlietstede bevriest in 2027 de huur")
    assert [t["title"] for t in result["themes"]] == ["Betaalbaarheid"]


def test_a_place_in_a_title_line_of_parties_is_no_corporation(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\nGemeente Beekdal – Woonstichting Vlietstede – Zierikzee\n\n"
        "1 Wonen\n\n- Vlietstede bouwt 40 woningen in Zierikzee.\n",
    )
    assert "Zierikzee" not in {p["name"] for p in result["parties"]}


def test_seated_somewhere_is_no_party_description_without_a_representative(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\nGemeente Beekdal – Woonstichting Vlietstede\n\n1 Zorg\n\n"
        "- Vlietstede opent in 2027 een zorgsteunpunt, gevestigd in de voormalige school.\n",
    )
    assert len(result["items"]) == 1


def test_a_head_line_starting_with_bod_makes_no_bod():
    head = (
        "Samen bouwen aan Beekdal\nPrestatieafspraken 2027 op basis van het\nbod met deze afspraken"
    )
    assert document.detect_kind(head, head, head) == "prestatieafspraken"
    assert document.detect_kind("Bod 2027–2028: overzicht", "", "") == "bod"


def test_millions_are_whole_euros():
    money = [t for t in numbers.targets("€ 4,1 mln voor onderhoud") if t["unit"] == "euro"]
    assert money[0]["value"] == 4_100_000
