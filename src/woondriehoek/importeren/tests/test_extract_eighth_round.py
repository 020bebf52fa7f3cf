"""Rules found with the eighth held-out round (fixtures_extract/h8_*): party columns marked
"T"/"B", pandoc grid tables, "Met:" fields, a cover that says when the agreements were signed,
numbered paragraphs that wrap in two columns, sub-lists under an item, corporations named
"woningcorporatie X" or by their type word alone, signature tables, notices with a table of
afspraken or a section per corporation."""

from __future__ import annotations

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.tests.extracting import docx_bytes, extract_text, party_ids

HEAD = (
    "Prestatieafspraken Lindewaard 2026\n\n"
    "Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal\n\n"
)
BEEKDAL = "Woonstichting Beekdal"


def test_party_columns_marked_t_and_b_give_trekker_and_betrokkenen():
    import docx

    document = docx.Document()
    document.add_paragraph("Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal")
    document.add_heading("1 Nieuwbouw", level=1)
    table = document.add_table(rows=2, cols=5)
    for cell, text in zip(
        table.rows[0].cells, ["Nr", "Afspraak", "Gemeente", "Corporatie", "Huurders"], strict=True
    ):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells,
        ["1.1", "Beekdal bouwt in 2026 veertig sociale huurwoningen.", "B", "T", ""],
        strict=True,
    ):
        cell.text = text
    result = extract_bytes(docx_bytes(document), "afspraken.docx")
    ids = party_ids(result)
    [item] = result["items"]
    assert item["trekker"] == [ids[BEEKDAL]]
    assert item["betrokkenen"] == [ids["Gemeente Lindewaard"]]


def test_a_cover_that_says_when_the_agreements_were_signed_does_not_end_them():
    """A one-page-per-theme leaflet (PDF): the cover says when the agreements were signed,
    the themes are no numbered headings and the afspraken are boxes with fields."""
    from weasyprint import HTML

    pdf = HTML(
        string="<p>Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal</p>"
        "<p>Ondertekend in Lindewaard, 28 november 2025</p>"
        "<div style='page-break-before: always'><p style='font-size: 18pt'>Meer woningen</p>"
        "<p>1.1</p><p>Beekdal bouwt veertig sociale huurwoningen.<br>Trekker: Beekdal<br>"
        "Wanneer: 2026</p></div>"
    ).write_pdf()
    result = extract_bytes(pdf, "oogopslag.pdf")
    assert [i["text"] for i in result["items"]] == ["Beekdal bouwt veertig sociale huurwoningen."]


def test_a_met_field_and_two_fields_on_one_line(tmp_path):
    result = extract_text(
        tmp_path,
        HEAD + "1 Nieuwbouw\n\n1.1 Beekdal bouwt veertig sociale huurwoningen.\n"
        "Trekker: Beekdal\nMet: gemeente   Wanneer: 2026–2028\n",
    )
    ids = party_ids(result)
    [item] = result["items"]
    assert item["trekker"] == [ids[BEEKDAL]]
    assert item["betrokkenen"] == [ids["Gemeente Lindewaard"]]
    assert item["period"] == {"start": 2026, "end": 2028}


GRID = """# Prestatieafspraken Lindewaard 2025--2028 {#top}

Gemeente Lindewaard\\
Woonstichting Beekdal\\
Huurdersraad Beekdal

# Nieuwbouw {#nieuwbouw}

+------+----------------------------------+----------------------+------------+
| Nr   | Afspraak                         | Wie                  | Wanneer    |
+======+==================================+======================+============+
| 1.1  | Beekdal bouwt in de periode      | Trekker: Beekdal\\    | 2025--2028 |
|      | 2025--2028 veertig sociale       | Met: gemeente        |            |
|      | huurwoningen.[^1]                |                      |            |
+------+----------------------------------+----------------------+------------+

[^1]: Waarvan twintig in de dorpen.
"""


