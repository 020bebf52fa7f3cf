"""Limit/offset (or keyset) pagination with a bounded page size; lists are ordered by id.

Counting every matching row on every page is the most expensive part of a list request on a
large register (a COUNT over 50,000 items or 200,000 progress updates, with the visibility
subquery). So:

* when the page is the first one and not full, the count is the page's length (exact, free);
* otherwise the count comes from a short-lived cache keyed by the count query's SQL (which
  includes the token's visibility), so it may lag changes by at most COUNT_TTL seconds;
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
            count = cached_count(base)
        return {"items": page, "count": count}


def cached_count(queryset: QuerySet) -> int:
    sql, params = queryset.query.sql_with_params()
    key = "api-count:" + hashlib.sha256(repr((sql, params)).encode()).hexdigest()
    count = cache.get(key)
    if count is None:
        count = queryset.count()
        cache.set(key, count, COUNT_TTL)
    return count
