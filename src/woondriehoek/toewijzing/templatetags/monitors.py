from __future__ import annotations

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def pct(value, decimals: int = 1) -> str:
    if value is None or value == "":
        return "–"
    return f"{float(value) * 100:.{int(decimals)}f}%".replace(".", ",")


@register.filter
def voldoet(value) -> str:
    """Text, not colour, says whether a norm is met."""
    if value is None:
        return _("not assessed")
    return _("meets the norm") if value else _("does not meet the norm")


@register.filter
def get(mapping, key):
    return mapping.get(key) if isinstance(mapping, dict) else None


@register.filter
def rijen(values, limit: int = 50) -> str:
    values = list(values or [])
    text = ", ".join(map(str, values[: int(limit)]))
    return text + (f" … (+{len(values) - int(limit)})" if len(values) > int(limit) else "")
