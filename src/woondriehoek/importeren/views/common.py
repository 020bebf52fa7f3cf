from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from ..models import Importtaak


def visible_job(request, pk: int) -> Importtaak:
    """The job if this user may see it (uploader, functional administrator, beheerder)."""
    return get_object_or_404(
        Importtaak.objects.visible_to(request.user).select_related("gemeente"), pk=pk
    )


def require_upload(request) -> None:
    if not request.user.has_perm("importeren.upload"):
        raise PermissionDenied
