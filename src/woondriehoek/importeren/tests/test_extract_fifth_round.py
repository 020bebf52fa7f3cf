"""Rules found with the fifth held-out round (fixtures_extract/h5_*): tables without vertical
rules (a shaded header and a rule under each row) and a shaded header above a ruled body in a
PDF, title rows across a table (PDF and DOCX), items with a code ("A1", "A.1"), chapters
lettered "A.", "B." in sequence, and a sentence in the head that is no line of parties."""

from __future__ import annotations

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.extract.model import HEADING, ROW
from woondriehoek.importeren.extract.readers.pdf import read_pdf
from woondriehoek.importeren.tests.extracting import (
    docx_bytes,
    extract_text,
    party_ids,
    shaded_table_pdf,
)


def _rows(n: int, start: int = 1) -> str:
    return "".join(
        f"<tr><td>Beekdal renoveert complex {k} met {k + 10} woningen in de wijk Oost en"
        f" vervangt daarbij de kozijnen.</td><td>Beekdal</td><td>loopt</td>"
        f"<td>In {2025 + k % 2} zijn de eerste woningen klaar.</td></tr>"
        for k in range(start, start + n)
    )


TABLE = (
    "<table><thead><tr><th>Afspraak</th><th>Trekker</th><th>Status</th><th>Toelichting</th>"
    "</tr></thead><tbody><tr class='thema'><td colspan='4'>Thema 1 – Beschikbaarheid en"
    " nieuwbouw</td></tr>{first}<tr class='thema'><td colspan='4'>Thema 2 – Duurzaamheid</td>"
    "</tr>{second}</tbody></table>"
)


def test_a_table_of_a_shaded_header_and_rules_under_the_rows():
    pdf = shaded_table_pdf(
        TABLE.format(first=_rows(3), second=_rows(30, start=4)),
        "border-bottom: 0.5pt solid #bbb",
    )
    blocks, _ = read_pdf(pdf)
    rows = [b for b in blocks if b.kind == ROW]
    assert len(rows) == 33  # over the page break, the repeated header no row
    assert rows[0].header == ["afspraak", "trekker", "status", "toelichting"]
    assert rows[0].cells[1:3] == ["Beekdal", "loopt"]
    titles = [(b.marker, b.text) for b in blocks if b.kind == HEADING]
    assert ("1", "Beschikbaarheid en nieuwbouw") in titles and ("2", "Duurzaamheid") in titles
    result = extract_bytes(pdf, "evaluatie.pdf")
    ids = party_ids(result)
    assert len(result["items"]) == 33
    last = result["items"][-1]
    assert last["text"].startswith("Beekdal renoveert complex 33 met 43 woningen")
    assert last["trekker"] == [ids["Woonstichting Beekdal"]] and last["theme"] == "t2"


def test_a_shaded_header_above_a_ruled_body_is_its_header_row():
    body = (
        "<table><thead><tr><th>Afspraak</th><th>Wie</th><th>Wanneer</th></tr></thead><tbody>"
        "<tr><td>De gemeente wijst in 2027 twee locaties aan.</td><td>Gemeente</td>"
        "<td>2027</td></tr><tr><td>Beekdal bouwt 40 woningen.</td><td>Beekdal</td>"
        "<td>2028</td></tr></tbody></table>"
    )
    pdf = shaded_table_pdf(body, "border: 0.6pt solid #444")  # the header cells draw no rules
    rows = [b for b in read_pdf(pdf)[0] if b.kind == ROW]
    assert [r.cells for r in rows] == [
        ["De gemeente wijst in 2027 twee locaties aan.", "Gemeente", "2027"],
        ["Beekdal bouwt 40 woningen.", "Beekdal", "2028"],
    ]
    assert rows[0].header == ["afspraak", "wie", "wanneer"]


