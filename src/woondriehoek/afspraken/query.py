"""Read rules live next to the data: who may see which documents and items."""

from __future__ import annotations

from django.db import connections, models
from django.db.models import Q

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

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

    def unpublished_ids_visible_to(self, user, limit: int) -> list[int]:
        """Ids (ascending, at most `limit`) of the documents `visible_to(user)` adds to the
        published ones: the unpublished documents of the user's municipalities.

        The API asks this on every request made with a token. Built with the ORM, the
        nested query cost ≈2.5 ms of Python per request to compile (the SQL itself runs in
        microseconds), so it is written out once as SQL (ADR 0007). The hypothesis test in
        afspraken/tests/test_visibility_query.py holds it to the read rule, on SQLite and
        PostgreSQL alike.
        """
        from woondriehoek.organisaties.services.lidmaatschap import organisatie_ids

        orgs = sorted(organisatie_ids(user))
        if not orgs:
            return []
        statuses = sorted(PUBLISHED_STATUSES)
        params = [*statuses, OrganisatieType.GEMEENTE.value, *orgs, *orgs, limit]
        with connections[self.db].cursor() as cursor:
            cursor.execute(_unpublished_sql(connections[self.db], len(statuses), len(orgs)), params)
            return [row[0] for row in cursor.fetchall()]

    def of_gemeente(self, gemeente) -> DocumentQuerySet:
        return self.filter(pk__in=self.model.objects.filter(gemeenten=gemeente).values("pk"))


def _unpublished_sql(connection, n_statuses: int, n_orgs: int) -> str:
    """The query of DocumentQuerySet.unpublished_ids_visible_to, for this many statuses and
    organisations; the same joins as gemeenten_van(), on the models' own table names."""
    from .models import Document, Partij

    def table(model) -> str:
        return connection.ops.quote_name(model._meta.db_table)

    def marks(n: int) -> str:
        return ", ".join(["%s"] * n)

    def column(model, field: str) -> str:
        return connection.ops.quote_name(model._meta.get_field(field).column)

    through = Document.gemeenten.through
    link, doc_id, org_id = (
        table(through),
        column(through, "document"),
        column(through, "organisatie"),
    )
    pk, status, kind = (
        column(Document, "id"),
        column(Document, "status"),
        column(Organisatie, "type"),
    )
    org_pk = column(Organisatie, "id")
    p_doc, p_org = column(Partij, "document"), column(Partij, "organisatie")
    return (
        f"SELECT DISTINCT l.{doc_id} FROM {link} l"
        f" INNER JOIN {table(Document)} d ON d.{pk} = l.{doc_id}"
        f" WHERE d.{status} NOT IN ({marks(n_statuses)}) AND l.{org_id} IN ("
        f"SELECT g.{org_pk} FROM {table(Organisatie)} g WHERE g.{kind} = %s AND ("
        f"g.{org_pk} IN ({marks(n_orgs)}) OR g.{org_pk} IN ("
        f"SELECT l2.{org_id} FROM {link} l2"
        f" INNER JOIN {table(Partij)} p ON p.{p_doc} = l2.{doc_id}"
        f" WHERE p.{p_org} IN ({marks(n_orgs)}))))"
        f" ORDER BY l.{doc_id} LIMIT %s"
    )


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
