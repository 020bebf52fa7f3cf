"""The charts' font, Woondriehoek Sans (../fonts, scripts/grafiekfont.py, docs/adr/0012).

Some tests compare with DejaVu Sans from Debian's fonts-dejavu-core: they skip on a machine
without it that is not CI, and fail in CI (`.ci/run` installs it).
"""

from __future__ import annotations

import copy
import importlib.util
import io
import os
import re
from pathlib import Path

import pytest
from fontTools import ttLib
from pypdf import PdfReader

from ..services.charts import CHART_CONFIG, FONTS, converter, doel_spec, render_svg

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SCRIPT = Path(__file__).resolve().parents[4] / "scripts" / "grafiekfont.py"
FACES = {"Regular": "DejaVuSans.ttf", "Bold": "DejaVuSans-Bold.ttf"}


def _dejavu(name: str) -> Path:
    path = DEJAVU / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing (apt-get install fonts-dejavu-core)")
        pytest.skip(f"{path} is not installed")
    return path


def _spec(**extra: object) -> dict:
    spec = doel_spec(
        titel="Nieuwbouw sociale huur – Woonstichting ’t Heem",
        beschrijving="x",
        jaren=[2024, 2025, 2026],
        balken=[
            {"jaar": 2024, "organisatie": "Woonstichting Bank 1", "waarde": 30},
            {"jaar": 2025, "organisatie": "Stichting Ĳsselzicht", "waarde": 1250},
        ],
        pad=[{"jaar": y, "waarde": 400} for y in (2024, 2025, 2026)],
        labels={"jaar": "Jaar", "waarde": "Gerealiseerd (€)"},
    )
    spec.update(extra)
    return spec


@pytest.mark.parametrize("style", ["Regular", "Bold"])
def test_each_face_is_named_woondriehoek_sans_and_covers_latin_and_punctuation(style):
    font = ttLib.TTFont(FONTS / f"WoondriehoekSans-{style}.ttf")
    assert font["name"].getDebugName(1) == "Woondriehoek Sans"
    assert font["name"].getDebugName(2) == style
    assert "Bitstream" in font["name"].getDebugName(0)  # the licence's notice is kept
    cmap = font.getBestCmap()
    for char in "AZaz09 €–—‘’“”…ëéïĳŁőşΩ≥−":
        assert ord(char) in cmap, char
    assert (FONTS / "LICENSE-DejaVu.txt").read_text().count("Bitstream Vera") >= 1


@pytest.mark.parametrize("style", ["Regular", "Bold"])
def test_glyph_widths_are_those_of_dejavu_sans(style):
    ours = ttLib.TTFont(FONTS / f"WoondriehoekSans-{style}.ttf")
    theirs = ttLib.TTFont(_dejavu(FACES[style]))
    our_cmap, their_cmap = ours.getBestCmap(), theirs.getBestCmap()
    for code, glyph in our_cmap.items():
        assert ours["hmtx"][glyph][0] == theirs["hmtx"][their_cmap[code]][0], chr(code)


def _gezicht(font: ttLib.TTFont) -> dict:
    """What a face is, apart from how a fontTools version writes the file: names, letters,
    widths and outlines."""
    glyf = font["glyf"]
    return {
        "names": {r.nameID: str(r) for r in font["name"].names if r.nameID in (1, 2, 4, 6, 16)},
        "cmap": font.getBestCmap(),
        "widths": {name: font["hmtx"][name] for name in font.getGlyphOrder()},
        "outlines": {
            name: glyf[name].getCoordinates(glyf)[0].array.tolist()
            if glyf[name].numberOfContours
            else []
            for name in font.getGlyphOrder()
        },
    }


def test_the_script_makes_the_committed_files():
    _dejavu(FACES["Regular"])
    spec = importlib.util.spec_from_file_location("grafiekfont", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for style, name in FACES.items():
        out = io.BytesIO()
        font = script.build(DEJAVU / name, style)
        font.save(out)
        committed = ttLib.TTFont(FONTS / f"WoondriehoekSans-{style}.ttf")
        made = _gezicht(ttLib.TTFont(io.BytesIO(out.getvalue())))
        assert made == _gezicht(committed), f"run scripts/grafiekfont.py ({style})"
    licence = (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert licence == script.licence(font)
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


def test_a_chart_is_laid_out_as_with_dejavu_sans():
    """Same widths, so the same layout: only the named font differs in the SVG."""
    _dejavu(FACES["Regular"])
    dejavu = copy.deepcopy(CHART_CONFIG) | {"font": "DejaVu Sans"}
    svg_dejavu = render_svg(_spec(config=dejavu))
    svg_ours = render_svg(_spec(config=CHART_CONFIG))  # as the charts name it
    assert 'font-family="Woondriehoek Sans, DejaVu Sans, sans-serif"' in svg_ours
    unnamed = re.compile(r'font-family="[^"]*"')
    assert unnamed.sub("", svg_ours) == unnamed.sub("", svg_dejavu)


def test_the_chart_pdf_uses_both_faces_and_other_letters_fall_back():
    _dejavu(FACES["Regular"])  # the full face, with Cyrillic, to fall back on
    svg = render_svg(_spec(title="Woningen voor Жанна"))
    reader = PdfReader(io.BytesIO(converter().svg_to_pdf(svg)))
    page = reader.pages[0]
    fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any(name.endswith("+WoondriehoekSans-Regular") for name in fonts), fonts
    assert any(name.endswith("+WoondriehoekSans-Bold") for name in fonts), fonts
    text = page.extract_text()
    for word in ("Жанна", "Ĳsselzicht", "Gerealiseerd (€)", "2025"):
        assert word in text
