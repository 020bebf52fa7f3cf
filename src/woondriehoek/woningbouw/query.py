from __future__ import annotations

from django.db import models


class ProjectQuerySet(models.QuerySet):
    def of_gemeente(self, gemeente) -> ProjectQuerySet:
        return self.filter(gemeente=gemeente)

    def visible_to(self, user) -> ProjectQuerySet:
        """Projects of the municipalities whose workspace the user may read."""
        from woondriehoek.organisaties.services.lidmaatschap import (
            gemeenten_van,
            is_functioneel_beheerder,
        )

        if is_functioneel_beheerder(user):
            return self.all()
        return self.filter(gemeente__in=gemeenten_van(user))
