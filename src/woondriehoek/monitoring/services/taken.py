"""'My tasks': what the user's organisations still have to do in monitoring."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from woondriehoek.afspraken.constants import BetrokkenheidRol
from woondriehoek.afspraken.models import Item
from woondriehoek.organisaties.services.lidmaatschap import organisatie_ids

from ..models import Reactie
from ..rules import NIET_GEMONITORD, SCHRIJVERS
from .cyclus import CyclusTaak
from .cyclus import taken as cyclus_taken
from .periode import Periode
from .voortgang import zonder_update


@dataclass
class Taken:
    periode: Periode
    te_rapporteren: list[Item] = field(default_factory=list)
    reacties: list[Reactie] = field(default_factory=list)
    cyclus: list[CyclusTaak] = field(default_factory=list)

    @property
    def aantal(self) -> int:
        return len(self.te_rapporteren) + len(self.reacties) + len(self.cyclus)


def lopende_items(user, today: dt.date):
    """Monitored items led by the user's organisations in agreements running this year."""
    orgs = organisatie_ids(user, *SCHRIJVERS)
    year = today.year
    return (
        Item.objects.visible_to(user)
        .with_party(orgs, BetrokkenheidRol.TREKKER)
        .exclude(soort__in=NIET_GEMONITORD)
        .filter(Q(document__periode_start__lte=year) | Q(document__periode_start__isnull=True))
        .filter(
            Q(document__periode_eind__gte=year)
            | Q(document__periode_eind__isnull=True, document__periode_start=year)
        )
        .select_related("document", "thema")
        .order_by("document_id", "volgorde", "pk")
    )


def open_reacties(user) -> list[Reactie]:
    orgs = organisatie_ids(user, *SCHRIJVERS)
    return list(
        Reactie.objects.visible_to(user)
        .filter(gericht_aan_id__in=orgs, afgehandeld_op__isnull=True)
        .exclude(auteur_id=user.pk)
        .select_related("item__document", "organisatie", "gericht_aan", "auteur")
        .order_by("aangemaakt")
    )


def mijn_taken(user, today: dt.date) -> Taken:
    periode = Periode.huidige(today)
    return Taken(
        periode=periode,
        te_rapporteren=zonder_update(lopende_items(user, today), periode),
        reacties=open_reacties(user),
        cyclus=cyclus_taken(user, today),
    )
