"""Where the eighth round's rules must stop (from a review of them): each case is one the
first version of those rules got wrong."""

from __future__ import annotations

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.tests.extracting import docx_bytes, extract_text, party_ids

HEAD = (
    "Prestatieafspraken Lindewaard 2026\n\n"
    "Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal\n\n"
)
BEEKDAL = "Woonstichting Beekdal"


def test_a_label_word_inside_a_field_value_is_no_second_field(tmp_path):
    result = extract_text(
        tmp_path,
        "Jaarschijf 2026 Lindewaard\n\n"
        "Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal\n\n1 Nieuwbouw\n\n"
        "A1\nActiviteit: Beekdal start de bouw van 60 sociale huurwoningen\n"
        "Trekker: Woonstichting Beekdal\n"
        "Resultaat: 60 woningen, per jaar: 20 in 2026, 20 in 2027 en 20 in 2028\n"
        "Planning: 2026–2028\n\n"
        "A2\nActiviteit: De gemeente voert het gesprek met: zorgpartijen en welzijn\n"
        "Trekker: gemeente\nPlanning: 2026\n",
    )
    first, second = result["items"]
    assert first["period"] == {"start": 2026, "end": 2028}
    assert "per jaar: 20 in 2026, 20 in 2027 en 20 in 2028" in first["text"]
    assert second["text"] == "De gemeente voert het gesprek met: zorgpartijen en welzijn"
    assert second["betrokkenen"] == []


def test_a_party_label_between_an_item_and_lower_case_bullets_keeps_them_apart(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Lindewaard 2026\n\n"
        "Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal\n\n## 1 Nieuwbouw\n\n"
        "- Partijen versnellen samen de nieuwbouw en maken daarvoor per partij deze afspraken:\n\n"
        "De gemeente:\n\n- stelt in 2026 grond beschikbaar voor 120 woningen;\n"
        "- verleent vergunningen binnen acht weken.\n",
        "afspraken.md",
    )
    ids = party_ids(result)
    assert [i["trekker"] for i in result["items"][1:]] == [[ids["Gemeente Lindewaard"]]] * 2


def test_energy_labels_in_party_columns_are_no_parts():
    import docx

    document = docx.Document()
    document.add_paragraph(
        "Gemeente Lindewaard – Woonstichting Beekdal – Woonbron Lindewaard – Huurdersraad Beekdal"
    )
    document.add_heading("3 Duurzaamheid", level=1)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ["Peiljaar", "Woonstichting Beekdal", "Woonbron Lindewaard"],
        ["Gemiddeld label eind 2024 (nulmeting)", "E", "E"],
        ["Gemiddeld label eind 2027 (doel)", "B", "B"],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    result = extract_bytes(docx_bytes(document), "labels.docx")
    assert not any("label eind" in i["text"] for i in result["items"])


def test_a_notice_reads_the_new_afspraken_in_prose_beside_a_progress_table(tmp_path):
    rows = "".join(f"| Afspraak {n} van 2025 | Beekdal | gereed |\n" for n in range(1, 6))
    result = extract_text(
        tmp_path,
        "# Raadsinformatiebrief\n\nOnderwerp: voortgang 2025 en afspraken 2026\n\n"
        "Aan de gemeenteraad van Lindewaard\n\n## Voortgang 2025\n\n"
        "| Afspraak | Trekker | Status |\n|---|---|---|\n" + rows + "\n## Afspraken voor 2026\n\n"
        "Met Woonstichting Beekdal is afgesproken dat de corporatie in 2026 nog 60 sociale "
        "huurwoningen oplevert.\n",
        "rib.md",
    )
    assert any(i["text"].startswith("Met Woonstichting Beekdal") for i in result["items"])


def test_a_lower_case_corporation_description_stays_on_its_line(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Haarlem 2026–2029\ntussen de gemeente Haarlem en de woningcorporatie\n"
        "Vastgesteld op 12 december 2025\n\nGemeente Haarlem – Woonstichting Beekdal\n\n"
        "1 Nieuwbouw\n\n1. Woonstichting Beekdal bouwt in 2026 veertig woningen.\n",
    )
    assert "Vastgesteld" not in party_ids(result)
    other = extract_text(
        tmp_path,
        "Prestatieafspraken Haarlem 2026\ntussen de gemeente Haarlem en woningcorporatie Ymere "
        "Huurdersvereniging Haarlem\n\n1 Nieuwbouw\n\n1. Ymere bouwt in 2026 veertig woningen.\n",
    )
    assert not any("Ymere Huurdersvereniging" in name for name in party_ids(other))


