"""One Vega-Lite spec, two images: SVG for the PDF (and the web), PNG for the DOCX."""

from __future__ import annotations

import json
from functools import lru_cache

from woondriehoek.monitoring.services.charts import converter, render_svg

PNG_SCALE = 2  # sharp enough for print at the width a DOCX page allows


def _sleutel(spec: dict) -> str:
    return json.dumps(spec, sort_keys=True, default=str)


def svg(spec: dict) -> str:
    """SVG text, cached per spec by the monitoring chart renderer."""
    return render_svg(spec)


@lru_cache(maxsize=256)
def _png(spec_json: str) -> bytes:
    return converter().vegalite_to_png(json.loads(spec_json), scale=PNG_SCALE)


def png(spec: dict) -> bytes:
    return _png(_sleutel(spec))
