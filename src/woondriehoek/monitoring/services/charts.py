"""Vega-Lite specs for target-versus-actual charts, and their server-side SVG rendering.

The spec builder is pure, so reports (PDF, DOCX) use exactly the same chart as the web.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def _num(value: Decimal | float | int | None) -> float | None:
    return None if value is None else float(value)


FONTS = Path(__file__).resolve().parent.parent / "fonts"

# Chart text is measured and drawn in "Woondriehoek Sans", DejaVu Sans cut to the Latin
# letters (../fonts, scripts/grafiekfont.py, docs/adr/0012): vl-convert costs time per
# character and per byte of the face. Same widths as DejaVu Sans, which a browser takes next
# where it is installed (no web font is served). Named, not plain "sans-serif": with that the
# engine measured a narrower face and legends were clipped in the PDF. No label limits:
# corporation names such as "Woonstichting Bank 1" and "... Bank 2" must not be cut to the
# same text, and an axis label (a year, a number) never needs cutting, while checking
# whether to cut measures it.
CHART_CONFIG = {
    "font": "Woondriehoek Sans, DejaVu Sans, sans-serif",
    "view": {"stroke": None},
    "legend": {"labelLimit": 0},
    "axis": {"labelLimit": 0},
}


def doel_spec(
    *,
    titel: str,
    beschrijving: str,
    jaren: list[int],
    balken: list[dict],
    pad: list[dict],
    gestapeld: bool = True,
    labels: dict[str, str] | None = None,
    breedte: int = 520,
    hoogte: int = 260,
) -> dict:
    """A bar per year (per organisation: stacked, or side by side for rates) and the target
    path as a dashed line with points.

    balken: [{"jaar": 2025, "organisatie": "Woonwaarts", "waarde": 12}, ...]
    pad: [{"jaar": 2025, "waarde": 30}, ...]
    labels: axis and legend titles: jaar, waarde, organisatie, pad.
    """
    names = {"jaar": "Year", "waarde": "Value", "organisatie": "Organisation", "pad": "Target"}
    names.update(labels or {})
    return _spec(titel, beschrijving, jaren, balken, pad, gestapeld, names, breedte, hoogte)


def _spec(titel, beschrijving, jaren, balken, pad, gestapeld, labels, breedte, hoogte) -> dict:
    domain = [str(j) for j in jaren]
    x = {
        "field": "jaar",
        "type": "ordinal",
        "title": labels["jaar"],
        "scale": {"domain": domain},
        "axis": {"labelAngle": 0},
    }
    bar_values = [
        {
            "jaar": str(b["jaar"]),
            "organisatie": b.get("organisatie") or "",
            "waarde": _num(b["waarde"]),
        }
        for b in balken
        if b.get("waarde") is not None
    ]
    bar_encoding: dict = {
        "x": x,
        "y": {"field": "waarde", "type": "quantitative", "title": labels["waarde"]},
        "tooltip": [
            {"field": "jaar", "title": labels["jaar"]},
            {"field": "organisatie", "title": labels["organisatie"]},
            {"field": "waarde", "title": labels["waarde"]},
        ],
    }
    if any(v["organisatie"] for v in bar_values):
        bar_encoding["color"] = {
            "field": "organisatie",
            "type": "nominal",
            "title": labels["organisatie"],
            "scale": {"scheme": "tableau10"},
        }
        if not gestapeld:
            bar_encoding["xOffset"] = {"field": "organisatie"}
            bar_encoding["y"]["stack"] = None
    else:
        bar_encoding["color"] = {"value": "#0b5c46"}
    path_values = [
        {"jaar": str(p["jaar"]), "pad": _num(p["waarde"])} for p in pad if p["waarde"] is not None
    ]
    layers = [
        {"data": {"values": bar_values}, "mark": {"type": "bar"}, "encoding": bar_encoding},
        {
            "data": {"values": path_values},
            "mark": {"type": "line", "point": True, "strokeDash": [6, 4], "color": "#1b1f24"},
            "encoding": {
                "x": x,
                "y": {"field": "pad", "type": "quantitative", "title": labels["waarde"]},
                "tooltip": [
                    {"field": "jaar", "title": labels["jaar"]},
                    {"field": "pad", "title": labels["pad"]},
                ],
            },
        },
    ]
    return {
        "$schema": SCHEMA,
        "title": titel,
        "description": beschrijving,
        "width": breedte,
        "height": hoogte,
        "layer": layers,
        "config": CHART_CONFIG,
    }


@cache
def converter() -> ModuleType:
    """vl-convert, with the charts' font registered (once per process)."""
    import vl_convert as module

    module.register_font_directory(str(FONTS))
    return module


@lru_cache(maxsize=256)
def _render(spec_json: str) -> str:
    return converter().vegalite_to_svg(json.loads(spec_json))


def render_svg(spec: dict) -> str:
    """SVG text of a Vega-Lite spec (cached per spec)."""
    svg = _render(json.dumps(spec, sort_keys=True, default=str))
    if svg.startswith("<?xml"):
        svg = svg.split("?>", 1)[1].lstrip()
    return svg


def warm_up() -> str:
    """Start the Vega engine and load the charts' font, so the first chart a visitor opens
    is not the slow one. Returns the SVG of the small chart it drew (with text)."""
    return render_svg(
        doel_spec(
            titel="Woondriehoek",
            beschrijving="",
            jaren=[2025],
            balken=[{"jaar": 2025, "organisatie": "Woondriehoek", "waarde": 1}],
            pad=[{"jaar": 2025, "waarde": 1}],
        )
    )
