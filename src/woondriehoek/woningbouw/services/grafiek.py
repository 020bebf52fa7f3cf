"""Vega-Lite chart of the social-rent pipeline per year, rendered server-side to SVG."""

from __future__ import annotations

from django.utils.translation import gettext as _

from woondriehoek.monitoring.services.charts import CHART_CONFIG

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def pijplijn_spec(per_jaar: list[dict], titel: str) -> dict:
    """Stacked bars of social-rent new build (hard, soft) with withdrawals below zero."""
    hard, zacht, weg = _("Hard plans"), _("Soft plans"), _("Withdrawals")
    values = []
    for r in per_jaar:
        values += [
            {"jaar": str(r["jaar"]), "soort": hard, "aantal": r["sociale_huur_hard"]},
            {"jaar": str(r["jaar"]), "soort": zacht, "aantal": r["sociale_huur_zacht"]},
            {"jaar": str(r["jaar"]), "soort": weg, "aantal": -r["onttrekking"]},
        ]
    return {
        "$schema": SCHEMA,
        "title": titel,
        "description": _(
            "Social rent homes per year: new build in hard and soft plans, and withdrawals."
        ),
        "width": 560,
        "height": 260,
        "data": {"values": values},
        "mark": {"type": "bar"},
        "encoding": {
            "x": {
                "field": "jaar",
                "type": "ordinal",
                "title": _("Year"),
                "axis": {"labelAngle": 0},
            },
            "y": {"field": "aantal", "type": "quantitative", "title": _("Homes"), "stack": "zero"},
            "color": {
                "field": "soort",
                "type": "nominal",
                "title": "",
                "scale": {"domain": [hard, zacht, weg], "range": ["#0b5c46", "#9cc7b5", "#a01919"]},
            },
            "tooltip": [{"field": "jaar"}, {"field": "soort"}, {"field": "aantal"}],
        },
        "config": CHART_CONFIG,
    }
