from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils import timezone

from woondriehoek.afspraken.models import Doel, Item


def vandaag() -> dt.date:
    """Today in Europe/Amsterdam; tests replace this function to freeze the date."""
    return timezone.localdate()


def visible_item(request, pk: int) -> Item:
    return get_object_or_404(
        Item.objects.visible_to(request.user).select_related("document", "thema"), pk=pk
    )


def visible_doel(request, pk: int) -> Doel:
    return get_object_or_404(
        Doel.objects.filter(item__in=Item.objects.visible_to(request.user)).select_related(
            "item__document"
        ),
        pk=pk,
    )


def require(request, perm: str, obj) -> None:
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied
