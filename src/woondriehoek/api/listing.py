"""Fast list responses: rows as dicts from `.values()`, written straight to JSON.

A list endpoint returns a `Listing` (a filtered queryset ordered by id and a function that
turns one page of it into dicts shaped like the documented schema). `paginate_fast` pages it
with `Paginatie` and answers JSON without building model instances or validating every row
with pydantic; the OpenAPI document still shows the schema, and the schemathesis test checks
that the rows match it.

`zichtbaar` is the read rule of Document.objects.visible_to as a cheap filter: published
documents, plus the (few) unpublished documents the user may read, fetched once per request
as a list of ids instead of nested subqueries in every query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from ninja.pagination import paginate

from woondriehoek.afspraken.constants import PUBLISHED_STATUSES
from woondriehoek.afspraken.models import Document
from woondriehoek.organisaties.services.lidmaatschap import is_functioneel_beheerder

from .auth import actor
from .cache import cached_answer
from .pagination import Paginatie

MAX_EXTRA_IDS = 2000


@dataclass(frozen=True)
class Listing:
    """A list to page: `rows(page)` turns a sliced queryset into documented dicts."""

    queryset: QuerySet
    rows: Callable[[QuerySet], list[dict[str, Any]]]


def paginate_fast(func: Callable[..., Any]) -> Callable[..., Any]:
    """@paginate(Paginatie) for endpoints that return a Listing; answers JSON, kept per data
    version (cache.py)."""
    view = paginate(Paginatie)(func)

    @wraps(view)
    def fast(request: HttpRequest, **kwargs: Any) -> Any:
        return cached_answer(request, lambda: view(request, **kwargs))

    return fast


def zichtbaar(request: HttpRequest, prefix: str = "") -> Q:
    """Rows whose document (reached by `prefix`, e.g. "document__") the request may read."""
    user = actor(request)
    if is_functioneel_beheerder(user):
        return Q()
    published = Q(**{f"{prefix}status__in": PUBLISHED_STATUSES})
    if not getattr(user, "is_authenticated", False):
        return published  # anonymous: Document.objects.visible_to() is published()
    extra = getattr(request, "_api_extra_documenten", None)
    if extra is None:
        extra = Document.objects.unpublished_ids_visible_to(user, limit=MAX_EXTRA_IDS + 1)
        request._api_extra_documenten = extra
    if not extra:
        return published
    if len(extra) > MAX_EXTRA_IDS:  # very wide readers: keep the subquery
        return Q(**{f"{prefix}pk__in": Document.objects.visible_to(user).values("pk")})
    return published | Q(**{f"{prefix}pk__in": extra})


def where(rows: QuerySet, **lookups: Any) -> QuerySet:
    """`rows` filtered on every lookup whose value was given (query parameters left out are
    None; 0 and "" are not valid values of these parameters either)."""
    given = {key: value for key, value in lookups.items() if value}
    return rows.filter(**given) if given else rows
