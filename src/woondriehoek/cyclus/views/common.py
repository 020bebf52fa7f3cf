from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie


def gemeente_or_404(slug: str) -> Organisatie:
    return get_object_or_404(Organisatie, slug=slug, type=OrganisatieType.GEMEENTE)


def require(request, perm: str, obj=None) -> None:
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied


def require_member(request, gemeente: Organisatie) -> None:
    """Internal pages of a workspace: 404 for people outside it (it is not theirs to see)."""
    if not request.user.has_perm("cyclus.view_werkruimte", gemeente):
        raise Http404


def vandaag() -> dt.date:
    return timezone.localdate()


def jaar_param(request, default: int) -> int:
    try:
        jaar = int(request.GET.get("jaar", default))
    except (TypeError, ValueError):
        return default
    return jaar if 2000 <= jaar <= 2100 else default
