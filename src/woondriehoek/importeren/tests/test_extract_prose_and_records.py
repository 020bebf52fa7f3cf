"""Layouts without lists or tables: labelled records, inline role labels, prose notices."""

from __future__ import annotations

from woondriehoek.importeren.extract.labels import inline_role
from woondriehoek.importeren.tests.extracting import extract_text, party_ids

CLOSING = "Met vriendelijke groet,\nBurgemeester en wethouders van Lindewaard\n"
HEAD = "Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal (HRB)\n\n"


def test_a_record_of_labelled_lines_is_one_afspraak(tmp_path):
    result = extract_text(
        tmp_path,
        "Jaarschijf 2027\n\n" + HEAD + "4.2\n"
        "Actie:      Renoveren van 64 portiekwoningen aan de Molenstraat, inclusief\n"
        "            het vervangen van alle kozijnen\n"
        "Trekker:    Beekdal\n"
        "Betrokken:  HRB\n"
        "Wanneer:    Q3 2027 – Q2 2028\n"
        "Resultaat:  64 woningen met label A\n",
    )
    ids = party_ids(result)
    [item] = result["items"]
    assert item["number"] == "4.2"
    assert item["text"].startswith("Renoveren van 64 portiekwoningen aan de Molenstraat, inclusief")
    assert "het vervangen van alle kozijnen" in item["text"]  # the wrapped value line
    assert "Resultaat: 64 woningen met label A" in item["text"]  # kept, not lost
    assert item["trekker"] == [ids["Woonstichting Beekdal"]]
    assert item["betrokkenen"] == [ids["Huurdersraad Beekdal"]]
    assert item["period"] == {"start": 2027, "end": 2028}
    assert (
        "HRB"
        in next(p for p in result["parties"] if p["id"] == ids["Huurdersraad Beekdal"])["aliases"]
    )


def test_an_inline_label_gives_the_kind_and_is_not_part_of_the_text():
    assert inline_role("Ambitie: elke starter vindt binnen vijf jaar een betaalbare woning.") == (
        "ambitie",
        "elke starter vindt binnen vijf jaar een betaalbare woning.",
    )
    assert inline_role("**Afspraak:** de gemeente wijst twee bouwlocaties aan.")[0] == "afspraak"
    assert inline_role("Toelichting: de cijfers komen uit de woningmarktmonitor.")[0] == "opgave"
    assert inline_role("De gemeente: levert grond") is None  # a party label, no role
    assert inline_role("Planning: 2027") is None  # too short to be an item


def test_a_prose_notice_gives_one_afspraak_per_agreed_sentence(tmp_path):
    result = extract_text(
        tmp_path,
        "Raadsinformatiebrief\n\nAan de gemeenteraad van Lindewaard\n\n"
        "Geachte leden van de raad,\n\n"
        "Wij hebben op 2 december nieuwe afspraken gemaakt met Woonstichting Beekdal en\n"
        "Huurdersraad Beekdal. Hieronder leest u de hoofdlijnen.\n\n"
        "Met Woonstichting Beekdal is afgesproken dat zij in 2027 veertig sociale huurwoningen\n"
        "oplevert. Beekdal heeft ook toegezegd de huren van kleine woningen niet te verhogen.\n"
        "De gemeente zorgt ervoor dat de bouwvergunningen binnen acht weken worden verleend.\n\n"
        "De kosten passen binnen de begroting van 2027.\n\n" + CLOSING,
    )
    ids = {p["type"]: p["id"] for p in result["parties"]}
    texts = [(i["text"][:30], i["trekker"]) for i in result["items"]]
    assert texts == [
        ("Met Woonstichting Beekdal is a", [ids["corporatie"]]),
        ("Beekdal heeft ook toegezegd de", [ids["corporatie"]]),
        ("De gemeente zorgt ervoor dat d", [ids["gemeente"]]),
    ]
    assert result["items"][0]["period"] == {"start": 2027, "end": 2027}


def test_in_a_section_about_the_agreements_every_sentence_naming_a_party_counts(tmp_path):
    result = extract_text(
        tmp_path,
        "Raadsinformatiebrief\n\nAan de gemeenteraad van Lindewaard\n\n"
        "1. Aanleiding\nDe corporatie heeft veel woningzoekenden op de wachtlijst staan.\n\n"
        "2. Wat hebben we afgesproken?\n"
        "Wij hebben met Woonstichting Beekdal afgesproken dat zij 30 woningen splitst.\n"
        "De corporatie bouwt in 2027 twaalf woningen voor starters aan de Vaart. Zij zorgen er\n"
        "bovendien voor dat de huren van die woningen onder de aftoppingsgrens blijven.\n\n"
        "3. Financien\nDe kosten zijn gedekt in de begroting.\n\n" + CLOSING,
    )
    ids = {p["type"]: p["id"] for p in result["parties"]}
    assert [(i["text"][:24], i["trekker"]) for i in result["items"]] == [
        ("Wij hebben met Woonstich", [ids["corporatie"]]),  # "met X afgesproken": X
        ("De corporatie bouwt in 2", [ids["corporatie"]]),  # no agreement word, but the section
        ("Zij zorgen er bovendien ", [ids["corporatie"]]),  # "Zij": as the sentence before
    ]


