"""Read rules of the cycle: who sees which rules, meetings, decisions and jaarschijven.

Meetings, decisions and jaarschijf drafts are internal to the parties of a workspace:
members of an organisation that is party to one of its agreements (or the municipality
itself) read them; functional administrators read everything. Adopted jaarschijven of
published agreements are public.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q


def _gemeente_ids(user) -> set[int] | None:
    """Workspaces the user belongs to; None means all (functional administrator)."""
    from woondriehoek.organisaties.services.lidmaatschap import (
        gemeenten_van,
        is_functioneel_beheerder,
    )

    if is_functioneel_beheerder(user):
        return None
    return set(gemeenten_van(user).values_list("pk", flat=True))


class CyclusregelQuerySet(models.QuerySet):
    def of_gemeente(self, gemeente) -> CyclusregelQuerySet:
        return self.filter(gemeente=gemeente)

    def actief(self) -> CyclusregelQuerySet:
        return self.filter(actief=True)


class OverlegQuerySet(models.QuerySet):
    def visible_to(self, user) -> OverlegQuerySet:
        ids = _gemeente_ids(user)
        return self.all() if ids is None else self.filter(gemeente_id__in=ids)

    def of_jaar(self, jaar: int) -> OverlegQuerySet:
        return self.filter(begin__year=jaar)


class BesluitQuerySet(models.QuerySet):
    def visible_to(self, user) -> BesluitQuerySet:
        ids = _gemeente_ids(user)
        return self.all() if ids is None else self.filter(overleg__gemeente_id__in=ids)


class JaarschijfQuerySet(models.QuerySet):
    def visible_to(self, user) -> JaarschijfQuerySet:
        from woondriehoek.afspraken.constants import PUBLISHED_STATUSES

        ids = _gemeente_ids(user)
        if ids is None:
            return self.all()
        public = Q(status="vastgesteld", document__status__in=PUBLISHED_STATUSES)
        return self.filter(public | Q(document__gemeenten__in=ids)).distinct()

    def of_gemeente(self, gemeente) -> JaarschijfQuerySet:
        return self.filter(document__gemeenten=gemeente).distinct()
