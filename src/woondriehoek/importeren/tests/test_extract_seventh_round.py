"""Rules found with the seventh held-out round (fixtures_extract/h7_*): a table exported with
tabs, an HTML table inside Markdown, afspraken in one-cell Word boxes with a bold numbered
title and "Trekker:"/"Gereed:" lines, and a signatory row that names a party with its
abbreviation."""

from __future__ import annotations

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.tests.extracting import docx_bytes, extract_text, party_ids


def test_a_table_exported_with_tabs(tmp_path):
    result = extract_text(
        tmp_path,
        "PRESTATIEAFSPRAKEN KATWIJK 2025\nGemeente Katwijk - Dunavie - Huurdersraad Dunavie\n\n"
        "1 Beschikbaarheid\nAfspraak\tTrekker\tJaar\n"
        "Dunavie levert 72 sociale huurappartementen op in Zanderij.\tDunavie\t2025\n"
        "De gemeente neemt 30% sociale huur op in nieuwe plannen.\tGemeente\t2025 e.v.\n",
    )
    ids = party_ids(result)
    assert [(i["trekker"], i["period"]) for i in result["items"]] == [
        ([ids["Dunavie"]], {"start": 2025, "end": 2025}),
        ([ids["Gemeente Katwijk"]], {"start": 2025, "end": None}),
    ]


def test_an_html_table_inside_markdown(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Den Helder 2025–2027\n\nGemeente Den Helder – Woontij\n\n"
        "# 1 Nieuwbouw\n\n<table>\n<tr><th>Afspraak</th><th>Trekker</th><th>Jaar</th></tr>\n"
        "<tr><td>Woontij realiseert 48 <b>grondgebonden</b> huurwoningen.</td><td>Woontij</td>"
        "<td>2026</td></tr>\n</table>\n",
        "afspraken.md",
    )
    [item] = result["items"]
    assert item["text"] == "Woontij realiseert 48 grondgebonden huurwoningen."
    assert item["trekker"] == [party_ids(result)["Woontij"]]
    assert item["period"] == {"start": 2026, "end": 2026}


def test_afspraken_in_word_boxes_with_a_numbered_bold_title():
    import docx

    document = docx.Document()
    document.add_paragraph("Kaderafspraken Wonen Heerenveen 2026 – 2029")
    document.add_paragraph("Gemeente Heerenveen – Elkien – Huurdersplatform Elkien")
    document.add_heading("1 Nieuwbouw", level=1)
    box = document.add_table(rows=1, cols=1).rows[0].cells[0]
    box.paragraphs[0].add_run("Resultaatafspraak 3 – Starterswoningen").bold = True
    box.add_paragraph("Elkien bouwt 40 starterswoningen in Heerenveen-Zuid.")
    box.add_paragraph("Trekker: Elkien")
    box.add_paragraph("Gereed: 2027")
    signatures = document.add_table(rows=2, cols=2)
    for cell, text in zip(
        signatures.rows[0].cells + signatures.rows[1].cells,
        ["Gemeente Heerenveen", "J. de Vries", "Huurdersplatform Elkien (HPE)", "S. Jellema"],
        strict=True,
    ):
        cell.text = text
    result = extract_bytes(docx_bytes(document), "kaders.docx")
    ids = party_ids(result)
    [item] = result["items"]
    assert item["text"].startswith("Elkien bouwt 40 starterswoningen") and item["number"] == "3"
    assert item["trekker"] == [ids["Elkien"]]
    assert item["period"] == {"start": 2027, "end": 2027}


def test_an_afspraak_under_its_own_heading_with_field_lines(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Deventer 2026\n\nGemeente Deventer – Rentree – Woonbedrijf ieder1\n\n"
        "## 2 Beschikbaarheid\n\n### 2.1 Nieuwbouw Zandweerd-Noord\n\n"
        "ieder1 start in 2026 met de bouw van 72 sociale huurwoningen in Zandweerd-Noord.\n\n"
        "**Trekker:** ieder1  \n**Betrokken:** gemeente  \n**Planning:** 2026–2027\n",
        "afspraken.md",
    )
    ids = party_ids(result)
    [item] = result["items"]
    assert item["text"].startswith("ieder1 start in 2026")
    assert item["trekker"] == [ids["Woonbedrijf ieder1"]]
    assert item["betrokkenen"] == [ids["Gemeente Deventer"]]
    assert item["period"] == {"start": 2026, "end": 2027}
    assert [t["value"] for t in item["targets"] if t["unit"] != "jaar"] == [72]  # not ieder"1"


def test_year_columns_with_figures_give_the_period(tmp_path):
    result = extract_text(
        tmp_path,
        "# Bod 2026–2028 Woontij\n\nWoontij – Gemeente Den Helder\n\n## 1. Nieuwbouw\n\n"
        "| Nr | Voornemen | 2026 | 2027 | 2028 |\n|---|---|---|---|---|\n"
        "| 1 | Wij bouwen sociale huurwoningen in Julianadorp. | – | 40 | 60 |\n",
        "bod.md",
    )
    [item] = result["items"]
    assert item["kind"] == "voornemen" and item["period"] == {"start": 2027, "end": 2028}
    assert {40, 60} <= {t["value"] for t in item["targets"]}
