"""Where the rules of the fifth and sixth rounds must stop (from a review of those rounds):
bullets under "tussen partijen:" that are afspraken, a shaded table followed by text and a
rule, a caption under a table before a page break, a party's entry with a bracket before its
alias, context headings inside a theme, an initial under a signature, a raadsvoorstel cited
by an agreement, a coded-looking line inside a paragraph, a description led by "De gemeente"."""

from __future__ import annotations

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.tests.extracting import extract_text, party_ids

STYLE = (
    "<style>@page { size: A4; margin: 2cm } body { font: 10pt sans-serif }"
    " table { border-collapse: collapse; width: 100%; table-layout: fixed }"
    " th { background: #0b5c46; color: white; text-align: left; padding: 4pt }"
    " td { padding: 4pt; vertical-align: top; border-bottom: 0.5pt solid #bbb }</style>"
)
HEAD = "<p>Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal</p>"
TABLE = (
    "<table><thead><tr><th>Afspraak</th><th>Trekker</th><th>Status</th><th>Toelichting</th>"
    "</tr></thead><tbody>{rows}</tbody></table>"
)


def _pdf(body: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<html><head>{STYLE}</head><body>{HEAD}{body}</body></html>").write_pdf()


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
    pdf = _pdf(
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
    pdf = _pdf(
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
