"""Object permissions of monitoring (django-rules).

- Progress: bewerkers/beheerders of a trekker organisation of the item, and staff.
  Not on context items (opgave, overig), which are not monitored.
- Comments: bewerkers/beheerders of any party organisation of the document, and staff.
- Zienswijze: bewerkers/beheerders of a huurdersorganisatie that is party to the document.
- Realisations of a target: the trekker's people, the municipality's people, and staff.
- Reading progress follows reading the item; comments, views and evidence are for members
  (any role, lezers too) of a party organisation, and staff.
"""

from __future__ import annotations

import rules

from woondriehoek.afspraken.constants import BetrokkenheidRol, ItemSoort
from woondriehoek.afspraken.rules import can_view_item, is_staff
from woondriehoek.organisaties.constants import OrganisatieType, Rol
from woondriehoek.organisaties.services.lidmaatschap import organisatie_ids

NIET_GEMONITORD = (ItemSoort.OPGAVE, ItemSoort.OVERIG)
SCHRIJVERS = (Rol.BEHEERDER, Rol.BEWERKER)


def trekker_ids(item) -> set[int]:
    return set(
        item.betrokkenheden.filter(
            rol=BetrokkenheidRol.TREKKER, organisatie__isnull=False
        ).values_list("organisatie_id", flat=True)
    )


def partij_ids(document, org_type: str | None = None) -> set[int]:
    rows = document.partijen.all()
    if org_type:
        rows = rows.filter(organisatie__type=org_type)
    return set(rows.values_list("organisatie_id", flat=True))


@rules.predicate
def is_monitored(user, item) -> bool:
    return item is not None and item.soort not in NIET_GEMONITORD


@rules.predicate
def is_trekker_schrijver(user, item) -> bool:
    return item is not None and bool(organisatie_ids(user, *SCHRIJVERS) & trekker_ids(item))


@rules.predicate
def is_partij_schrijver(user, item) -> bool:
    return item is not None and bool(organisatie_ids(user, *SCHRIJVERS) & partij_ids(item.document))


@rules.predicate
def is_partij_lid(user, item) -> bool:
    return item is not None and bool(organisatie_ids(user) & partij_ids(item.document))


@rules.predicate
def is_huurders_schrijver(user, item) -> bool:
    if item is None:
        return False
    huurders = partij_ids(item.document, OrganisatieType.HUURDERSORGANISATIE)
    return bool(organisatie_ids(user, *SCHRIJVERS) & huurders)


@rules.predicate
def is_doel_schrijver(user, doel) -> bool:
    if doel is None:
        return False
    mine = organisatie_ids(user, *SCHRIJVERS)
    gemeenten = partij_ids(doel.item.document, OrganisatieType.GEMEENTE)
    return bool(mine & (trekker_ids(doel.item) | gemeenten))


@rules.predicate
def can_view_doel(user, doel) -> bool:
    return doel is not None and can_view_item(user, doel.item)


@rules.predicate
def is_ontvanger_of_auteur(user, reactie) -> bool:
    if reactie is None or not getattr(user, "is_authenticated", False):
        return False
    addressed = reactie.gericht_aan_id in organisatie_ids(user, *SCHRIJVERS)
    return addressed or reactie.auteur_id == user.pk


rules.add_perm("monitoring.view_voortgang", can_view_item)
rules.add_perm("monitoring.add_voortgang", is_monitored & (is_staff | is_trekker_schrijver))
rules.add_perm("monitoring.view_overleg", can_view_item & (is_staff | is_partij_lid))
rules.add_perm("monitoring.add_reactie", is_staff | is_partij_schrijver)
rules.add_perm("monitoring.add_zienswijze", is_huurders_schrijver)
rules.add_perm("monitoring.view_doel", can_view_doel)
rules.add_perm("monitoring.add_realisatie", is_staff | is_doel_schrijver)
rules.add_perm("monitoring.handle_reactie", is_staff | is_ontvanger_of_auteur)
