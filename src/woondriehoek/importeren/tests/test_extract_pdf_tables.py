"""Ruled tables in a PDF are read by their grid: a row per afspraak with its own trekker and
planning over a page break, a cell that spans rows, a column per party, an underline inside a
cell. A grid that is no afspraken table (signatures, figures) stays text."""

from __future__ import annotations

import pytest

from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.extract.model import ROW
from woondriehoek.importeren.extract.readers.pdf import read_pdf

CSS = (
    "<style>@page { size: A4; margin: 2cm } body { font: 10pt sans-serif }"
    " table { border-collapse: collapse; width: 100%; table-layout: fixed }"
    " td, th { border: 1px solid #444; padding: 3pt; vertical-align: top }</style>"
)
HEAD = "<p>Gemeente Lindewaard – Woonstichting Beekdal – Huurdersraad Beekdal</p>"


def _pdf(body: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<html><head>{CSS}</head><body>{HEAD}{body}</body></html>").write_pdf()


def test_rows_of_an_afspraken_grid_keep_their_trekker_planning_and_theme():
    filler = "".join(
        f"<tr><td>Bij {k}. Beekdal renoveert complex {k} met {k + 10} woningen in de wijk Oost"
        f" en vervangt daarbij de kozijnen en de installaties.</td><td>Beekdal</td>"
        f"<td>{2026 + k % 3}</td></tr>"
        for k in range(2, 40)
    )
    pdf = _pdf(
        "<h1>1. Wonen</h1><table><thead><tr><th>Afspraak</th><th>Trekker</th><th>Planning</th>"
        "</tr></thead><tbody><tr><td>Bij 1. De gemeente wijst in 2027 twee locaties aan voor"
        " sociale huur.</td><td>Gemeente</td><td>2027</td></tr>" + filler + "</tbody></table>"
    )
    blocks, _ = read_pdf(pdf)
    rows = [b for b in blocks if b.kind == ROW]
    assert len(rows) == 39  # over the page break, the repeated header not a row
    assert rows[0].marker == "Bij 1." and rows[0].text.startswith("De gemeente wijst in 2027")
    assert rows[0].cells[1:] == ["Gemeente", "2027"]
    assert all(b.header == ["afspraak", "trekker", "planning"] for b in rows)
    result = extract_bytes(pdf, "lindewaard.pdf")
    ids = {p["type"]: p["id"] for p in result["parties"]}
    last = result["items"][-1]
    assert last["text"].startswith("Beekdal renoveert complex 39 met 49 woningen")
    assert last["trekker"] == [ids["corporatie"]] and last["period"] == {"start": 2026, "end": 2026}


def test_a_theme_cell_spanning_rows_is_repeated():
    pdf = _pdf(
        "<table><tr><th>Thema</th><th>Afspraak</th><th>Trekker</th></tr>"
        "<tr><td rowspan='2'>Nieuwbouw</td><td>Beekdal bouwt 40 woningen.</td><td>Beekdal</td>"
        "</tr><tr><td>De gemeente levert de grond.</td><td>Gemeente</td></tr></table>"
    )
    rows = [b for b in read_pdf(pdf)[0] if b.kind == ROW]
    assert [r.cells for r in rows] == [
        ["Nieuwbouw", "Beekdal bouwt 40 woningen.", "Beekdal"],
        ["Nieuwbouw", "De gemeente levert de grond.", "Gemeente"],
    ]


def test_a_grid_with_a_column_per_party_gives_each_cell_to_its_party():
    pdf = _pdf(
        "<table><tr><th>Thema</th><th>Gemeente</th><th>Woonstichting Beekdal</th>"
        "<th>Huurdersraad Beekdal</th></tr><tr><td>Wonen</td><td>Wijst twee locaties aan"
        " voor sociale huur.</td><td>Bouwt in 2027 veertig woningen aan de Esweg.</td>"
        "<td>Adviseert over het ontwerp.</td></tr></table>"
    )
    result = extract_bytes(pdf, "lindewaard.pdf")
    ids = {p["type"]: p["id"] for p in result["parties"]}
    assert [(i["text"][:14], i["trekker"]) for i in result["items"]] == [
        ("Wijst twee loc", [ids["gemeente"]]),
        ("Bouwt in 2027 ", [ids["corporatie"]]),
        ("Adviseert over", [ids["huurdersorganisatie"]]),
    ]


@pytest.mark.parametrize(
    "table",
    [
        # signatures laid out in a grid: parties with names, no column headings
        "<table><tr><td>Gemeente Lindewaard<br>J. Jansen, wethouder</td><td>Woonstichting"
        " Beekdal<br>A. Bakker, directeur</td></tr></table>",
        # figures: headings that are not column words
        "<table><tr><th>Jaar</th><th>Verhuringen</th><th>Aandeel</th></tr>"
        "<tr><td>2025</td><td>210</td><td>72%</td></tr></table>",
    ],
)
def test_a_grid_that_is_no_afspraken_table_stays_text(table):
    blocks, _ = read_pdf(_pdf("<p>Ondertekend te Lindewaard.</p>" + table))
    assert not [b for b in blocks if b.kind == ROW and b.header]
    text = " ".join(b.text for b in blocks)
    assert "J. Jansen" in text or "Verhuringen" in text  # the grid's text stays in the flow


def test_an_underline_in_a_cell_is_no_row_boundary_and_an_empty_corner_is_a_header():
    pdf = _pdf(
        "<table><tr><th></th><th>Gemeente</th><th>Woonstichting Beekdal</th></tr>"
        "<tr><td>Wonen</td><td>Wijst twee locaties aan.</td><td>Beekdal bouwt <u>veertig</u>"
        " woningen aan de Esweg en start daarmee in het voorjaar van 2027.</td></tr>"
        "<tr><td rowspan='2'>Zorg</td><td colspan='1'>Opent een loket.</td>"
        "<td rowspan='2'>Past 20 woningen aan voor ouderen.</td></tr>"
        "<tr><td>Betaalt de aanpassingen.</td></tr></table>"
    )
    rows = [b for b in read_pdf(pdf)[0] if b.kind == ROW]
    assert [r.cells for r in rows] == [
        [
            "Wonen",
            "Wijst twee locaties aan.",
            "Beekdal bouwt veertig woningen aan de Esweg en"
            " start daarmee in het voorjaar van 2027.",
        ],
        ["Zorg", "Opent een loket.", "Past 20 woningen aan voor ouderen."],
        ["Zorg", "Betaalt de aanpassingen.", "Past 20 woningen aan voor ouderen."],
    ]
