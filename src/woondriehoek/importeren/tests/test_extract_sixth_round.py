"""Rules found with the sixth held-out round (fixtures_extract/h6_*): contract articles
"Artikel 3 – Nieuwbouw" with lettered parts after a blank line and articles of definitions
or final provisions that hold no afspraken; a table with a column per year marked "X"; a row
of abbreviations "GZ = gemeente Zwolle; dW = deltaWonen; …"; "Allen" as a trekker cell."""

from __future__ import annotations

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.extract.readers.pdf import read_pdf
from woondriehoek.importeren.tests.extracting import docx_bytes, extract_text, party_ids


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    return docx_bytes(document)


def test_contract_articles_with_a_dash_and_lettered_parts_in_word():
    result = extract_bytes(
        _docx(
            [
                "Samenwerkingsovereenkomst Lindewaard 2026–2029",
                "DE ONDERGETEKENDEN:",
                "1. De gemeente Lindewaard, zetelend te Linde, te dezen vertegenwoordigd door de"
                " wethouder;",
                "2. Stichting Casade, statutair gevestigd te Waalwijk, te dezen vertegenwoordigd"
                " door haar bestuurder;",
                "Artikel 1 – Begripsbepalingen",
                "1.1 Jaarschijf: de jaarlijkse uitwerking van deze overeenkomst.",
                "Artikel 3 – Nieuwbouw",
                "3.1 Casade voegt in de periode 2026 tot en met 2029 320 woningen toe.",
                "3.2 De gemeente brengt Casade in positie op de volgende locaties:",
                "a. Havenkwartier: circa 90 appartementen, oplevering in 2027;",
                "b. Kerkstraat: 26 woningen, start bouw in 2026.",
                "Artikel 8 – Slotbepalingen",
                "8.1 Op deze overeenkomst is Nederlands recht van toepassing.",
            ]
        ),
        "overeenkomst.docx",
    )
    texts = [i["text"] for i in result["items"]]
    assert texts[0].startswith("Casade voegt in de periode 2026")
    assert texts[1].startswith("De gemeente brengt Casade in positie op de volgende locaties:")
    assert "a. Havenkwartier" in texts[1] and "b. Kerkstraat" in texts[1]
    assert len(texts) == 2  # no definitions, no final provisions
    assert result["items"][0]["theme"] == "t3"


def test_a_column_per_year_marked_with_x_and_a_row_of_abbreviations():
    from weasyprint import HTML

    rows = "".join(
        f"<tr><td>{text}</td><td>{who}</td>"
        + "".join(f"<td>{'X' if year in years else ''}</td>" for year in (2026, 2027, 2028))
        + "</tr>"
        for text, who, years in [
            ("De corporaties isoleren samen 2.400 woningen.", "dW, OB", (2026, 2027, 2028)),
            ("De gemeente stelt een wijkplan op.", "GZ", (2027, 2028)),
            ("Partijen evalueren deze afspraken.", "Allen", (2028,)),
        ]
    )
    pdf = HTML(
        string="<style>td, th { border: 0.6pt solid #555 } table { border-collapse: collapse;"
        " width: 100% } th { background: #004b87; color: white }</style>"
        "<h1>Prestatieafspraken Zwolle 2026–2028</h1><p>Afkortingen: GZ = gemeente Zwolle; dW ="
        " deltaWonen; OB = Openbaar Belang (corporatie).</p>"
        "<p>Gemeente Zwolle – deltaWonen – Openbaar Belang</p>"
        "<table><thead><tr><th>Afspraak</th><th>Trekker</th><th>2026</th><th>2027</th>"
        f"<th>2028</th></tr></thead><tbody>{rows}</tbody></table>"
    ).write_pdf()
    assert len([b for b in read_pdf(pdf)[0] if b.kind == "row"]) == 3
    result = extract_bytes(pdf, "matrix.pdf")
    ids = party_ids(result)
    assert set(ids) == {"Gemeente Zwolle", "deltaWonen", "Openbaar Belang"}
    assert [(i["trekker"], i["period"]) for i in result["items"]] == [
        ([ids["deltaWonen"], ids["Openbaar Belang"]], {"start": 2026, "end": 2028}),
        ([ids["Gemeente Zwolle"]], {"start": 2027, "end": 2028}),
        (sorted(ids.values()), {"start": 2028, "end": 2028}),
    ]


