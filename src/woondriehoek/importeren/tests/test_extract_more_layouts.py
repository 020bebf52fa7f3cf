"""Rules found with the second held-out round (documents in fixtures_extract/ho_*): contract
articles, numbered paragraphs, numbered activity records, a corporation's bod in prose, amounts
in millions, names with "en" in table cells and the municipality of a parties block."""

from __future__ import annotations

from woondriehoek.importeren.extract import numbers
from woondriehoek.importeren.extract.mentions import Matcher, resolve_cell
from woondriehoek.importeren.extract.parties import Party
from woondriehoek.importeren.tests.extracting import extract_text, party_ids


def _texts(result: dict) -> list[str]:
    return [i["text"] for i in result["items"]]


def test_contract_articles_with_lettered_items(tmp_path):
    result = extract_text(
        tmp_path,
        "PRESTATIEAFSPRAKEN 2027\n\nGemeente Beekdal - Stichting Beekwonen\n\nPartijen:\n\n"
        "1. De gemeente Beekdal, zetelend te Beek, te dezen vertegenwoordigd door de wethouder;\n"
        "2. Stichting Beekwonen, statutair gevestigd te Beek, te dezen vertegenwoordigd door\n"
        "haar bestuurder, hierna te noemen: Beekwonen;\n\n"
        "komen het volgende overeen:\n\n"
        "Artikel 1 Nieuwbouw\n\n"
        "a. Beekwonen start in 2027 met de bouw van 28 sociale huurwoningen in het plan\n"
        "   Noordhoek.\n"
        "b. De gemeente levert de grond tegen de sociale grondprijs.\n",
    )
    assert _texts(result) == [
        "Beekwonen start in 2027 met de bouw van 28 sociale huurwoningen in het plan Noordhoek.",
        "De gemeente levert de grond tegen de sociale grondprijs.",
    ]  # the parties' descriptions are no afspraken
    assert result["themes"][0]["title"] == "Nieuwbouw"
    names = {p["name"]: p["aliases"] for p in result["parties"]}
    assert "Beekwonen" in names["Stichting Beekwonen"]  # "hierna" reaches back over the entry


def test_numbered_paragraphs_under_a_party_chapter(tmp_path):
    result = extract_text(
        tmp_path,
        "Jaarafspraken 2027\n\nGemeente Beekdal · Woonwaard\n\n3 Afspraken Woonwaard\n\n"
        "3.1     Woonwaard levert in 2027 85 nieuwe sociale huurwoningen op, waarvan 60 in\n"
        "        De Draai en 25 in Broek.\n\n"
        "3.2     Voor sociale huurwoningen hanteert de gemeente in 2027 een grondprijs van €\n"
        "        19.750 per woning.\n",
    )
    texts = _texts(result)
    assert len(texts) == 2 and texts[0].startswith("Woonwaard levert in 2027")
    assert texts[1].endswith("€ 19.750 per woning.")  # the line ending in "€" is no heading
    assert {"value": 60.0, "unit": "woningen"}.items() <= result["items"][0]["targets"][2].items()


def test_a_numbered_line_with_indented_fields_is_a_record(tmp_path):
    result = extract_text(
        tmp_path,
        "JAARSCHIJF 2027\nGemeente Beekdal\n\nAfkortingen:\n  GB  = gemeente Beekdal\n"
        "  ELK = Elkien\n\n1 BESCHIKBAARHEID\n\n"
        "1.1  Oplevering 52 sociale huurwoningen Sneek, plan Tinga\n"
        "     Trekker:    ELK\n     Betrokken:  GB\n     Planning:   Q3 2027\n\n"
        "1.2  Transformatie kantoorpand naar 18 studio's voor jongeren\n"
        "     tot 27 jaar\n     Trekker:    GB\n     Planning:   2027-2028\n",
    )
    first, second = result["items"]
    ids = party_ids(result)
    assert first["trekker"] == [ids["Elkien"]] and first["period"]["start"] == 2027
    assert second["text"].startswith("Transformatie kantoorpand naar 18 studio's voor jongeren tot")
    assert second["period"] == {"start": 2027, "end": 2028}


