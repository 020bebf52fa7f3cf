"""Read rules live next to the data: who may see which documents and items."""

from __future__ import annotations

from django.db import models
from django.db.models import Q, QuerySet

from .constants import PUBLISHED_STATUSES


class DocumentQuerySet(models.QuerySet):
    def published(self) -> DocumentQuerySet:
        return self.filter(status__in=PUBLISHED_STATUSES)

    def visible_to(self, user) -> DocumentQuerySet:
        """Published documents, plus every document of the user's municipalities."""
        from woondriehoek.organisaties.services.lidmaatschap import (
            gemeenten_van,
            is_functioneel_beheerder,
        )

        if is_functioneel_beheerder(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.published()
        own = self.model.objects.filter(gemeenten__in=gemeenten_van(user)).values("pk")
        return self.filter(Q(status__in=PUBLISHED_STATUSES) | Q(pk__in=own))

    def unpublished_ids_visible_to(self, user) -> QuerySet:
        """Ids of the documents `visible_to(user)` adds to the published ones: the
        unpublished documents of the user's municipalities, as one flat query on the
        document–municipality links (the API asks it on every request made with a token)."""
        from woondriehoek.organisaties.services.lidmaatschap import gemeenten_van

        return (
            self.model.gemeenten.through.objects.filter(
                organisatie_id__in=gemeenten_van(user).values("pk")
            )
            .exclude(document__status__in=PUBLISHED_STATUSES)
            .values_list("document_id", flat=True)
            .order_by("document_id")
            .distinct()
        )

    def of_gemeente(self, gemeente) -> DocumentQuerySet:
        return self.filter(pk__in=self.model.objects.filter(gemeenten=gemeente).values("pk"))


class ItemQuerySet(models.QuerySet):
    def visible_to(self, user) -> ItemQuerySet:
        from .models import Document

        return self.filter(document__in=Document.objects.visible_to(user))

    def with_party(self, organisatie_ids, rol: str | None = None) -> ItemQuerySet:
        """Items where one of these organisations is trekker or betrokkene (or the given rol)."""
        from .models import Betrokkenheid

        rows = Betrokkenheid.objects.filter(organisatie_id__in=organisatie_ids)
        if rol:
            rows = rows.filter(rol=rol)
        return self.filter(pk__in=rows.values("item_id"))

    def for_listing(self) -> ItemQuerySet:
        return self.select_related("thema", "document", "verwijst_naar").prefetch_related(
            "betrokkenheden__organisatie", "doelen"
        )
