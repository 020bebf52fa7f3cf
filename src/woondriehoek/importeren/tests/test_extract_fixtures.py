# ruff: noqa: E501
"""Small documents generated for the extractor tests (own sentences, no seed text)."""

from __future__ import annotations

import io

AGREEMENT_HTML = """
<h1>Prestatieafspraken 2026 Gemeente Zandvoorde – Woonstichting Duinrand – Huurdersvereniging Helmgras</h1>
<h2>1. Nieuwbouw</h2>
<p>Ambities: wat willen we bereiken?</p>
<ul><li>Genoeg betaalbare woningen in elk dorp van de gemeente.</li></ul>
<p>Inzet: wat spreken we daarvoor samen af?</p>
<p>1. Duinrand bouwt ca. 120 sociale huurwoningen t/m 2029 in de kern Zandvoorde.</p>
<p>2. Gemeente levert uiterlijk in 2027 twee bouwlocaties aan voor starters.</p>
<h2>2. Duurzaamheid</h2>
<p>- Corporaties isoleren minimaal 50 woningen per jaar tot en met 2030.</p>
<p>Aldus overeengekomen en ondertekend te Zandvoorde op 3 maart 2026.</p>
"""


def agreement_pdf(columns: int = 1, pages: int = 1) -> bytes:
    from weasyprint import HTML

    style = f"<style>body{{column-count:{columns};font-size:10pt}} .pb{{break-before:page}}</style>"
    body = AGREEMENT_HTML + "".join(
        f"<div class='pb'><h2>{n + 3}. Leefbaarheid deel {n + 1}</h2>"
        f"<p>- Huurdersvereniging Helmgras organiseert {n + 2} keer per jaar een bewonersavond.</p></div>"
        for n in range(pages - 1)
    )
    return HTML(string=style + body).write_pdf()


def agreement_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Prestatieafspraken 2026", level=0)
    document.add_paragraph(
        "Gemeente Zandvoorde – Woonstichting Duinrand – Huurdersvereniging Helmgras"
    )
    document.add_heading("Betaalbaarheid", level=1)
    document.add_paragraph("Inzet: wat spreken we daarvoor samen af?")
    for text in (
        "Woonstichting Duinrand houdt 80% van de vrijkomende woningen onder de aftoppingsgrens.",
        "Gemeente Zandvoorde draagt maximaal € 15.000,- bij aan een energiecoach.",
    ):
        document.add_paragraph(text, style="List Number")
    table = document.add_table(rows=2, cols=4)
    for cell, text in zip(
        table.rows[0].cells, ("Afspraak", "Trekker", "Betrokkenen", "Uitvoering"), strict=True
    ):
        cell.text = text
    row = (
        "Duinrand plaatst zonnepanelen op 40 woningen.",
        "Woonstichting Duinrand",
        "Gemeente",
        "2026 - 2027",
    )
    for cell, text in zip(table.rows[1].cells, row, strict=True):
        cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


AGREEMENT_MD = """# Prestatieafspraken 2026
Gemeente Zandvoorde – Woonstichting Duinrand – Huurdersvereniging Helmgras

## 1. Leefbaarheid

**Doel**

Schone en veilige buurten waar bewoners elkaar kennen.

| Afspraak | Trekker | Betrokkenen | Uitvoering |
|---|---|---|---|
| Duinrand houdt <b>twee</b> wijkschouwen<br>per jaar in elke kern. | Woonstichting Duinrand | Gemeente<br>Huurdersvereniging Helmgras | 2026 |
| Partijen stellen een buurtbudget van € 5.000 beschikbaar. | Gemeente | Corporaties | 2026 - 2028 |
"""
