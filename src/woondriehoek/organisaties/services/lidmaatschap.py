"""Who a user is in the woondriehoek: their organisations, roles and municipalities."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from ..constants import OrganisatieType, Rol
from ..models import Lidmaatschap, Organisatie


def is_functioneel_beheerder(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and (user.is_superuser or user.is_staff))


def organisatie_ids(user, *rollen: Rol) -> set[int]:
    """Ids of the organisations the user belongs to, optionally only with these roles."""
    cache_name = "_woondriehoek_lidmaatschappen"
    if not getattr(user, "is_authenticated", False):
        return set()
    rows = getattr(user, cache_name, None)
    if rows is None:
        rows = list(Lidmaatschap.objects.of(user).values_list("organisatie_id", "rol"))
        setattr(user, cache_name, rows)
    return {org for org, rol in rows if not rollen or rol in rollen}


def gemeenten_van(user) -> QuerySet[Organisatie]:
    """Municipalities whose register the user may read: their own, or where their
    organisation is party to an agreement."""
    orgs = organisatie_ids(user)
    if not orgs:
        return Organisatie.objects.none()
    # The municipalities of documents the organisations are party to, as a subquery on the
    # document–municipality links: no DISTINCT over joins, each municipality once.
    links = Organisatie.documenten.through.objects
    via_partij = links.filter(document__partijen__organisatie_id__in=orgs)
    return Organisatie.objects.filter(type=OrganisatieType.GEMEENTE).filter(
        Q(pk__in=orgs) | Q(pk__in=via_partij.values("organisatie_id"))
    )
