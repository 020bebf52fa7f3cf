"""Read rules of API tokens: who sees and manages which tokens."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class ApiTokenQuerySet(models.QuerySet):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(ingetrokken__isnull=True)

    def visible_to(self, user) -> ApiTokenQuerySet:
        """The user's personal tokens and the tokens of organisations they administer."""
        from woondriehoek.organisaties.constants import Rol
        from woondriehoek.organisaties.services.lidmaatschap import (
            is_functioneel_beheerder,
            organisatie_ids,
        )

        if not getattr(user, "is_authenticated", False) or user.pk is None:
            return self.none()
        if is_functioneel_beheerder(user):
            return self.filter(Q(user=user) | Q(organisatie__isnull=False))
        beheerd = organisatie_ids(user, Rol.BEHEERDER)
        return self.filter(Q(user=user) | Q(organisatie_id__in=beheerd))