def test_a_legend_line_is_no_party_name(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\n\nAfkortingen: GZ = gemeente Lindewaard; OB = Openbaar Belang;"
        " HO = Stichting Huurdersbelang Oost\n\n1 Nieuwbouw\n\n- OB bouwt 40 woningen.\n",
    )
    ids = party_ids(result)
    assert {"Openbaar Belang", "Stichting Huurdersbelang Oost"} <= set(ids)
    assert result["items"][0]["trekker"] == [ids["Openbaar Belang"]]


def test_a_two_column_pdf_with_hyphenation_keeps_its_paragraphs():
    from weasyprint import HTML

    body = "".join(
        f"<p>{who} {what}</p>"
        for who, what in [
            (
                "De corporaties",
                "voegen in de periode 2026–2029 samen ten minste 1.150 sociale huurwoningen"
                " toe aan de voorraad; minimaal veertig procent daarvan is bestemd voor een- en"
                " tweepersoonshuishoudens in de binnenstedelijke woningbouwlocaties.",
            ),
            (
                "SWZ",
                "start in het tweede kwartaal van 2026 met de bouw van 126"
                " seniorenwoningen rond een gezamenlijke ontmoetingsruimte in Stadshagen.",
            ),
            (
                "De gemeente",
                "hanteert voor sociale huurwoningen een vaste grondprijs van"
                " € 22.500 per woning en behandelt vergunningaanvragen met voorrang.",
            ),
        ]
    )
    pdf = HTML(
        string="<html lang='nl'><style>body { columns: 2; font: 10pt sans-serif; hyphens: auto;"
        " text-align: justify } @page { size: A4; margin: 2cm }</style><h1>Prestatieafspraken"
        " Zwolle 2026–2029</h1><p>Gemeente Zwolle – SWZ – deltaWonen</p><h2>1 Nieuwbouw</h2>"
        "<p>Zwolle groeit door tot ruim 150.000 inwoners in 2035. Ongeveer een op de vijf"
        f" huurders van de corporaties heeft moeite met de vaste lasten.</p>{body}</html>"
    ).write_pdf()
    result = extract_bytes(pdf, "tweekoloms.pdf")
    texts = [i["text"] for i in result["items"]]
    assert [t.split()[0] for t in texts] == ["De", "SWZ", "De"]  # context first: no item
    assert "tweepersoonshuishoudens" in texts[0] and "-" not in texts[1].replace("–", "")


def test_a_council_proposal_its_decisions_are_no_afspraken(tmp_path):
    result = extract_text(
        tmp_path,
        "GEMEENTE VENLO\n\nRAADSVOORSTEL\n\n1. BESLISPUNTEN\n\nDe raad wordt voorgesteld:\n"
        "1. in te stemmen met de prestatieafspraken met Antares en Woonwenz;\n"
        "2. het college opdracht te geven de afspraken te ondertekenen.\n\n"
        "3. SAMENVATTING VAN DE AFSPRAKEN\n\n"
        "Hieronder vatten wij de afspraken per thema samen. Partijen delen de ambitie om de"
        " zoektijd terug te brengen tot 24 maanden.\n\n"
        "Met Antares is afgesproken dat zij in 2027 zonnepanelen legt op 300 woningen.\n",
    )
    ids = party_ids(result)
    assert [(i["kind"], i["text"][:23]) for i in result["items"]] == [
        ("ambitie", "Partijen delen de ambit"),
        ("afspraak", "Met Antares is afgespro"),
    ]
    assert result["items"][1]["trekker"] == [ids["Antares"]]


