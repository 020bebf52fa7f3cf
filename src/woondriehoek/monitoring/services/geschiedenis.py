"""The audit trail of monitoring on an item, from django-simple-history."""

from __future__ import annotations

from django.utils.translation import gettext as _

from woondriehoek.afspraken.services.geschiedenis import ACTIONS, Wijziging

from ..models import Bewijs, Reactie, Voortgang, Zienswijze


def _who(record) -> str:
    user = record.history_user
    if user is None:
        return _("system")
    return user.get_full_name() or user.get_username()


def _changes(record) -> list[tuple[str, str, str]]:
    previous = record.prev_record
    if record.history_type != "~" or previous is None:
        return []
    delta = record.diff_against(previous, foreign_keys_are_objs=False)
    return [
        (
            str(record.instance._meta.get_field(c.field).verbose_name),
            "" if c.old is None else str(c.old),
            "" if c.new is None else str(c.new),
        )
        for c in delta.changes
    ]


def monitoring_history(item, limit: int = 200) -> list[Wijziging]:
    records = []
    for model in (Voortgang, Reactie, Zienswijze):
        records += list(model.history.filter(item_id=item.pk).select_related("history_user"))
    records += list(
        Bewijs.history.filter(voortgang__item_id=item.pk).select_related("history_user")
    )
    rows = [
        Wijziging(
            when=r.history_date,
            who=_who(r),
            what=f"{str(r.instance._meta.verbose_name).capitalize()}: {r.instance}",
            action=ACTIONS.get(r.history_type, r.history_type),
            changes=_changes(r),
        )
        for r in records
    ]
    return sorted(rows, key=lambda w: w.when, reverse=True)[:limit]
