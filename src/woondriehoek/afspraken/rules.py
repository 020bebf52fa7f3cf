"""Object permissions of the register (django-rules).

- Anyone who may see a document may read it and its items (see query.visible_to).
- Beheerders of a party edit the whole register of that document.
- Bewerkers (and beheerders) edit the items where their organisation is trekker.
- Functional administrators (staff) may do everything.
"""

from __future__ import annotations

import rules

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)

from .constants import BetrokkenheidRol


@rules.predicate
def is_staff(user) -> bool:
    return is_functioneel_beheerder(user)


@rules.predicate
def can_view_document(user, document) -> bool:
    if document is None:
        return False
    return type(document).objects.visible_to(user).filter(pk=document.pk).exists()


@rules.predicate
def is_document_beheerder(user, document) -> bool:
    if document is None:
        return False
    orgs = organisatie_ids(user, Rol.BEHEERDER)
    return bool(orgs) and document.partijen.filter(organisatie_id__in=orgs).exists()


@rules.predicate
def is_item_document_beheerder(user, item) -> bool:
    return item is not None and is_document_beheerder(user, item.document)


@rules.predicate
def is_trekker_bewerker(user, item) -> bool:
    if item is None:
        return False
    orgs = organisatie_ids(user, Rol.BEHEERDER, Rol.BEWERKER)
    return (
        bool(orgs)
        and item.betrokkenheden.filter(
            rol=BetrokkenheidRol.TREKKER, organisatie_id__in=orgs
        ).exists()
    )


@rules.predicate
def can_view_item(user, item) -> bool:
    return item is not None and can_view_document(user, item.document)


can_manage_document = is_staff | is_document_beheerder
can_edit_item = is_staff | is_item_document_beheerder | is_trekker_bewerker

rules.add_perm("afspraken.view_document", can_view_document)
rules.add_perm("afspraken.change_document", can_manage_document)
rules.add_perm("afspraken.add_item", can_manage_document)
rules.add_perm("afspraken.view_item", can_view_item)
rules.add_perm("afspraken.change_item", can_edit_item)
rules.add_perm("afspraken.delete_item", is_staff | is_item_document_beheerder)
