"""Build the charts' font, "Woondriehoek Sans": DejaVu Sans cut to the letters charts use.

Usage: .venv/bin/python scripts/grafiekfont.py [DEJAVU_DIR]

DEJAVU_DIR holds DejaVuSans.ttf and DejaVuSans-Bold.ttf (default: Debian's
/usr/share/fonts/truetype/dejavu, package fonts-dejavu-core). Writes the regular and bold
faces to src/woondriehoek/monitoring/fonts/ (docs/adr/0012).

vl-convert's cost for chart text grows with the number of characters and with the size of
the face: on the benchmark report's 21 charts this cut (Latin, Greek, punctuation, currency;
~120 kB) took about half the time of the full DejaVu Sans (740 kB, every script), axis
label limits dropped as well (docs/adr/0012). Glyphs,
advance widths and kerning of the kept letters are DejaVu's own, so a chart measured with
this face has the same layout as one measured with DejaVu Sans, which the web page names
next. A letter outside the cut falls back to another font on the machine.

The Bitstream Vera and Arev licences (fonts/LICENSE-DejaVu.txt, written here from the
font's own name table) allow a changed font under a name without "Bitstream", "Vera",
"Arev" or "Tavmjong Bah"; hence the new family name.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset, ttLib

FAMILY = "Woondriehoek Sans"
TARGET = Path(__file__).resolve().parent.parent / "src/woondriehoek/monitoring/fonts"
FACES = {"DejaVuSans.ttf": "Regular", "DejaVuSans-Bold.ttf": "Bold"}
UNICODES = [
    *range(0x0020, 0x007F),  # Basic Latin
    *range(0x00A0, 0x0250),  # Latin-1 Supplement, Latin Extended-A and -B (ĳ, ş, ő, ...)
    *range(0x0370, 0x0400),  # Greek (Δ, Ω as symbols)
    *range(0x2000, 0x2070),  # General Punctuation (– — ‘ ’ “ ” … ‰)
    *range(0x20A0, 0x20C0),  # Currency Symbols (€)
    *range(0x2190, 0x2200),  # Arrows
    0x2212,  # minus sign: Vega's negative numbers
    0x2264,  # ≤
    0x2265,  # ≥
]


def build(source: Path, style: str) -> ttLib.TTFont:
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]  # kerning and ligatures as in DejaVu Sans
    options.notdef_outline = True
    options.recalc_timestamp = False  # with recalcTimestamp=False: same input, same file
    options.drop_tables += ["FFTM"]
    font = ttLib.TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    names = {1: FAMILY, 2: style, 3: postscript, 4: f"{FAMILY} {style}", 6: postscript}
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
        elif record.nameID in (16, 17):  # typographic family/style: the same as 1 and 2
            record.string = names[record.nameID - 15]
    return font


def licence(font: ttLib.TTFont) -> str:
    """The licence file: what was changed, then DejaVu's notices and licence (Bitstream Vera
    and Arev) as the font itself carries them."""
    name = font["name"]
    return (
        f"{FAMILY} (regular and bold) is DejaVu Sans {name.getDebugName(5)}, cut to the\n"
        "letters listed in scripts/grafiekfont.py and renamed by that script of the\n"
        "Woondriehoek project, as the licence below asks of a changed font. The fonts keep\n"
        "DejaVu's notices and this licence in their name table.\n\n"
        f"{name.getDebugName(0).strip()}\n\n{name.getDebugName(13).strip()}\n\n"
        f"Licence: {name.getDebugName(14)}\n"
    )


def main(source_dir: Path) -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for filename, style in FACES.items():
        out = TARGET / f"{FAMILY.replace(' ', '')}-{style}.ttf"
        font = build(source_dir / filename, style)
        font.save(out)
        print(f"{out} ({out.stat().st_size // 1024} kB)")
    (TARGET / "LICENSE-DejaVu.txt").write_text(licence(font), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu"))
