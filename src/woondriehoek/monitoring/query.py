"""Read rules of monitoring: who may see which progress, comments and realisations."""

from __future__ import annotations

from django.db import models


class VoortgangQuerySet(models.QuerySet):
    def visible_to(self, user) -> VoortgangQuerySet:
        from woondriehoek.afspraken.models import Item

        return self.filter(item__in=Item.objects.visible_to(user))

    def of_periode(self, periode) -> VoortgangQuerySet:
        return self.filter(periode.q_exact())

    def upto(self, periode) -> VoortgangQuerySet:
        return self.filter(periode.q_upto())

    def newest_first(self) -> VoortgangQuerySet:
        return self.order_by("-jaar", "-deel_rang", "-aangemaakt", "-pk")


class OverlegQuerySet(models.QuerySet):
    """Comments and zienswijzen: readable by members of a party of the document and staff."""

    def visible_to(self, user) -> OverlegQuerySet:
        from woondriehoek.afspraken.models import Document
        from woondriehoek.organisaties.services.lidmaatschap import (
            is_functioneel_beheerder,
            organisatie_ids,
        )

        if is_functioneel_beheerder(user):
            return self.all()
        orgs = organisatie_ids(user)
        if not orgs:
            return self.none()
        documents = Document.objects.visible_to(user).filter(partijen__organisatie_id__in=orgs)
        return self.filter(item__document__in=documents)


class RealisatieQuerySet(models.QuerySet):
    def visible_to(self, user) -> RealisatieQuerySet:
        from woondriehoek.afspraken.models import Item

        return self.filter(doel__item__in=Item.objects.visible_to(user))
