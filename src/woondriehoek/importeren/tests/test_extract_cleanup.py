"""Hyphenation, ligatures, running headers/footers and layout segmentation."""

from woondriehoek.importeren.extract.cleanup import (
    fix_characters,
    join_hyphenated,
    remove_running_lines,
    repair_broken_ligatures,
)
from woondriehoek.importeren.extract.layout import build_blocks
from woondriehoek.importeren.extract.model import Line


def test_hyphenation_variants():
    assert join_hyphenated("volks-", "huisvesting") == "volkshuisvesting"
    assert join_hyphenated("volks\u2010", "huisvesting") == "volkshuisvesting"
    assert join_hyphenated("Noord-", "Brabant") == "Noord-Brabant"
    assert fix_characters("woning\u00adcorporatie") == "woningcorporatie"


def test_ligatures():
    assert (
        fix_characters("\ufb01nanciën en \ufb02exibel, e\ufb00ect")
        == "financiën en flexibel, effect"
    )
    assert repair_broken_ligatures("de fi nanciële ruimte") == "de financiële ruimte"


def test_running_headers_and_page_numbers_removed():
    pages = [
        [Line("Prestatieafspraken Zandvoorde 2026", page=p)]
        + [Line(f"Regel {k} over wonen.", page=p) for k in range(4)]
        + [Line(f"Tekst op pagina {p}.", page=p), Line(str(p), page=p)]
        for p in range(1, 6)
    ]
    kept = [ln.text for page in remove_running_lines(pages) for ln in page]
    assert "Prestatieafspraken Zandvoorde 2026" not in kept
    assert not any(t.isdigit() for t in kept)
    assert "Regel 2 over wonen." in kept


def test_sub_bullets_belong_to_parent_and_double_spacing():
    lines = [
        Line(t, line=i + 1)
        for i, t in enumerate(
            [
                "1. Samenwerking",
                "",
                "- Duinrand zet zich in voor:",
                "",
                "o schone portieken;",
                "",
                "o een wijkbudget.",
                "",
                "- Gemeente Zandvoorde organiseert een jaarlijks overleg.",
                "",
            ]
        )
    ]
    blocks = build_blocks(lines)
    kinds = [(b.kind, b.text[:20]) for b in blocks]
    assert kinds[0] == ("heading", "Samenwerking")
    items = [b for b in blocks if b.kind == "list"]
    assert len(items) == 2
    assert "schone portieken" in items[0].text and "wijkbudget" in items[0].text
