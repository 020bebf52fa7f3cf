"""Limit/offset (or keyset) pagination with a bounded page size; lists are ordered by id.

Counting every matching row on every page is the most expensive part of a list request on a
large register (a COUNT over 50,000 items or 200,000 progress updates, with the visibility
subquery). So:

* when the page is the first one and not full, the count is the page's length (exact, free);
* otherwise the count comes from a short-lived cache keyed by the endpoint, its filters and
  the token, so it may lag changes (of rows or of the token's rights) by at most COUNT_TTL
  seconds;
* `after` (keyset: only rows with a greater id) walks a long list without deep OFFSETs.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.cache import cache
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

from .schemas import MAX_ID

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
COUNT_TTL = 30


class Paginatie(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Page size (1–500).")
        offset: int = Field(0, ge=0, le=MAX_ID, description="Rows to skip.")
        after: int | None = Field(
            None,
            ge=0,
            le=MAX_ID,
            description="Keyset pagination: only rows with an id greater than this (pass the "
            "last id of the previous page); faster than a large offset.",
        )

    class Output(Schema):
        items: list[Any]
        count: int = Field(
            ...,
            description="Number of rows that match, over all pages (may lag writes by up to "
            f"{COUNT_TTL} seconds on long lists).",
        )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)

    def paginate_queryset(
        self, queryset: Any, pagination: Input, request: HttpRequest, **params: Any
    ) -> Any:
        """`queryset` is a QuerySet or a listing.Listing (queryset + row builder)."""
        rows_of = getattr(queryset, "rows", None)
        base: QuerySet = queryset.queryset if rows_of else queryset
        offset, limit = pagination.offset, min(pagination.limit, MAX_LIMIT)
        rows = base if pagination.after is None else base.filter(pk__gt=pagination.after)
        sliced = rows[offset : offset + limit]
        page = rows_of(sliced) if rows_of else list(sliced)
        if offset == 0 and pagination.after is None and len(page) < limit:
            count = len(page)
        else:
            count = cached_count(base, request)
        return {"items": page, "count": count}


PAGING = frozenset({"limit", "offset", "after"})


def count_key(request: HttpRequest) -> str:
    """What the rows of a list depend on: the endpoint, its filters (not the paging) and who
    asks. Cheaper than compiling the count query's SQL for a key on every request."""
    principal = getattr(request, "auth", None)
    token = getattr(principal, "token", None)
    who = f"token:{token.pk}" if token is not None else "public"
    filters = sorted((k, v) for k, v in request.GET.lists() if k not in PAGING)
    raw = repr((request.path, filters, who))
    return "api-count:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_count(queryset: QuerySet, request: HttpRequest) -> int:
    key = count_key(request)
    count = cache.get(key)
    if count is None:
        count = queryset.count()
        cache.set(key, count, COUNT_TTL)
    return count
