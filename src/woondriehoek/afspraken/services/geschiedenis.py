"""The audit trail of an item or document, read from django-simple-history."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import Betrokkenheid, Document, Doel, Item, Ondertekenaar, Partij, Thema

ACTIONS = {
    "+": gettext_lazy("created"),
    "~": gettext_lazy("changed"),
    "-": gettext_lazy("deleted"),
}


@dataclass
class Wijziging:
    when: object
    who: str
    what: str
    action: str
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    reason: str = ""


def _label(record) -> str:
    return _(record.instance._meta.verbose_name).capitalize() + f": {record.instance}"


def _user(record) -> str:
    user = record.history_user
    if user is None:
        return _("system")
    return user.get_full_name() or user.get_username()


def describe_record(record) -> Wijziging:
    changes: list[tuple[str, str, str]] = []
    previous = record.prev_record
    if record.history_type == "~" and previous is not None:
        delta = record.diff_against(previous, foreign_keys_are_objs=False)
        for change in delta.changes:
            try:
                label = str(record.instance._meta.get_field(change.field).verbose_name)
            except Exception:  # m2m or removed field
                label = change.field
            changes.append((label, _short(change.old), _short(change.new)))
    return Wijziging(
        when=record.history_date,
        who=_user(record),
        what=_label(record),
        action=ACTIONS.get(record.history_type, record.history_type),
        changes=changes,
        reason=record.history_change_reason or "",
    )


def _short(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 300 else text[:297] + "…"


def item_history(item: Item) -> list[Wijziging]:
    records = list(item.history.select_related("history_user"))
    for model in (Betrokkenheid, Doel):
        records += list(model.history.filter(item_id=item.pk).select_related("history_user"))
    return newest_first([describe_record(r) for r in records])


def document_history(document: Document, limit: int = 200) -> list[Wijziging]:
    records = list(document.history.select_related("history_user"))
    for model in (Partij, Ondertekenaar, Thema, Item):
        records += list(
            model.history.filter(document_id=document.pk)
            .select_related("history_user")
            .order_by("-history_date")[:limit]
        )
    return newest_first([describe_record(r) for r in records])[:limit]


def newest_first(rows: list[Wijziging]) -> list[Wijziging]:
    return sorted(rows, key=lambda w: w.when, reverse=True)
