from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from ..models import Document, Item


def visible_document(request, pk: int) -> Document:
    return get_object_or_404(Document.objects.visible_to(request.user), pk=pk)


def visible_item(request, pk: int) -> Item:
    return get_object_or_404(
        Item.objects.visible_to(request.user).select_related("document", "thema"), pk=pk
    )


def require(request, perm: str, obj) -> None:
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied
