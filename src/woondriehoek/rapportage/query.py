"""Who may see a generated report: whoever may read the municipality's workspace."""

from __future__ import annotations

from django.db import models


class RapportQuerySet(models.QuerySet):
    def visible_to(self, user) -> RapportQuerySet:
        from woondriehoek.organisaties.services.lidmaatschap import (
            gemeenten_van,
            is_functioneel_beheerder,
        )

        if is_functioneel_beheerder(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(gemeente__in=gemeenten_van(user).values("pk"))

    def of_gemeente(self, gemeente) -> RapportQuerySet:
        return self.filter(gemeente=gemeente)
