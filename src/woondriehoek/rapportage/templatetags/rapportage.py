from __future__ import annotations

import base64

from django import template

from ..services import grafieken

register = template.Library()


@register.filter
def svg_uri(spec: dict) -> str:
    """A data: URI of the chart's SVG, for <img> in the PDF."""
    data = base64.b64encode(grafieken.svg(spec).encode()).decode()
    return f"data:image/svg+xml;base64,{data}"