def test_a_pandoc_grid_table_with_labelled_who_cell(tmp_path):
    result = extract_text(tmp_path, GRID, "afspraken.md")
    ids = party_ids(result)
    assert BEEKDAL in ids  # no pandoc line-break backslash in the names
    [item] = result["items"]
    assert item["text"].startswith("Beekdal bouwt in de periode\n2025–2028 veertig")
    assert item["trekker"] == [ids[BEEKDAL]]
    assert item["betrokkenen"] == [ids["Gemeente Lindewaard"]]
    assert item["period"] == {"start": 2025, "end": 2028}


def test_numbered_paragraphs_that_wrap_in_a_narrow_column_are_no_headings():
    """Two-column PDFs: "2.1 X voegt in de periode 2026–" + "2029 samen …" is a sentence;
    "2  Beschikbaarheid en" + "nieuwbouw" + the first sentence is one heading."""
    from woondriehoek.importeren.extract.headings import heading_of, join_wrapped_headings
    from woondriehoek.importeren.extract.model import Line

    prev = "De vraag groeit."
    assert heading_of("2.1 Beekdal voegt in de periode 2026–", prev, "2029 samen 240 toe.") is None
    assert heading_of("2.3 Bij nieuwe gebiedsontwikkelingen is de verdeling", prev, "30% …") is None
    assert heading_of("2.3 Nieuwbouw", prev, "2026 wordt een druk jaar.") is not None
    lines = [
        Line("2  Beschikbaarheid en"),
        Line("nieuwbouw"),
        Line("De vraag naar woningen groeit."),
    ]
    assert join_wrapped_headings(lines)[0].text == "2  Beschikbaarheid en nieuwbouw"


def test_numbered_afspraken_after_an_ambitie_label_are_afspraken(tmp_path):
    result = extract_text(
        tmp_path,
        HEAD + "2 Beschikbaarheid\n\nAMBITIE\nIn 2030 zijn er 400 sociale huurwoningen meer.\n\n"
        "2.1  Beekdal voegt in de periode 2026-2029 samen 240 woningen toe.\n\n"
        "2.2  De gemeente zorgt jaarlijks voor bouwgrond voor 60 woningen.\n",
    )
    kinds = [(i["kind"], i["text"].split()[0]) for i in result["items"]]
    assert kinds == [("ambitie", "In"), ("afspraak", "Beekdal"), ("afspraak", "De")]


def test_a_lower_case_sub_list_belongs_to_the_item_above_it(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Lindewaard 2026\n\nGemeente Lindewaard – Woonstichting Beekdal\n\n"
        "# 1 Nieuwbouw\n\n"
        "**1.1** De gemeente neemt in het omgevingsplan op dat bij nieuwbouwplannen van meer dan "
        "twintig woningen de volgende verdeling geldt:\n\n"
        "1. minimaal 30% sociale huur;\n2. maximaal 50% vrije sector.\n\n"
        "**1.2** Beekdal bouwt in 2026 veertig woningen.\n\n"
        "## Meer informatie\n\n- [Woonvisie Lindewaard 2030](/wonen/woonvisie)\n",
        "wiki.md",
    )
    texts = [i["text"] for i in result["items"]]
    assert len(texts) == 2
    assert texts[0].endswith("minimaal 30% sociale huur;\nmaximaal 50% vrije sector.")
    assert {30, 50} <= {t["value"] for t in result["items"][0]["targets"]}


def test_a_corporation_introduced_in_lower_case_and_a_signature_table():
    import docx

    document = docx.Document()
    document.add_paragraph("Prestatieafspraken Rhenen 2026")
    document.add_paragraph(
        "Afspraken tussen de gemeente Rhenen, woningcorporatie Rhiant en "
        "Huurdersbelangenvereniging Rhenen."
    )
    document.add_heading("1 Nieuwbouw", level=1)
    document.add_paragraph("Rhiant bouwt in 2027 zestig woningen.", style="List Bullet")
    document.add_paragraph("Aldus overeengekomen te Rhenen op 9 december 2025.")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text = "Wethouder Wonen, gemeente Rhenen"
    table.rows[0].cells[1].text = "Directeur-bestuurder Rhiant"
    table.rows[1].cells[0].text = "P.W. van Ginkel"
    table.rows[1].cells[1].text = "L.A. Hendriks"
    result = extract_bytes(docx_bytes(document), "afspraken.docx")
    ids = party_ids(result)
    assert set(ids) == {"Gemeente Rhenen", "Rhiant"}  # and no party called "Hendriks"
    assert result["items"][0]["trekker"] == [ids["Rhiant"]]
    assert [(s["name"], s["party"]) for s in result["signatories"]] == [
        ("P.W. van Ginkel", ids["Gemeente Rhenen"]),
        ("L.A. Hendriks", ids["Rhiant"]),
    ]


