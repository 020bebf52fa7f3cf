"""Where the rules of the fifth and sixth rounds must stop (from a review of those rounds):
bullets under "tussen partijen:" that are afspraken, a shaded table followed by text and a
rule, a caption under a table before a page break, a party's entry with a bracket before its
alias, context headings inside a theme, an initial under a signature, a raadsvoorstel cited
by an agreement, a coded-looking line inside a paragraph, a description led by "De gemeente";
and from a review of the seventh round: prose with the verb before the party, a corporation
called Woonbedrijf, Word boxes of several cells, field lines under a description, tab tables
(clean cells, quick on long tab runs), year columns with "0" or "1200"."""

from __future__ import annotations

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.extract.api import read_document
from woondriehoek.importeren.tests.extracting import (
    docx_bytes,
    extract_text,
    party_ids,
    shaded_table_pdf,
)

TABLE = (
    "<table><thead><tr><th>Afspraak</th><th>Trekker</th><th>Status</th><th>Toelichting</th>"
    "</tr></thead><tbody>{rows}</tbody></table>"
)


def _rows(n: int) -> str:
    return "".join(
        f"<tr><td>Beekdal renoveert complex {k} met {k + 10} woningen.</td><td>Beekdal</td>"
        "<td>loopt</td><td>Op schema.</td></tr>"
        for k in range(1, n + 1)
    )


def test_bullets_under_tussen_partijen_that_are_afspraken(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\n\nGemeente Lindewaard – Woonstede\n\n1 Nieuwbouw\n\n"
        "In 2026 zijn de volgende afspraken gemaakt tussen partijen:\n\n"
        "- Woonstede bouwt 40 sociale huurwoningen.\n"
        "- De gemeente levert grond voor 60 woningen.\n",
    )
    assert sorted(party_ids(result)) == ["Gemeente Lindewaard", "Woonstede"]
    assert len(result["items"]) == 2


def test_a_shaded_table_does_not_run_on_through_the_text_below_to_a_rule():
    pdf = shaded_table_pdf(
        "<h2>1. Nieuwbouw</h2>"
        + TABLE.format(rows=_rows(3))
        + "<p>Hierna volgt de betaalbaarheid, met een toelichting van een paar regels tekst"
        " die niet bij de tabel hoort.</p><h2>2. Betaalbaarheid</h2>"
        "<ul><li>De gemeente verhoogt het budget voor schuldhulp tot € 310.000.</li></ul>"
        "<hr style='border: 0; border-top: 0.5pt solid #bbb'>"
    )
    result = extract_bytes(pdf, "evaluatie.pdf")
    texts = [i["text"] for i in result["items"]]
    assert len(texts) == 4
    assert texts[-1].startswith("De gemeente verhoogt het budget")
    assert result["items"][-1]["theme"] == "t2"


def test_a_caption_under_a_table_is_not_glued_to_the_table_on_the_next_page():
    pdf = shaded_table_pdf(
        "<h2>1. Nieuwbouw</h2>"
        + TABLE.format(rows=_rows(2))
        + "<p>Bron: eigen opgave van de corporatie.</p>"
        "<h2 style='break-before: page'>2. Betaalbaarheid</h2>"
        + TABLE.format(
            rows="<tr><td>De gemeente verhoogt het budget voor schuldhulp.</td><td></td><td></td>"
            "<td></td></tr>"
        )
    )
    result = extract_bytes(pdf, "evaluatie.pdf")
    last = result["items"][-1]
    assert last["text"].startswith("De gemeente verhoogt") and last["theme"] == "t2"
    assert not any("Bron" in i["text"] for i in result["items"])


def test_a_bracket_before_the_alias_keeps_the_party(tmp_path):
    result = extract_text(
        tmp_path,
        "SAMENWERKINGSOVEREENKOMST 2027\n\nDE ONDERGETEKENDEN:\n\n"
        "1. Stichting Woonwaard (KvK 41234567), statutair gevestigd te Alkmaar, hierna te"
        " noemen: Woonwaard;\n"
        "2. De gemeente Lindewaard, hierna te noemen: de gemeente;\n\n"
        "Artikel 1 – Nieuwbouw\n\n1.1 Woonwaard bouwt in 2027 40 woningen.\n",
    )
    ids = party_ids(result)
    assert "Alkmaar" not in ids
    assert result["items"][0]["trekker"] == [ids["Stichting Woonwaard"]]


