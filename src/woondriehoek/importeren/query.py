"""Who may see an import job: the uploader, functional administrators, and beheerders of
the target municipality or of an organisation that is party to its agreements."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class ImporttaakQuerySet(models.QuerySet):
    def visible_to(self, user) -> ImporttaakQuerySet:
        from woondriehoek.afspraken.models import Partij
        from woondriehoek.organisaties.constants import Rol
        from woondriehoek.organisaties.services.lidmaatschap import (
            is_functioneel_beheerder,
            organisatie_ids,
        )

        if is_functioneel_beheerder(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        beheer = organisatie_ids(user, Rol.BEHEERDER)
        gemeenten = Partij.objects.filter(organisatie_id__in=beheer).values("document__gemeenten")
        return self.filter(
            Q(aangemaakt_door=user) | Q(gemeente_id__in=beheer) | Q(gemeente_id__in=gemeenten)
        )
