"""The cycle half of issue 4 lives in app `cyclus`; use it when it is there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.template import TemplateDoesNotExist
from django.template.loader import get_template

try:
    from woondriehoek.cyclus.services import overzicht
except ImportError:  # the cyclus app has not landed (yet)
    overzicht = None

TEMPLATE = "cyclus/_dashboard.html"


@dataclass
class CyclusTaak:
    label: str
    url: str = ""
    datum: dt.date | None = None
    te_laat: bool = False


def dashboard(gemeente, user, today: dt.date) -> tuple[str | None, dict]:
    """(template to include or None, its context)."""
    fn = getattr(overzicht, "dashboard_context", None)
    if fn is None:
        return None, {}
    try:
        get_template(TEMPLATE)
    except TemplateDoesNotExist:
        return None, {}
    return TEMPLATE, fn(gemeente, user, today)


def _field(task, *names):
    for name in names:
        value = task.get(name) if isinstance(task, dict) else getattr(task, name, None)
        if callable(value):
            value = value()
        if value:
            return value
    return None


def taken(user, today: dt.date) -> list[CyclusTaak]:
    fn = getattr(overzicht, "tasks_for", None)
    if fn is None:
        return []
    result = []
    for task in fn(user, today):
        label = _field(task, "label", "titel", "title", "naam") or str(task)
        url = _field(task, "url", "get_absolute_url") or ""
        datum = _field(task, "datum", "deadline", "date", "due")
        te_laat = bool(_field(task, "te_laat", "overdue"))
        result.append(CyclusTaak(str(label), str(url), datum, te_laat))
    return result
