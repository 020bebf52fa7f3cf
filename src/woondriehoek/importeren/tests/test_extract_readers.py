"""Each reader on a small generated document."""

from woondriehoek.importeren.extract import extract_bytes

from .test_extract_fixtures import AGREEMENT_MD, agreement_docx, agreement_pdf


def _by_text(result: dict, start: str) -> dict:
    return next(i for i in result["items"] if i["text"].startswith(start))


def test_pdf_reader_items_parties_and_pages():
    result = extract_bytes(agreement_pdf(), "afspraken.pdf")
    assert result["document"]["kind"] == "prestatieafspraken"
    assert result["document"]["signed"]["date"] == "2026-03-03"
    assert {p["type"] for p in result["parties"]} == {
        "gemeente",
        "corporatie",
        "huurdersorganisatie",
    }
    item = _by_text(result, "Duinrand bouwt")
    assert item["source"] == {"page": 1}
    assert {"value": 120, "unit": "woningen"}.items() <= item["targets"][0].items()
    assert _by_text(result, "Genoeg betaalbare")["kind"] == "ambitie"


def test_two_column_pdf_keeps_items():
    result = extract_bytes(agreement_pdf(columns=2, pages=3), "twee-kolommen.pdf")
    assert any(i["text"].startswith("Corporaties isoleren minimaal 50") for i in result["items"])
    assert sum(1 for i in result["items"] if "bewonersavond" in i["text"]) == 2


def test_docx_reader_numbering_and_table():
    result = extract_bytes(agreement_docx(), "afspraken.docx")
    numbered = [i for i in result["items"] if i["number"] in ("1", "2")]
    assert [i["number"] for i in numbered] == ["1", "2"]
    row = _by_text(result, "Duinrand plaatst zonnepanelen")
    duinrand = next(p["id"] for p in result["parties"] if p["type"] == "corporatie")
    assert row["trekker"] == [duinrand]
    assert row["period"] == {"start": 2026, "end": 2027}


def test_markdown_reader_table_with_br_and_bold():
    result = extract_bytes(AGREEMENT_MD.encode(), "afspraken.md")
    row = _by_text(result, "Duinrand houdt twee wijkschouwen")
    assert row["source"]["line"] > 1
    assert (2, "aantal") in [(t["value"], t["unit"]) for t in row["targets"]]
    assert _by_text(result, "Schone en veilige buurten")["kind"] == "ambitie"
    partijen = _by_text(result, "Partijen stellen")
    assert partijen["period"] == {"start": 2026, "end": 2028}


def test_text_reader_and_collective_trekker():
    text = (
        "Prestatieafspraken 2026\nGemeente Zandvoorde – Woonstichting Duinrand – Huurdersvereniging Helmgras\n\n"  # noqa: E501
        "1. Wonen\n- Partijen spreken af dat zij jaarlijks de voortgang bespreken.\n"
        "- Corporaties verduurzamen 30 woningen.\n"
    )
    result = extract_bytes(text.encode(), "afspraken.txt")
    assert len(_by_text(result, "Partijen spreken")["trekker"]) == 3
    corp = [p["id"] for p in result["parties"] if p["type"] == "corporatie"]
    assert _by_text(result, "Corporaties verduurzamen")["trekker"] == corp
    assert result["source"]["file"] == "afspraken.txt" and len(result["source"]["sha256"]) == 64