def test_a_bod_in_prose_gives_the_corporations_intentions(tmp_path):
    result = extract_text(
        tmp_path,
        # paragraphs wrap over lines as in a letter (a blank line after every line would
        # read as double spacing)
        "AREA\n\nAan het college van burgemeester en wethouders van de gemeente Emmen\n"
        "t.a.v. de wethouder Wonen\n\nOnderwerp: bod 2027\n\nGeacht college,\n\n"
        "Met deze brief doet Area u het bod voor 2027. Area verhuurt in uw gemeente\n"
        "ruim 7.300 woningen.\n\n1. Nieuwbouw\n\n"
        "Het aantal kleine huishoudens groeit al jaren en de zoektijd voor een sociale\n"
        "huurwoning is lang.\n\n"
        "Wij bouwen in 2027 in totaal 95 nieuwe huurwoningen: 40 in Emmermeer en 55 in\n"
        "Klazienaveen.\n\nDaarnaast zijn wij voornemens om in 2027 60 portiekwoningen aan de\n"
        "Statenweg te slopen.\n\nWij investeren in 2027 naar verwachting € 18,5 miljoen in\n"
        "onderhoud.\n",
    )
    area = next(p["id"] for p in result["parties"] if p["name"] == "Area")
    assert result["document"]["kind"] == "bod"
    assert result["document"]["municipalities"] == ["Emmen"]
    assert [i["kind"] for i in result["items"]] == ["voornemen"] * 3
    assert all(i["trekker"] == [area] for i in result["items"])  # "wij" is the corporation
    money = [t for t in result["items"][2]["targets"] if t["unit"] == "euro"]
    assert money[0]["value"] == 18_500_000


def test_the_parts_of_a_number_keep_its_unit():
    found = [(t["value"], t["unit"]) for t in numbers.targets("450 woningen, waarvan 300 in A")]
    assert (300.0, "woningen") in found
    other = [(t["value"], t["unit"]) for t in numbers.targets("10 woningen en 2 bijeenkomsten")]
    assert (2.0, "aantal") in other


def test_a_name_with_en_stays_whole_in_a_table_cell():
    parties = [
        Party("p1", "Gemeente Hogeland", "gemeente", ["gemeente"]),
        Party("p2", "Wierden en Borgen", "corporatie"),
        Party("p3", "Lefier", "corporatie"),
    ]
    matcher = Matcher(parties)
    assert resolve_cell("Gemeente en Wierden en Borgen", matcher) == ["p1", "p2"]
    assert resolve_cell("Wierden en Borgen / Lefier", matcher) == ["p2", "p3"]
    assert resolve_cell("Lefier, zorgpartners", matcher) == ["p3", "zorgpartners"]


def test_a_parties_block_with_a_lower_case_alias_names_the_municipality(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Hogeland 2027–2030\n\nPartijen\n\n"
        "Gemeente Het Hogeland, hierna: de gemeente;\n"
        "Stichting Lefier, hierna: Lefier;\n\n1. Nieuwbouw\n\n"
        "- Lefier realiseert in de periode 2027–2030 in totaal 120 woningen.\n",
    )
    assert {p["name"] for p in result["parties"]} >= {"Gemeente Het Hogeland", "Stichting Lefier"}
    assert result["document"]["municipalities"] == ["Het Hogeland"]
    assert result["items"][0]["period"] == {"start": 2027, "end": 2030}


def test_in_a_notice_de_corporatie_is_the_partner_and_context_is_no_afspraak(tmp_path):
    result = extract_text(
        tmp_path,
        "Raadsinformatiebrief\n\nAan de gemeenteraad van Heerlen\n\n"
        "Wat is er afgesproken?\n\n"
        "Weller heeft het grootste bezit in onze gemeente, vooral in Heerlerheide. Met Weller "
        "is afgesproken dat de corporatie in 2026 start met de bouw van 40 woningen. Met "
        "Woonpunt is afgesproken dat Woonpunt en de gemeente samen een plan maken voor de "
        "wijk. Woonpunt verkoopt in 2026 geen sociale huurwoningen.\n",
    )
    ids = party_ids(result)
    trekkers = {i["text"][:20]: i["trekker"] for i in result["items"]}
    assert not any(t.startswith("Weller heeft") for t in trekkers)
    assert trekkers["Met Weller is afgesp"] == [ids["Weller"]]
    assert set(trekkers["Met Woonpunt is afge"]) == {ids["Woonpunt"], ids["Gemeente Heerlen"]}


