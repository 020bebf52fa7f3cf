"""What one export may contain: the documents and monitors the requesting user may read.

Anonymous visitors get published documents only; the planmonitor and the allocation monitor
are internal to the workspace (``woningbouw.view_planmonitor``, ``toewijzing.view_monitor``)
and stay out. Comments (Reactie), views (Zienswijze) and names of users are never exported.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from woondriehoek.afspraken.models import Document
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie


@dataclass(frozen=True)
class Bereik:
    gemeente: Organisatie
    user: object

    @property
    def documenten(self) -> QuerySet[Document]:
        return (
            Document.objects.visible_to(self.user)
            .of_gemeente(self.gemeente)
            .order_by("-periode_start", "titel", "pk")
        )

    @property
    def planmonitor(self) -> bool:
        return bool(self.user.has_perm("woningbouw.view_planmonitor", self.gemeente))

    @property
    def toewijzing(self) -> bool:
        return bool(self.user.has_perm("toewijzing.view_monitor", self.gemeente))


def gemeenten_met_publicatie() -> QuerySet[Organisatie]:
    """Municipalities with at least one published agreement document."""
    published = Document.objects.published()
    return (
        Organisatie.objects.filter(type=OrganisatieType.GEMEENTE, documenten__in=published)
        .distinct()
        .order_by("naam")
    )