def test_context_headings_only_when_the_title_is_nothing_else(tmp_path):
    result = extract_text(
        tmp_path,
        "# Prestatieafspraken 2027\n\nGemeente Lindewaard – Woonstede\n\n## 1. Wonen\n\n"
        "### Financiën van de nieuwbouw\n\n- Woonstede investeert € 2 miljoen in 40 woningen.\n\n"
        "### Monitoring en evaluatie\n\n- Woonstede levert jaarlijks vóór 1 april de cijfers.\n\n"
        "### Monitoring\n\n- We volgen het aantal opgeleverde woningen.\n",
        "afspraken.md",
    )
    assert [i["text"][:20] for i in result["items"]] == [
        "Woonstede investeert",
        "Woonstede levert jaa",
    ]


def test_an_initial_a_under_a_signature_is_no_chapter(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Lindewaard 2027\n\nGemeente Lindewaard – Woonstichting Beekdal\n\n"
        "1 Nieuwbouw\n\n- Beekdal bouwt in 2027 40 woningen.\n\n2 Ondertekening\n\n"
        "Namens Woonstichting Beekdal\n\nA. Verbruggen\n\n"
        "- Reguliere woningen zijn woningen die niet geclusterd zijn.\n",
    )
    assert [i["text"] for i in result["items"]] == ["Beekdal bouwt in 2027 40 woningen."]
    assert [t["id"] for t in result["themes"]] == ["t1"]


def test_an_agreement_that_cites_a_raadsvoorstel_stays_an_agreement(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2026 Lindewaard\n\nVoor de achtergrond verwijzen we naar het"
        " raadsvoorstel over de woonvisie.\n\nGemeente Lindewaard – Woonstede\n\n1 Nieuwbouw\n\n"
        "- Woonstede bouwt 40 woningen.\n",
    )
    assert result["document"]["kind"] == "prestatieafspraken"


def test_a_quarter_at_the_start_of_a_wrapped_line_opens_no_item(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2027\n\nGemeente Lindewaard – Woonstede\n\n1 Nieuwbouw\n\n"
        "- Woonstede start de bouw van 40 woningen aan de Esweg met een geplande\n"
        "Q3 Oplevering van het eerste blok door Woonstede in 2028.\n",
    )
    assert len(result["items"]) == 1 and result["items"][0]["number"] is None


def test_in_prose_a_sentence_that_describes_the_municipality_is_no_afspraak(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Lindewaard 2027\nGemeente Lindewaard – Woonstede\n\n1 Nieuwbouw\n\n"
        "De gemeente heeft ruim 40 hectare bouwgrond in eigendom, vooral aan de\n"
        "randen van de kernen.\n\n"
        "Woonstede bouwt in 2027 veertig sociale huurwoningen aan de Esweg, waarvan\n"
        "twintig voor senioren.\n",
    )
    assert [i["text"][:9] for i in result["items"]] == ["Woonstede"]


def _prose(paragraphs: list[str]) -> str:
    body = "\n\n".join(
        f"{p}\nDat gebeurt in overleg met de andere partijen.\nZo is het afgesproken."
        for p in paragraphs
    )
    return (
        "Prestatieafspraken Zwolle 2026\nGemeente Zwolle – SWZ – deltaWonen\n\n1 Nieuwbouw\n\n"
        + body
        + "\n"
    )


def test_prose_afspraken_with_the_verb_before_the_party(tmp_path):
    result = extract_text(
        tmp_path,
        _prose(
            [
                "In 2026 levert SWZ 72 woningen op in Stadshagen.",
                "Jaarlijks stelt de gemeente € 50.000 beschikbaar voor energiecoaches.",
                "Samen met de huurders onderzoekt deltaWonen de wensen van senioren.",
                "Ongeveer een op de vijf huurders van de Zwolse corporaties heeft moeite met de"
                " lasten.",
            ]
        ),
    )
    assert [i["text"].split()[0] for i in result["items"]] == ["In", "Jaarlijks", "Samen"]