def test_an_x_under_a_party_column_makes_it_the_trekker(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Beekdal 2026\nGemeente Beekdal · Stadlander · Huurdersraad Beek\n\n"
        "1 Nieuwbouw\n\n"
        "| Afspraak | Gemeente | Corporatie | Huurders | Jaar |\n|---|---|---|---|---|\n"
        "| Stadlander bouwt 240 sociale huurwoningen in de Bergse Haven. | | X | | 2026 |\n"
        "| De gemeente levert de grond tegen de sociale grondprijs. | X | | | 2027 |\n",
        "doc.md",
    )
    ids = party_ids(result)
    assert ids["Stadlander"]  # the bare part of the title line is the corporation
    assert [i["trekker"] for i in result["items"]] == [
        [ids["Stadlander"]],
        [ids["Gemeente Beekdal"]],
    ]
    assert [i["period"]["start"] for i in result["items"]] == [2026, 2027]


def test_a_row_per_corporation_gives_an_afspraak_per_bullet(tmp_path):
    result = extract_text(
        tmp_path,
        "Raadsinformatiebrief\n\nAan de gemeenteraad van Beekdal\n\n"
        "Wij informeren u over de prestatieafspraken 2026 met Ymere en Elan Wonen.\n\n"
        "| Corporatie | Belangrijkste afspraken |\n|---|---|\n"
        "| Ymere | • Ymere levert in 2026 210 sociale huurwoningen op.<br>• Verduurzaming van "
        "340 woningen naar label B. |\n"
        "| Elan Wonen | Elan Wonen voegt 120 woningen toe in Lincolnpark. |\n",
        "doc.md",
    )
    ids = party_ids(result)
    assert [(i["text"][:22], i["trekker"]) for i in result["items"]] == [
        ("Ymere levert in 2026 2", [ids["Ymere"]]),
        ("Verduurzaming van 340 ", [ids["Ymere"]]),  # no subject: the row's corporation
        ("Elan Wonen voegt 120 w", [ids["Elan Wonen"]]),
    ]


def test_signature_columns_of_party_and_person(tmp_path):
    result = extract_text(
        tmp_path,
        "PRESTATIEAFSPRAKEN 2026\nGemeente Beekdal – Omnivera – Huurdersplatform Beek\n\n"
        "1 Wonen\n\n1. Omnivera bouwt in 2026 40 woningen.\n\n"
        "Aldus overeengekomen en ondertekend te Beek op 15 december 2025.\n\n"
        "Gemeente Beekdal                 A.C. Mulder, wethouder Wonen\n\n"
        "Omnivera                         E.H. Schipper, directeur-bestuurder\n",
    )
    names = {p["name"] for p in result["parties"]}
    assert names == {"Gemeente Beekdal", "Omnivera", "Huurdersplatform Beek"}
    people = {(s["name"], s["party"]) for s in result["signatories"]}
    ids = party_ids(result)
    assert ("E.H. Schipper", ids["Omnivera"]) in people


def test_a_letter_titled_bod_is_a_bod_and_wonen_names_have_a_short_alias(tmp_path):
    result = extract_text(
        tmp_path,
        "Woonwenz\n\nCollege van burgemeester en wethouders van de gemeente Venlo\n\n"
        "Onderwerp: Bod 2027–2028 op de woonvisie\n\nGeacht college,\n\n"
        "Hierbij ontvangt u ons bod. Het sluit aan op de prestatieafspraken 2025.\n",
    )
    assert result["document"]["kind"] == "bod"
    from woondriehoek.importeren.extract.aliases import finish
    from woondriehoek.importeren.extract.parties import PartyRegistry

    registry = PartyRegistry()
    registry.add("Sité Woondiensten")
    assert finish(registry, "In 2027 bouwt Sité 40 woningen.")[0].aliases == ["Sité"]
