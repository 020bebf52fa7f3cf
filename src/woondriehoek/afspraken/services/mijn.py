"""'What is on our plate': the items where the user's organisations are trekker or betrokkene."""

from __future__ import annotations

from dataclasses import dataclass

from woondriehoek.core.text import fold
from woondriehoek.organisaties.services.lidmaatschap import organisatie_ids

from ..constants import BetrokkenheidRol, ItemSoort
from ..models import Document, Item


@dataclass
class PlateGroup:
    document: Document
    items: list[Item]


def items_on_plate(user, rol: str = "", q: str = "") -> list[PlateGroup]:
    orgs = organisatie_ids(user)
    if rol not in (BetrokkenheidRol.TREKKER, BetrokkenheidRol.BETROKKENE):
        rol = ""
    qs = (
        Item.objects.visible_to(user)
        .with_party(orgs, rol or None)
        .exclude(soort=ItemSoort.OPGAVE)
        .for_listing()
        .order_by("document__periode_start", "document_id", "volgorde", "pk")
    )
    if q.strip():
        qs = qs.filter(zoektekst__contains=fold(q))
    groups: dict[int, PlateGroup] = {}
    for item in qs:
        item.mine_as = [
            b.get_rol_display() for b in item.betrokkenheden.all() if b.organisatie_id in orgs
        ]
        groups.setdefault(item.document_id, PlateGroup(item.document, [])).items.append(item)
    return sorted(groups.values(), key=lambda g: -(g.document.periode_start or 0))
