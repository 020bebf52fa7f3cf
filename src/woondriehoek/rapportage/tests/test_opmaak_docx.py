"""The DOCX's layout, read back with python-docx: column widths in the table grid (which
LibreOffice follows) as well as in the cells (which Word follows), and the page number
against the right margin."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

from woondriehoek.rapportage.services import genereren

from .fixtures import JAAR, TODAY

pytestmark = pytest.mark.django_db


def test_tables_carry_their_widths_in_grid_and_cells_and_the_footer_tabs_right(ws):
    data = genereren.maak("monitoring", ws.gemeente, JAAR, "docx", today=TODAY)
    doc = WordDocument(io.BytesIO(data))
    for table in doc.tables:
        grid = [col.width for col in table.columns]
        assert all(grid) and abs(sum(grid) - Cm(17)) < Cm(0.2)
        for row in table.rows:
            assert [cell.width for cell in row.cells] == grid
    decisions = next(t for t in doc.tables if t.rows[0].cells[0].text == "Besluit")
    widths = [col.width for col in decisions.columns]
    assert widths[0] == max(widths) and widths[0] > 2 * widths[-1]
    footer = doc.sections[0].footer.paragraphs[0]
    right = [
        stop.position
        for stop in footer.paragraph_format.tab_stops
        if stop.alignment == WD_TAB_ALIGNMENT.RIGHT
    ]
    assert len(right) == 1 and abs(right[0] - Cm(17)) < Cm(0.01)  # stored in twips
    assert footer.text.split("\t")[1].startswith("Pagina")
