from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.woningbouw.rules import schrijvende_orgs, werkruimte_corporaties


def werkruimte(request, slug: str, perm: str) -> Organisatie:
    """The municipality of the workspace; 404 when the user may not read it."""
    gemeente = get_object_or_404(Organisatie, slug=slug, type=OrganisatieType.GEMEENTE)
    if not request.user.has_perm(perm, gemeente):
        raise Http404
    return gemeente


def require(request, perm: str, obj) -> None:
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied


def eigen_organisatie(user, gemeente) -> int | None:
    """The organisation a user supplies for in this workspace: the gemeente or a corporation."""
    orgs = schrijvende_orgs(user)
    if gemeente.pk in orgs:
        return gemeente.pk
    corps = sorted(orgs & werkruimte_corporaties(gemeente))
    return corps[0] if corps else None
