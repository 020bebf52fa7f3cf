from __future__ import annotations

import base64
from typing import Any

from django import template
from django.utils.html import format_html

from ..services import grafieken, pdf_grafieken
from ..services.pdf_delen import ANKER_SCHEME

register = template.Library()


@register.filter
def svg_uri(spec: dict) -> str:
    """A data: URI of the chart's SVG, for <img> in the PDF."""
    data = base64.b64encode(grafieken.svg(spec).encode()).decode()
    return f"data:image/svg+xml;base64,{data}"


@register.simple_tag(takes_context=True)
def grafiek_img(context: template.Context, spec: dict, alt: str) -> str:
    """The chart's <img>. When the renderer collects charts (a list `grafieken` in the
    context), an empty placeholder of the chart's size in a marking link, for vl-convert to
    draw on later (services/pdf_grafieken.py); otherwise the chart's own SVG. A part that is
    only weighed (`deel.maten` false) gets no size, so no chart is drawn for it."""
    verzameld = context.get("grafieken")
    if verzameld is None:
        return format_html('<img src="{}" alt="{}">', svg_uri(spec), alt)
    verzameld.append(spec)
    deel = context.get("deel")
    return format_html(
        '<a href="{}"><img src="{}" alt="{}"></a>',
        pdf_grafieken.href(len(verzameld) - 1),
        pdf_grafieken.placeholder_uri(spec) if deel is None or deel.maten else "",
        alt,
    )


@register.simple_tag
def toc_link(anker: str, deel: Any) -> str:
    """The opening <a> of a table-of-contents line: to the anchor, or — when the renderer
    already knows the page numbers (a report laid out in parts, services/pdf_delen.py) — a
    marking link with the number to print."""
    if deel.paginanummers is None:
        return format_html('<a href="#{}">', anker)
    return format_html(
        '<a href="{}{}" data-pagina="{}">', ANKER_SCHEME, anker, deel.paginanummers[anker]
    )
