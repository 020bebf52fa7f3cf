"""Limit/offset (or keyset) pagination with a bounded page size; lists are ordered by id.

Counting every matching row on every page is the most expensive part of a list request on a
large register (a COUNT over 50,000 items or 200,000 progress updates, with the visibility
subquery). So:

* when the page is the first one and not full, the count is the page's length (exact, free);
* otherwise the count is kept per endpoint, filters, reader and data version (cache.py), so
  it is counted once until the next write;
* `after` (keyset: only rows with a greater id) walks a long list without deep OFFSETs.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

from .cache import cached_count, count_key
from .schemas import MAX_ID

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


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
            description="Number of rows that match, over all pages.",
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
            count = cached_count(count_key(request), base.count)
        return {"items": page, "count": count}
