"""Corporations a document names without a type word ("Talis", "Portaal"), from the list in
importeren/extract/data/corporaties.txt; and two details of council notices found with them
(a subject line that is no section, a signing date earlier in the sentence)."""

from __future__ import annotations

from woondriehoek.importeren.extract import document, extract_file, known
from woondriehoek.importeren.extract.kennisgeving import opens_agreements
from woondriehoek.importeren.extract.parties import party_type


def test_the_list_is_clean():
    names = known.names()
    assert len(names) > 100
    assert len(set(names)) == len(names)
    assert all(n == n.strip() and "  " not in n for n in names)
    # ordinary words that would turn sentences into parties are left out
    assert not {"Thuis", "Woonbedrijf", "De Woningstichting", "Stek"} & set(names)


def test_a_listed_name_is_a_corporation_only_as_whole_words():
    assert known.is_corporation("Portaal")
    assert known.is_corporation("Woonstichting Talis")
    assert known.is_corporation("Standvast Wonen")
    assert not known.is_corporation("Portaalwoningen")
    assert not known.is_corporation("portaal")  # case-sensitive: "het portaal" is a website
    assert not known.is_corporation("Talis en de gemeente")  # must end in the name
    assert party_type("Woonwaarts") == "corporatie"
    assert party_type("Mooiland") == "corporatie"


def test_named_in_the_head_or_twice_in_a_notice_body():
    head = "Prestatieafspraken 2027\nGemeente Heuvelstede, Talis, Portaal en Huurdersvereniging"
    assert known.corporations_named(head) == ["Talis", "Portaal"]
    assert known.corporations_named("Afspraken met woonstichting Vryleven") == [
        "Woonstichting Vryleven"
    ]
    once = "Wij kijken ook naar hoe Ymere dit in Almere aanpakt."
    assert known.corporations_named("", once) == []
    twice = "Met Mitros is afgesproken dat zij bouwt. Mitros verkoopt niets."
    assert known.corporations_named("", twice) == ["Mitros"]


def test_a_corporation_invited_in_the_body_of_an_agreement_is_no_party(tmp_path):
    source = tmp_path / "afspraken.txt"
    source.write_text(
        "Prestatieafspraken 2027 gemeente Heuvelstede\n"
        "Gemeente Heuvelstede – Woonstichting Beekdal – Huurdersraad Beekdal\n\n"
        + "".join(f"{n} Thema {n}\n\n- Woonstichting Beekdal doet taak {n}.\n" for n in range(1, 8))
        + "8 Wonen en zorg\n\n"
        "- Partijen gaan in 2027 in overleg met woningcorporatie Woonwaarts over het beheer "
        "van de zorgwoningen.\n"
        "- Woonwaarts wordt uitgenodigd voor het volgende bestuurlijk overleg.\n",
        encoding="utf-8",
    )
    names = {p["name"] for p in extract_file(source)["parties"]}
    assert "Woonwaarts" not in " ".join(names)
    assert "Woonstichting Beekdal" in names


def test_bare_names_become_parties_and_trekkers(tmp_path):
    source = tmp_path / "afspraken.txt"
    source.write_text(
        "Prestatieafspraken 2027\n"
        "Gemeente Heuvelstede, Talis en Huurdersvereniging Heuvelstede\n\n"
        "1 Beschikbaarheid\n\n"
        "Afspraken:\n"
        "- Talis start in 2027 met de bouw van 45 sociale huurwoningen.\n"
        "- De gemeente wijst twee locaties aan voor flexwoningen.\n",
        encoding="utf-8",
    )
    result = extract_file(source)
    talis = next(p for p in result["parties"] if p["name"] == "Talis")
    assert talis["type"] == "corporatie"
    assert result["items"][0]["trekker"] == [talis["id"]]


def test_a_letter_subject_line_is_no_section_about_the_agreements():
    assert opens_agreements("Wat hebben we afgesproken?")
    assert opens_agreements("De afspraken per corporatie")
    assert not opens_agreements("Onderwerp: prestatieafspraken 2027 met Talis")
    assert not opens_agreements("Betreft: prestatieafspraken")


def test_the_signing_date_may_stand_earlier_in_the_sentence():
    lines = [
        "Op 14 december 2026 hebben wij met Woonwaarts en hun huurdersorganisaties de",
        "prestatieafspraken voor 2027 ondertekend. Op 1 maart volgt de jaarschijf.",
    ]
    assert document.signed(lines) == {"date": "2026-12-14", "place": None}
    other_sentence = ["Het overleg was op 3 mei 2026.", "De afspraken zijn ondertekend."]
    assert document.signed(other_sentence) is None


def test_a_tenant_organisation_named_after_its_corporation_stays_apart(tmp_path):
    source = tmp_path / "afspraken.txt"
    source.write_text(
        "Prestatieafspraken 2027\n"
        "Gemeente Heuvelstede, Portaal en Huurdersvereniging Portaal\n\n"
        "1 Wonen\n\n- Portaal bouwt 40 woningen.\n",
        encoding="utf-8",
    )
    types = {p["name"]: p["type"] for p in extract_file(source)["parties"]}
    assert types["Portaal"] == "corporatie"
    assert types["Huurdersvereniging Portaal"] == "huurdersorganisatie"


def test_a_short_bare_name_is_the_party_with_its_type_word():
    head = "Gemeente Heuvelstede – Woonstichting SWZ\nSWZ en de gemeente spreken af"
    assert known.corporations_named(head) == ["Woonstichting SWZ"]
    assert known.corporations_named("SWZ bouwt", "", ["Woonstichting SWZ"]) == []


def test_the_signing_date_is_that_of_the_signing_sentence():
    dated_next = [
        "Op 14 december 2026 hebben wij met Talis de",
        "afspraken ondertekend. Op 1 maart 2027 volgt de jaarschijf.",
    ]
    assert document.signed(dated_next)["date"] == "2026-12-14"
    abbreviation = ["Op 3 juni 2026 hebben wij met o.a. Talis de afspraken ondertekend."]
    assert document.signed(abbreviation)["date"] == "2026-06-03"
    after = ["Aldus overeengekomen en ondertekend te Druten op 12 december 2024."]
    assert document.signed(after) == {"date": "2024-12-12", "place": "Druten"}


def test_letter_fields_without_a_colon_are_no_section_either():
    assert not opens_agreements("Onderwerp\tprestatieafspraken 2027")
    assert not opens_agreements("Ons kenmerk: afspraken-2027")


def test_a_cover_in_capitals_names_the_corporations_as_they_are_listed():
    head = "PRESTATIEAFSPRAKEN 2027\nGEMEENTE NIJMEGEN – TALIS – PORTAAL – WOONWAARTS"
    assert known.corporations_named(head) == ["Talis", "Portaal", "Woonwaarts"]
    assert known.corporations_named("AREA EN ZO") == []  # short names only as listed
