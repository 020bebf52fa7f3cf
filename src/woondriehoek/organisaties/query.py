from __future__ import annotations

from django.db import models

from .constants import Rol


class LidmaatschapQuerySet(models.QuerySet):
    def of(self, user) -> LidmaatschapQuerySet:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(user=user)

    def with_role(self, *rollen: Rol) -> LidmaatschapQuerySet:
        return self.filter(rol__in=rollen)