def test_a_docx_table_titled_by_a_merged_first_row():
    import docx

    document = docx.Document()
    document.add_paragraph("Gemeente Lindewaard – Woonstichting Beekdal")
    table = document.add_table(rows=3, cols=3)
    title = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    title.text = "Thema 3 – Wonen en zorg"
    for cell, text in zip(table.rows[1].cells, ["Nr", "Prestatieafspraak", "Jaar"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[2].cells,
        ["7", "Beekdal levert 6 woningen voor ouderen op.", "2027"],
        strict=True,
    ):
        cell.text = text
    result = extract_bytes(docx_bytes(document), "tabel.docx")
    [item] = result["items"]
    assert item["text"] == "Beekdal levert 6 woningen voor ouderen op." and item["number"] == "7"
    assert item["period"] == {"start": 2027, "end": 2027}
    assert result["themes"] == [
        {"id": "t3", "number": "3", "title": "Wonen en zorg", "parent": None}
    ]


def test_coded_items_under_lettered_chapters(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken Lindewaard 2027–2030\n\n"
        "De gemeente Lindewaard, Woonstichting Beekdal en Huurdersraad Beekdal maken deze"
        " afspraken.\n\n## A. Beschikbaarheid\n\n"
        "A1 Beekdal voegt in de periode 2027–2030 samen 120 sociale huurwoningen toe.\n\n"
        "A.2\tDe gemeente levert de grond tegen een sociale grondprijs.\n\n"
        "## B. Betaalbaarheid\n\n"
        "B1 Beekdal wijst ten minste 95% van de woningen passend toe.\n\n"
        "Het CO2 Plan geldt ook; A2 en A3 gaan samen.\n",
        "afspraken.md",
    )
    texts = [i["text"] for i in result["items"]]
    assert texts[:3] == [
        "Beekdal voegt in de periode 2027–2030 samen 120 sociale huurwoningen toe.",
        "De gemeente levert de grond tegen een sociale grondprijs.",
        "Beekdal wijst ten minste 95% van de woningen passend toe.",
    ]
    assert [i["theme"] for i in result["items"][:3]] == ["tA", "tA", "tB"]
    assert [t["title"] for t in result["themes"]] == ["Beschikbaarheid", "Betaalbaarheid"]


def test_an_initial_under_a_signature_is_no_lettered_chapter(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Lindewaard 2027\n\nGemeente Lindewaard – Woonstichting Beekdal\n\n"
        "1 Nieuwbouw\n\n- Beekdal bouwt in 2027 40 woningen.\n\n2 Ondertekening\n\n"
        "Namens Woonstichting Beekdal\n\nE. Verbruggen\n\n"
        "- Reguliere woningen zijn woningen die niet geclusterd zijn.\n",
    )
    assert [i["text"] for i in result["items"]] == ["Beekdal bouwt in 2027 40 woningen."]


def test_a_sentence_in_the_head_is_no_line_of_parties(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Lindewaard 2027\n\n"
        "De gemeente Lindewaard en Woonborg maken deze afspraken.\n\n1 Nieuwbouw\n\n"
        "- Woonborg en de gemeente bouwen samen 40 woningen; Woonborg neemt 30 woningen voor"
        " haar rekening, de gemeente 10.\n",
    )
    names = sorted(p["name"] for p in result["parties"])
    assert names == ["Woonborg", "gemeente Lindewaard"]


def test_ondertekend_on_a_wrapped_line_goes_on_with_the_sentence(tmp_path):
    result = extract_text(
        tmp_path,
        "RAADSINFORMATIEBRIEF\n\nGemeente Lindewaard\n\n"
        "Op 11 december zijn de afspraken in het gemeentehuis\n"
        "ondertekend door de gemeente en de woningcorporaties Talis en Portaal.\n\n"
        "Belangrijkste afspraken per corporatie\n\nTalis\n\n"
        "- Talis bouwt in de periode 2026–2029 120 sociale huurwoningen.\n\nPortaal\n\n"
        "- Portaal verduurzaamt in 2027 180 woningen in de wijk Eeneind.\n",
    )
    ids = party_ids(result)
    assert [(i["text"][:20], i["trekker"]) for i in result["items"]] == [
        ("Talis bouwt in de pe", [ids["Talis"]]),
        ("Portaal verduurzaamt", [ids["Portaal"]]),
    ]  # the notice is not taken to end at "ondertekend door"; no "Corporatie Talis"


def test_a_trekker_stated_in_the_item_itself(tmp_path):
    result = extract_text(
        tmp_path,
        "Jaarschijf 2026\n\nDeze jaarschijf is opgesteld door de gemeente Lindewaard (hierna:"
        " de gemeente), LEKSTEDEwonen (hierna: LEKSTEDE), Huurdersberaad Vianen (hierna: HBV)"
        " en Huurders- en Bewonersbelang Zederik (hierna: HBZ).\n\n1 Nieuwbouw\n\n"
        "- Gemeente en corporaties stellen samen een lijst op van vijf locaties (trekker: de"
        " gemeente).\n"
        "- Start bouw van 36 appartementen — LEKSTEDE neemt het voortouw; de gemeente verleent"
        " de vergunning.\n"
        "- Twee voorlichtingsavonden over huurtoeslag (trekker: HBZ en HBV).\n",
    )
    ids = party_ids(result)
    assert set(ids) == {
        "gemeente Lindewaard",
        "LEKSTEDEwonen",
        "Huurdersberaad Vianen",
        "Huurders- en Bewonersbelang Zederik",
    }
    assert [i["trekker"] for i in result["items"]] == [
        [ids["gemeente Lindewaard"]],
        [ids["LEKSTEDEwonen"]],
        [ids["Huurders- en Bewonersbelang Zederik"], ids["Huurdersberaad Vianen"]],
    ]


def test_a_list_of_parties_under_its_introduction_gives_parties_not_afspraken(tmp_path):
    result = extract_text(
        tmp_path,
        "Regionale prestatieafspraken 2026–2029\n\n1. Partijen\n\n"
        "Dit zijn de prestatieafspraken voor de jaren 2026 tot en met 2029 tussen:\n\n"
        "- Gemeente Berkelland;\n- Gemeente Bronckhorst;\n- ProWonen;\n"
        "- Sité Woondiensten (hierna: Sité);\n"
        "- Huurdersvereniging Lichtenvoorde, die de huurders van ProWonen vertegenwoordigt.\n\n"
        "2. Afspraken\n\n"
        "- De gemeenten leggen in hun omgevingsplan 30% sociale huur vast.\n"
        "- Plaatsing van 20 tijdelijke woningen in Zelhem (trekker: gemeente Bronckhorst).\n",
    )
    ids = party_ids(result)
    assert set(ids) == {
        "Gemeente Berkelland",
        "Gemeente Bronckhorst",
        "ProWonen",
        "Sité Woondiensten",
        "Huurdersvereniging Lichtenvoorde",
    }
    assert [i["trekker"] for i in result["items"]] == [
        [ids["Gemeente Berkelland"], ids["Gemeente Bronckhorst"]],
        [ids["Gemeente Bronckhorst"]],
    ]  # and the entries of the list are no items


def test_who_leads_and_who_helps_in_one_cell_and_functions_before_names(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Molenlanden 2026\n\nGemeente Molenlanden – KleurrijkWonen –"
        " Huurdersberaad Giessenlanden\n\n1 Nieuwbouw\n\n"
        "| Afspraak | Wie | Wanneer |\n|---|---|---|\n"
        "| KleurrijkWonen bouwt 40 woningen. | KleurrijkWonen i.s.m. gemeente, HBG | 2027 |\n\n"
        "Ondertekening\n\nAldus overeengekomen en ondertekend te Bleskensgraaf.\n\n"
        "J. de Vries\nVoorzitter Huurdersberaad Giessenlanden\n\n"
        "P. Jansen\nWethouder Wonen, gemeente Molenlanden\n",
        "afspraken.md",
    )
    ids = party_ids(result)
    assert set(ids) == {"Gemeente Molenlanden", "KleurrijkWonen", "Huurdersberaad Giessenlanden"}
    [item] = result["items"]
    assert item["trekker"] == [ids["KleurrijkWonen"]]
    assert item["betrokkenen"][0] == ids["Gemeente Molenlanden"]


def test_party_sections_with_bold_topics_and_a_joint_section(tmp_path):
    result = extract_text(
        tmp_path,
        "# Jaarafspraken 2026\n\n**Gemeente Lindewaard · Woonborg · Algemene Huurdersvereniging"
        " WOON**\n\n## Samen spreken we af\n\n"
        "- Partijen maken in 2026 een analyse van de slaagkansen van jongeren.\n\n"
        "## Woonborg zegt toe:\n\n"
        "- **Nieuwbouw** – start in 2026 met de bouw van veertig sociale huurwoningen.\n\n"
        "## De huurdersvereniging zegt toe:\n\n"
        "- werft in 2026 ten minste vijf nieuwe vrijwilligers.\n",
        "jaarafspraken.md",
    )
    ids = party_ids(result)
    assert [(i["text"], i["trekker"]) for i in result["items"]] == [
        (
            "Partijen maken in 2026 een analyse van de slaagkansen van jongeren.",
            sorted(ids.values()),
        ),
        ("start in 2026 met de bouw van veertig sociale huurwoningen.", [ids["Woonborg"]]),
        (
            "werft in 2026 ten minste vijf nieuwe vrijwilligers.",
            [ids["Algemene Huurdersvereniging WOON"]],
        ),
    ]


def test_a_bod_is_made_to_the_municipalities_it_names(tmp_path):
    result = extract_text(
        tmp_path,
        "Bod 2026–2029\nOverzicht van voorgenomen werkzaamheden van Woonstede\n\n1. Inleiding\n\n"
        "Dit bod is onze reactie op de woonvisies van de gemeente Ede en de gemeente"
        " Scherpenzeel. Wij stelden het op met de Huurdersbond Ede en omstreken (hierna: de"
        " Huurdersbond). Het bod is goedgekeurd door de Raad van Commissarissen van Woonstede.\n\n"
        "2. Nieuwbouw\n\nWij bouwen in 2027 in Ede 220 sociale huurwoningen.\n",
    )
    assert sorted(party_ids(result)) == [
        "Huurdersbond Ede en omstreken",
        "Woonstede",
        "gemeente Ede",
        "gemeente Scherpenzeel",
    ]


def test_two_shaded_tables_with_text_between_stay_two_tables():
    section = (
        "<h2>{n}. {title}</h2><p>Ambitie</p><p>{ambitie}</p>"
        "<table><thead><tr><th>Afspraak</th><th>Trekker</th><th>Status</th><th>Toelichting</th>"
        "</tr></thead><tbody>{rows}</tbody></table>"
    )
    pdf = shaded_table_pdf(
        section.format(n=1, title="Nieuwbouw", ambitie="Iedereen woont passend.", rows=_rows(2))
        + section.format(
            n=2, title="Betaalbaarheid", ambitie="Niemand komt in de problemen.", rows=_rows(2, 3)
        ),
        "border-bottom: 0.5pt solid #bbb",
    )
    blocks, _ = read_pdf(pdf)
    rows = [b.text for b in blocks if b.kind == ROW]
    assert len(rows) == 4 and all(r.startswith("Beekdal renoveert complex") for r in rows)
    flow = " ".join(b.text for b in blocks if b.kind != ROW)
    assert "Niemand komt in de problemen." in flow  # the text between is no row of table 1


def test_a_stated_trekker_ends_at_a_semicolon_and_a_dot_ends_no_name(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\n\nGemeente Lindewaard · Beekwonen · Huurdersraad Beek ·\n"
        "Bewonersraad Oost\n\n1 Nieuwbouw\n\n"
        "- Beekwonen bouwt 40 woningen (trekker: Beekwonen; gereed: 2027).\n",
    )
    ids = party_ids(result)
    assert "Huurdersraad Beek" in ids
    assert result["items"][0]["trekker"] == [ids["Beekwonen"]]


def test_a_word_theme_heading_with_a_colon_and_a_monitoring_section(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Prestatieafspraken Lindewaard 2027", style="Title")
    document.add_paragraph("Gemeente Lindewaard – Woonbedrijf ieder1")
    document.add_heading("Thema 1: Nieuwbouw", level=1)
    document.add_heading("Afspraken", level=2)
    document.add_paragraph("ieder1 bouwt in 2027 40 woningen.", style="List Bullet")
    document.add_heading("Monitoring", level=2)
    document.add_paragraph("De voortgang volgen we met het aantal opgeleverde woningen.")
    result = extract_bytes(docx_bytes(document), "afspraken.docx")
    ids = party_ids(result)
    assert [(i["text"], i["theme"], i["trekker"]) for i in result["items"]] == [
        ("ieder1 bouwt in 2027 40 woningen.", "t1", [ids["Woonbedrijf ieder1"]])
    ]
