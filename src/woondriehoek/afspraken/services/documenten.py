"""Creating documents and deciding who may."""

from __future__ import annotations

from django.db import transaction

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import (
    gemeenten_van,
    is_functioneel_beheerder,
    organisatie_ids,
)

from ..models import Document, Partij


def can_create_document(user, gemeente: Organisatie) -> bool:
    """Functional administrators, and beheerders of an organisation in this workspace."""
    if is_functioneel_beheerder(user):
        return True
    if not organisatie_ids(user, Rol.BEHEERDER):
        return False
    return gemeenten_van(user).filter(pk=gemeente.pk).exists()


def creator_organisation(user, gemeente: Organisatie) -> Organisatie | None:
    ids = organisatie_ids(user, Rol.BEHEERDER)
    if gemeente.pk in ids:
        return gemeente
    return Organisatie.objects.filter(pk__in=ids).order_by("naam").first()


@transaction.atomic
def create_document(form, user, gemeente: Organisatie) -> Document:
    """Save a new document; the municipality and the creator's organisation become parties."""
    document = form.save()
    if not document.gemeenten.exists():
        document.gemeenten.add(gemeente)
    for volgorde, gem in enumerate(document.gemeenten.all()):
        Partij.objects.get_or_create(
            document=document, organisatie=gem, defaults={"volgorde": volgorde}
        )
    own = creator_organisation(user, gemeente)
    if own is not None:
        Partij.objects.get_or_create(document=document, organisatie=own, defaults={"volgorde": 10})
    return document