def test_a_short_numbered_heading_before_a_line_that_opens_with_a_year(tmp_path):
    result = extract_text(
        tmp_path,
        HEAD + "1 Nieuwbouw\n\n1.1 Woonstichting Beekdal bouwt in 2026 veertig woningen.\n\n"
        "2 Wonen en zorg voor ouderen\n2026 wordt het jaar van de woonzorgvisie.\n\n"
        "2.1 De gemeente stelt in 2026 een woonzorgvisie vast.\n",
    )
    assert [t["title"] for t in result["themes"]] == ["Nieuwbouw", "Wonen en zorg voor ouderen"]


def test_numbered_ambitions_under_an_ambities_label_stay_ambitions(tmp_path):
    result = extract_text(
        tmp_path,
        HEAD + "1 Duurzaamheid\n\nAmbities:\n\n1.1 In 2030 hebben alle huurwoningen label B.\n\n"
        "1.2 In 2050 zijn alle woningen aardgasvrij.\n\nAfspraken:\n\n"
        "1.3 Woonstichting Beekdal isoleert in 2026 300 woningen.\n",
    )
    assert [i["kind"] for i in result["items"]] == ["ambitie", "ambitie", "afspraak"]


def test_a_row_across_a_grid_table_titles_the_rows_below_it(tmp_path):
    table = (
        "+------+------------------------------+----------+\n"
        "| Nr   | Afspraak                     | Trekker  |\n"
        "+======+==============================+==========+\n"
        "| 1.1  | Beekdal bouwt 80 woningen.   | Beekdal  |\n"
        "+------+------------------------------+----------+\n"
        "| Doorstroming en bestaande voorraad             |\n"
        "+------+------------------------------+----------+\n"
        "| 1.2  | De gemeente stelt een        | gemeente |\n"
        "|      | doorstroomregeling op.       |          |\n"
        "+------+------------------------------+----------+\n"
    )
    result = extract_text(
        tmp_path, "# Prestatieafspraken Lindewaard 2026\n\n" + HEAD[36:] + table, "a.md"
    )
    assert [i["text"].split()[0] for i in result["items"]] == ["Beekdal", "De"]


def test_links_to_each_afspraak_and_spaced_pandoc_dashes(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Lindewaard 2026\n\n" + HEAD[36:] + "## 1 Nieuwbouw\n\n"
        "- [Woonstichting Beekdal bouwt in 2026 veertig woningen in Noord](/afspraken/1-1)\n"
        "- [De gemeente levert in 2026 een bouwlocatie voor 30 woningen](/afspraken/1-2)\n"
        "- Beekdal bevriest de huur onder de aftoppingsgrens -- zie ook de bijlage.\n",
        "a.md",
    )
    assert [i["text"] for i in result["items"]] == [
        "Woonstichting Beekdal bouwt in 2026 veertig woningen in Noord",
        "De gemeente levert in 2026 een bouwlocatie voor 30 woningen",
        "Beekdal bevriest de huur onder de aftoppingsgrens – zie ook de bijlage.",
    ]


def test_another_woningstichting_named_in_the_text_is_not_the_partys_alias(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Lindewaard 2026\n\n"
        "Gemeente Lindewaard – Woningstichting Beekdal – Huurdersraad Beekdal\n\n## 1 Nieuwbouw\n\n"
        "- Woningstichting Hof (buurgemeente) neemt in 2026 twintig woningen over.\n",
        "a.md",
    )
    assert result["items"][0]["trekker"] == []


def test_a_signature_table_of_parties_names_and_functions():
    import docx

    document = docx.Document()
    document.add_paragraph("Gemeente Lindewaard – Woonstichting Beekdal")
    document.add_heading("1 Nieuwbouw", level=1)
    document.add_paragraph("Woonstichting Beekdal bouwt 40 woningen.", style="List Number")
    document.add_paragraph("Aldus overeengekomen en ondertekend te Lindewaard op 12 december 2025")
    table = document.add_table(rows=3, cols=2)
    rows = [
        ["Gemeente Lindewaard", "Woonstichting Beekdal"],
        ["J. de Vries", "K. Bakker"],
        ["wethouder Wonen", "directeur-bestuurder"],
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    result = extract_bytes(docx_bytes(document), "a.docx")
    ids = party_ids(result)
    assert [(s["name"], s["role"], s["party"]) for s in result["signatories"]] == [
        ("J. de Vries", "Wethouder Wonen, Gemeente Lindewaard", ids["Gemeente Lindewaard"]),
        ("K. Bakker", "Directeur-bestuurder, Woonstichting Beekdal", ids[BEEKDAL]),
    ]
