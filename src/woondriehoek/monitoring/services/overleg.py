"""Comments of the parties and the tenants' views on an item."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from woondriehoek.afspraken.models import Item
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)

from ..models import Reactie, Voortgang, Zienswijze
from ..rules import SCHRIJVERS, partij_ids
from .periode import Periode


def _user(user):
    return user if getattr(user, "is_authenticated", False) else None


def namens_keuzes(user, item: Item, org_type: str | None = None) -> list[Organisatie]:
    """Party organisations of the document on whose behalf the user may write."""
    parties = partij_ids(item.document, org_type)
    if not is_functioneel_beheerder(user):
        parties &= organisatie_ids(user, *SCHRIJVERS)
    return list(Organisatie.objects.filter(pk__in=parties).order_by("naam"))


def partijen(item: Item) -> list[Organisatie]:
    return list(Organisatie.objects.filter(pk__in=partij_ids(item.document)).order_by("naam"))


@transaction.atomic
def add_reactie(
    item: Item,
    user,
    organisatie: Organisatie,
    tekst: str,
    gericht_aan: Organisatie | None = None,
    voortgang: Voortgang | None = None,
) -> Reactie:
    reactie = Reactie(
        item=item,
        voortgang=voortgang,
        tekst=tekst,
        auteur=_user(user),
        organisatie=organisatie,
        gericht_aan=gericht_aan,
    )
    reactie.full_clean()
    reactie.save()
    return reactie


def afhandelen(reactie: Reactie, user) -> Reactie:
    """Mark a comment handled; the history keeps the open version."""
    if reactie.afgehandeld_op is None:
        reactie.afgehandeld_op = timezone.now()
        reactie.afgehandeld_door = _user(user)
        reactie.save(update_fields=["afgehandeld_op", "afgehandeld_door"])
    return reactie


@transaction.atomic
def add_zienswijze(
    item: Item, user, organisatie: Organisatie, periode: Periode, tekst: str
) -> Zienswijze:
    if organisatie.type != OrganisatieType.HUURDERSORGANISATIE:
        raise ValueError("A zienswijze is given by a tenant organisation.")
    zienswijze = Zienswijze(
        item=item,
        jaar=periode.jaar,
        deel=periode.deel,
        tekst=tekst,
        auteur=_user(user),
        organisatie=organisatie,
    )
    zienswijze.full_clean()
    zienswijze.save()
    return zienswijze