def test_a_section_heading_without_number_sets_the_kind_of_the_list_below(tmp_path):
    result = extract_text(
        tmp_path,
        "JAARAFSPRAKEN 2027\n\n"
        "tussen de gemeente Lindewaard, Woonstichting Beekdal en Huurdersraad Beekdal\n\n"
        "Inleiding\nIn het najaar bespreken partijen het bod van de corporatie.\n\n"
        "Afspraken met Woonstichting Beekdal\n\n"
        "1. Beekdal levert in 2027 de 16 woningen aan de Esdoornlaan op.\n"
        "2. De gemeente verleent in 2027 de vergunning voor de sloop aan de Beukenweg.\n\n"
        "Waar staan we nu?\n\n"
        "Lindewaard telt ruim 2.000 sociale huurwoningen, de meeste uit de jaren zestig.\n",
    )
    assert result["document"]["kind"] == "prestatieafspraken"  # not a bod: it mentions one
    assert [i["text"][:20] for i in result["items"]] == [
        "Beekdal levert in 20",
        "De gemeente verleent",
    ]
    assert {i["kind"] for i in result["items"]} == {"afspraak"}


def test_markdown_italic_labels_keep_their_number(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Lindewaard 2027\n\n## 1. Nieuwbouw\n\n"
        "*Afspraak 1.1* Woonstichting Beekdal bouwt in 2027 veertig woningen.\n"
        "*Afspraak 1.2* De gemeente wijst in 2027 twee locaties aan.\n",
        name="doc.md",
    )
    assert [(i["number"], i["text"][:12]) for i in result["items"]] == [
        ("1.1", "Woonstichtin"),
        ("1.2", "De gemeente "),
    ]


def test_a_table_with_a_column_per_party_gives_each_cell_to_its_party(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Lindewaard 2027\n\n" + HEAD + "## 2. Wie doet wat\n\n"
        "| Thema | Gemeente | Woonstichting Beekdal | Huurders |\n"
        "|---|---|---|---|\n"
        "| Nieuwbouw | Wijst de locatie Esweg aan. | Bouwt 30 woningen aan de Esweg.<br>"
        "- Start in 2027 met 12 woningen in Oost. | Denkt mee over het ontwerp van de Esweg. |\n"
        "| Duurzaamheid | | Isoleert 50 woningen naar label B. | |\n"
        "| Leefbaarheid | | | |\n",
        name="doc.md",
    )
    ids = {p["type"]: p["id"] for p in result["parties"]}
    assert [(i["text"][:22], i["trekker"]) for i in result["items"]] == [
        ("Wijst de locatie Esweg", [ids["gemeente"]]),
        ("Bouwt 30 woningen aan ", [ids["corporatie"]]),
        ("Start in 2027 met 12 w", [ids["corporatie"]]),
        ("Denkt mee over het ont", [ids["huurdersorganisatie"]]),  # "Huurders" column
        ("Isoleert 50 woningen n", [ids["corporatie"]]),
    ]
    assert result["items"][2]["period"] == {"start": 2027, "end": 2027}


def test_abbreviations_do_not_end_a_sentence_and_numbers_start_no_record(tmp_path):
    result = extract_text(
        tmp_path,
        "Raadsinformatiebrief\nAan de gemeenteraad van Lindewaard\nDatum: 1 december 2026\n\n"
        "Met Woonstichting Beekdal is afgesproken dat zij ca. 110 woningen bouwt, o.a. 20 voor\n"
        "senioren.\n\n" + CLOSING,
    )
    assert [i["text"] for i in result["items"]] == [
        "Met Woonstichting Beekdal is afgesproken dat zij ca. 110 woningen bouwt, o.a. 20 voor"
        " senioren."
    ]
    records = extract_text(
        tmp_path,
        "Jaarschijf 2027\n\n" + HEAD + "A1\nActie: Beekdal schildert 80 woningen in Oost.\n"
        "Trekker: Beekdal\nA2\nActie: De gemeente plant 40 bomen in Oost.\nTrekker: gemeente\n",
    )
    assert [(i["number"], i["text"]) for i in records["items"]] == [
        ("A1", "Beekdal schildert 80 woningen in Oost."),
        ("A2", "De gemeente plant 40 bomen in Oost."),
    ]
