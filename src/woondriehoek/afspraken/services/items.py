"""Saving an item together with its trekkers, betrokkenen and targets."""

from __future__ import annotations

from django.db import transaction

from ..models import Item


@transaction.atomic
def save_item(form, betrokken, doelen) -> Item:
    item = form.save(commit=False)
    if not item.pk and not item.volgorde:
        last = item.document.items.order_by("-volgorde").values_list("volgorde", flat=True).first()
        item.volgorde = (last or 0) + 10
    item.save()
    for formset in (betrokken, doelen):
        formset.instance = item
        formset.save()
    return item
