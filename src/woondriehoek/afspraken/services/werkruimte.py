"""Workspaces: one per municipality, holding the documents the user may see."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..models import Document


@dataclass
class Werkruimte:
    gemeente: Organisatie
    aantal: int
    partijen: list[str] = field(default_factory=list)


def werkruimtes_voor(user) -> list[Werkruimte]:
    """Municipalities with at least one document the user may see."""
    visible = Document.objects.visible_to(user)
    gemeenten = (
        Organisatie.objects.filter(type=OrganisatieType.GEMEENTE)
        .annotate(aantal=Count("documenten", filter=Q(documenten__in=visible), distinct=True))
        .filter(aantal__gt=0)
        .order_by("naam")
    )
    result = []
    for gemeente in gemeenten:
        partijen = (
            Organisatie.objects.filter(partijschappen__document__in=visible.of_gemeente(gemeente))
            .exclude(pk=gemeente.pk)
            .distinct()
            .values_list("naam", flat=True)
        )
        result.append(Werkruimte(gemeente, gemeente.aantal, list(partijen)))
    return result


def documenten_van(gemeente: Organisatie, user):
    return (
        Document.objects.visible_to(user)
        .of_gemeente(gemeente)
        .prefetch_related("partijen__organisatie", "gemeenten", "ondertekenaars")
        .order_by("-periode_start", "titel")
    )


def has_public_page(gemeente: Organisatie) -> bool:
    """The public page of a municipality exists once one of its documents is published."""
    return Document.objects.published().of_gemeente(gemeente).exists()