def test_a_regional_directors_function_is_no_part_of_the_party(tmp_path):
    result = extract_text(
        tmp_path,
        HEAD.replace("Woonstichting Beekdal", "Woonzorg Nederland")
        + "1 Nieuwbouw\n\n- Woonzorg Nederland bouwt 40 woningen.\n\n"
        "Aldus overeengekomen te Lindewaard op 9 december 2025.\n\n"
        "___________\nE.J. Wiersma\n\nRegiodirecteur Noord, Woonzorg Nederland\n\n"
        "___________\nC. van der Meulen\n\nVoorzitter Huurdersraad Beekdal\n",
    )
    assert "Woonzorg Nederland" in party_ids(result)
    assert not any("Regiodirecteur" in p["name"] for p in result["parties"])


def test_the_one_woningstichting_is_called_by_its_type_word(tmp_path):
    result = extract_text(
        tmp_path,
        "Jaarschijf Den Helder 2026\n\nGemeente Den Helder · Woningstichting Den Helder\n\n"
        "1 Beschikbaarheid\n\n- Woningstichting start in 2026 met de bouw van 86 woningen.\n",
    )
    ids = party_ids(result)
    woningstichting = next(p for p in result["parties"] if p["type"] == "corporatie")
    assert "Den Helder" not in woningstichting["aliases"]  # that is the municipality
    assert result["items"][0]["trekker"] == [ids["Woningstichting Den Helder"]]


def test_a_notice_with_a_table_of_afspraken_and_a_section_per_corporation(tmp_path):
    table_rows = "".join(
        f"| Beekdal bouwt {n} woningen in 2025. | Beekdal | Loopt | Op schema. |\n"
        for n in range(10, 15)
    )
    result = extract_text(
        tmp_path,
        "# Raadsinformatiebrief\n\nOnderwerp: voortgang prestatieafspraken Lindewaard\n\n"
        "In december 2024 hebben de gemeente Lindewaard en Beekdal afspraken gemaakt. "
        "Met deze brief informeren wij u daarover.\n\n# 1 Nieuwbouw\n\n"
        "| Afspraak | Trekker | Status | Toelichting |\n|---|---|---|---|\n" + table_rows,
        "rib.md",
    )
    assert len(result["items"]) == 5  # the letter's prose is context
    notice = extract_text(
        tmp_path,
        "Raadsinformatiebrief\n\nOnderwerp: prestatieafspraken Breda 2026\n"
        "Datum: 16 december 2025\n\n"
        "Op 11 december hebben de gemeente Breda, Alwel en Laurentius\n"
        "afspraken ondertekend voor 2026 tot en met 2029.\n\n"
        "Alwel\n- Bouw van 800 sociale huurwoningen.\n- Renovatie van 320 woningen.\n\n"
        "Laurentius\n- Verduurzaming van 700 woningen.\n- Inzet van twee wijkbeheerders.\n",
        "rib.txt",
    )
    ids = party_ids(notice)
    alwel, laurentius = [ids["Alwel"]], [ids["Laurentius"]]
    assert [i["trekker"] for i in notice["items"]] == [alwel, alwel, laurentius, laurentius]


def test_two_spellings_of_one_corporation_are_one_party(tmp_path):
    result = extract_text(
        tmp_path,
        "Raadsinformatiebrief\n\nDe gemeente Schiedam, de woningcorporaties Woonplus Schiedam en "
        "Havensteder hebben afspraken gemaakt.\n\n1 Nieuwbouw\n\n- Woonplus bouwt 40 woningen.\n",
        "rib.txt",
    )
    names = {p["name"] for p in result["parties"]}
    assert "Woonplus Schiedam" in names
    assert "Woonplus" not in names