def test_a_markdown_table_with_short_delimiters_and_a_labelled_goal(tmp_path):
    result = extract_text(
        tmp_path,
        "# Uitvoeringsprogramma 2026\n\nGemeente Alphen – Woonforte\n\n"
        "Afkortingen: Gem. = gemeente Alphen; WF = Woonforte.\n\n## 1. Nieuwbouw\n\n"
        "**Doel 2026:** de bouw van minimaal 250 sociale huurwoningen start.\n\n"
        "| # | Actie | Eigenaar | Q1 | Q2 |\n|---|---|---|:-:|:-:|\n"
        "| 1.1 | Start bouw 164 appartementen | WF |  | ✓ |\n"
        "| 1.2 | Vaste grondprijs van € 19.500 per woning | Gem. | ✓ |  |\n",
        "programma.md",
    )
    ids = party_ids(result)
    assert [(i["kind"], i["trekker"]) for i in result["items"]] == [
        ("ambitie", []),
        ("afspraak", [ids["Woonforte"]]),
        ("afspraak", [ids["Gemeente Alphen"]]),
    ]


def test_ocr_bullets_read_as_e_and_an_alias_after_two_names(tmp_path):
    result = extract_text(
        tmp_path,
        "PRESTATIEAFSPRAKEN WONEN IN OLDAMBT 2026\n\n"
        "Deze afspraken zijn gemaakt door de gemeente Oldambt, de woningcorporaties Acantus en"
        " Woonservice Drenthe (hierna: Woonservice) en Huurdersorganisatie Oldambt.\n\n"
        "1. NIEUWBOUW\n\n"
        "e Acantus start in 2026 met de bouw van 36 huurwoningen in Winschoten.\n"
        "e Woonservice sloopt in 2026 de 24 duplexwoningen in Finsterwolde.\n",
    )
    ids = party_ids(result)
    assert [(i["text"].split()[0], i["theme"], i["trekker"]) for i in result["items"]] == [
        ("Acantus", "t1", [ids["Acantus"]]),
        ("Woonservice", "t1", [ids["Woonservice Drenthe"]]),
    ]


def test_a_joint_bod_named_in_the_subject_field_of_a_letter():
    import docx

    document = docx.Document()
    document.add_paragraph("Vanhier Wonen en Huurdersbelangenvereniging Voerendaal")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Betreft"
    table.rows[0].cells[1].text = "gezamenlijk bod 2026–2030 / overzicht voorgenomen werkzaamheden"
    document.add_paragraph("Aan het college van burgemeester en wethouders van Voerendaal")
    document.add_paragraph("Deze afspraken bouwen voort op de prestatieafspraken 2021–2025.")
    document.add_heading("1. Nieuwbouw", level=1)
    document.add_paragraph("Wij bouwen in de periode 2026–2030 in totaal 64 sociale huurwoningen.")
    result = extract_bytes(docx_bytes(document), "bod.docx")
    assert result["document"]["kind"] == "bod"
    assert [i["kind"] for i in result["items"]] == ["voornemen"]


def test_the_activities_of_one_years_programme_run_in_that_year(tmp_path):
    result = extract_text(
        tmp_path,
        "# Uitvoeringsprogramma 2026\n\n**Prestatieafspraken Alphen 2025–2029 – jaarschijf"
        " 2026**\n\nGemeente Alphen – Woonforte\n\n## 1. Nieuwbouw\n\n"
        "| # | Actie | Eigenaar | Q1 | Q2 |\n|---|---|---|:-:|:-:|\n"
        "| 1.1 | Start bouw 164 appartementen | Woonforte |  | ✓ |\n"
        "| 1.2 | Grondprijsbeleid doorlopend bijstellen | Gemeente Alphen | ✓ | ✓ |\n",
        "programma.md",
    )
    assert result["document"]["period"] == {"start": 2026, "end": 2026}
    assert [i["period"] for i in result["items"]] == [{"start": 2026, "end": 2026}] * 2


def test_a_type_word_alone_at_a_line_end_is_no_party(tmp_path):
    result = extract_text(
        tmp_path,
        "Monitor prestatieafspraken 2026\n\n"
        "Gemeente Middelburg – Woningbouwvereniging Arnemuiden – Huurdersbelangenvereniging de\n"
        "Hoogaars\n\nIn 2022 hebben de gemeente Middelburg, Woningbouwvereniging Arnemuiden en"
        " Huurdersbelangenvereniging de Hoogaars afspraken gemaakt.\n\n1 Nieuwbouw\n\n"
        "- Woningbouwvereniging Arnemuiden bouwt 40 woningen.\n",
    )
    assert "Huurdersbelangenvereniging" not in party_ids(result)