def test_a_corporation_called_woonbedrijf_is_a_party(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Eindhoven 2026\n\nGemeente Eindhoven – Woonbedrijf – Trudo\n\n"
        "1 Nieuwbouw\n\n- Woonbedrijf bouwt 40 woningen.\n",
    )
    ids = party_ids(result)
    assert result["items"][0]["trekker"] == [ids["Woonbedrijf"]]


def test_a_word_box_keeps_its_cells_apart_and_a_bold_sentence_is_no_title():

    import docx

    document = docx.Document()
    document.add_paragraph("Gemeente Heerenveen – Elkien")
    document.add_heading("1 Nieuwbouw", level=1)
    box = document.add_table(rows=2, cols=1)
    for cell, number, text in zip(
        (box.rows[0].cells[0], box.rows[1].cells[0]),
        (3, 4),
        ("Elkien bouwt 40 starterswoningen.", "De gemeente levert de grond in 2026."),
        strict=True,
    ):
        cell.paragraphs[0].add_run(f"Resultaatafspraak {number} – Titel").bold = True
        cell.add_paragraph(text)
    bold = document.add_table(rows=1, cols=1).rows[0].cells[0]
    bold.paragraphs[0].add_run("Elkien isoleert in 2027 120 woningen.").bold = True
    data = docx_bytes(document)
    result = extract_bytes(data, "kaders.docx")
    assert [(i["number"], i["text"][:12]) for i in result["items"]] == [
        ("3", "Elkien bouwt"),
        ("4", "De gemeente "),
    ]
    blocks, _ = read_document(data, "kaders.docx")
    assert any(b.text.startswith("Elkien isoleert in 2027") for b in blocks)  # kept as text


def test_field_lines_under_a_description_make_no_afspraak(tmp_path):
    result = extract_text(
        tmp_path,
        "Prestatieafspraken 2026\nGemeente Zwolle – SWZ\n\n1 Nieuwbouw\n\n"
        "De woningmarkt in Zwolle staat onder druk en de wachttijden lopen op.\n\n"
        "Planning: de gemeente stelt in 2026 een woonvisie op.\n\n"
        "- SWZ bouwt 40 woningen.\nTrekker: SWZ. De gemeente Zwolle levert de grond.\n",
    )
    ids = party_ids(result)
    texts = [i["text"] for i in result["items"]]
    assert not any(t.startswith("De woningmarkt") for t in texts)
    swz = next(i for i in result["items"] if i["text"].startswith("SWZ bouwt"))
    assert swz["trekker"] == [ids["SWZ"]]


def test_a_tab_table_cells_are_cleaned_and_long_tab_runs_are_quick(tmp_path):
    rows = "".join(f"\tregel {k}\tmet tabs\n" for k in range(3000))
    result = extract_text(
        tmp_path,
        "Prestatieafspraken Katwijk 2025\nGemeente Katwijk - Dunavie\n\n" + rows + "\n"
        "1 Nieuwbouw\nAfspraak\tTrekker\tJaar\n"
        "Dunavie ﬁnanciert de verduur\u00adzaming van 40\u00a0woningen.\tDunavie\t2025\n",
    )
    assert result["items"][-1]["text"] == "Dunavie financiert de verduurzaming van 40 woningen."


def test_year_columns_skip_a_zero_and_read_plain_figures(tmp_path):
    result = extract_text(
        tmp_path,
        "# Bod 2026–2028 Woontij\n\nWoontij – Gemeente Den Helder\n\n## 1. Nieuwbouw\n\n"
        "| Nr | Voornemen | 2026 | 2027 | 2028 |\n|---|---|---|---|---|\n"
        "| 1 | Wij bouwen sociale huurwoningen in Julianadorp. | 0 | 1200 | – |\n",
        "bod.md",
    )
    assert result["items"][0]["period"] == {"start": 2027, "end": 2027}
