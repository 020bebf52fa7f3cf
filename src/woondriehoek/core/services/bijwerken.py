"""Write only what changed, so that importing the same document again, or loading the demo
a second time, leaves the audit trail (django-simple-history) as it was: no "changed"
entries for rows that did not change, no "deleted" and "created" pairs for lists that came
back the same."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db.models import Model, QuerySet


def bewaar(obj: Model, **values: Any) -> bool:
    """Set the fields (use `<fk>_id` names for relations); save when the row is new or a
    value differs. Returns whether it was saved."""
    changed = obj.pk is None
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.save()
    return changed


def vervang_lijst(
    rows: QuerySet,
    fields: Sequence[str],
    wanted: list[dict[str, Any]],
    create: Callable[[dict[str, Any]], Model],
) -> bool:
    """Make the rows (in their stored order) equal `wanted` (dicts of `fields`): nothing is
    written when they already are, else the old rows go and the wanted ones are created.
    Returns whether anything was written."""
    current = [dict(zip(fields, values, strict=True)) for values in rows.values_list(*fields)]
    if current == wanted:
        return False
    rows.delete()
    for values in wanted:
        create(values)
    return True


def werk_bij(model: type[Model], defaults: dict[str, Any], **lookup: Any) -> tuple[Model, bool]:
    """Like `update_or_create`, but saves an existing row only when a default differs.
    Returns (row, created)."""
    obj = model._default_manager.filter(**lookup).first()
    created = obj is None
    if obj is None:
        obj = model(**lookup)
    bewaar(obj, **defaults)
    return obj, created
