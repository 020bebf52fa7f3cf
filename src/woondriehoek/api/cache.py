"""Answers of the list endpoints, kept per data version (docs/adr/0010).

A list's answer depends on four things: the endpoint and its parameters, who reads (anonymous,
an organisation, or a person), the language, and the data — which `services.dataversion`
gives one value that changes with every committed write. Keyed by all four, a kept answer is
exact: the first request after a write misses and reads the database. Counts of long lists
are kept the same way. Each server process keeps its own answers (cache alias "api");
`ETag`s let a client revalidate a list it already has with `If-None-Match` (304).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified, JsonResponse
from django.utils.http import parse_etags
from django.utils.translation import get_language

from woondriehoek.organisaties.services.lidmaatschap import is_functioneel_beheerder

from .services import dataversion

ALIAS = "api"
# Answers of an older version are never asked for again; this frees them, and bounds how long
# a process could serve an answer if renewing the version after a write ever failed.
TIMEOUT = 60
# Memory: at most MAX_ENTRIES (settings, 500) answers per process of at most this size each
# (≤ 128 MB); a default page of 50 rows is 20–60 kB. Larger answers are made every time.
MAX_KEPT_BYTES = 256 * 1024
PAGING = frozenset({"limit", "offset", "after"})


def version(request: HttpRequest) -> int | None:
    """The data version this request reads, read once (before any data); None: no caching."""
    if not settings.WOONDRIEHOEK_API_CACHE:
        return None
    if not hasattr(request, "_api_data_version"):
        request._api_data_version = dataversion.current()
    return request._api_data_version


def reader(request: HttpRequest) -> str:
    """Who reads, as far as rights go: an organisation token reads as its organisation, a
    personal token as its user. The token and its user were read before the data version
    (authentication comes first), so what they carry that rights depend on — staff or not —
    is part of the key too; memberships and parties are read after it."""
    principal = getattr(request, "auth", None)
    token = getattr(principal, "token", None)
    if token is None:
        return "public"
    if token.organisatie_id is not None:
        return f"organisatie:{token.organisatie_id}"
    staff = "beheer" if is_functioneel_beheerder(principal.user) else "lid"
    return f"user:{token.user_id}:{staff}"


def _key(kind: str, request: HttpRequest, params: list[tuple[str, list[str]]]) -> str | None:
    data = version(request)
    if data is None:
        return None
    raw = repr((data, request.path, sorted(params), reader(request), get_language()))
    return f"{kind}:{hashlib.sha256(raw.encode()).hexdigest()}"


def count_key(request: HttpRequest) -> str | None:
    """What a list's count depends on: everything but the paging parameters."""
    return _key("count", request, [p for p in request.GET.lists() if p[0] not in PAGING])


def answer_key(request: HttpRequest) -> str | None:
    return _key("answer", request, list(request.GET.lists()))


class _Flight:
    """An answer or count being made by one thread, for the threads that ask meanwhile."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None  # None when making it failed or it was not to be shared


_flights: dict[str, _Flight] = {}
_flights_lock = threading.Lock()


def single_flight(
    key: str, make: Callable[[], Any], shared: Callable[[Any], bool] = lambda value: True
) -> Any:
    """`make()` once per process for threads asking for `key` at the same time: after a
    write every thread asks for the same lists at once, and each would read them from the
    database. The others wait and get its value, kept in the cache or not (a page too big to
    keep). A value that is not `shared` (an error response belongs to one request), or a
    failure, leaves each waiting thread to make its own. No lock is held while making, so
    threads cannot wait on each other in a cycle; only a thread that made `key` again inside
    `make()` would wait for itself."""
    with _flights_lock:
        flight = _flights.get(key)
        leader = flight is None
        if leader:
            flight = _flights[key] = _Flight()
    if not leader:
        flight.done.wait()
        return make() if flight.value is None else flight.value
    try:
        value = make()
        flight.value = value if shared(value) else None
        return value
    finally:
        with _flights_lock:
            del _flights[key]
        flight.done.set()


def cached_count(key: str | None, count: Callable[[], int]) -> int:
    if key is None:
        return count()
    value = caches[ALIAS].get(key)
    if value is None:
        value = single_flight(key, lambda: _count_and_keep(key, count))
    return value


def _count_and_keep(key: str, count: Callable[[], int]) -> int:
    value = count()
    caches[ALIAS].set(key, value, TIMEOUT)
    return value


def cached_answer(request: HttpRequest, answer: Callable[[], Any]) -> Any:
    """The JSON answer of a list: kept, or made by `answer()` (a dict, or an error response
    that is passed on and not kept)."""
    key = answer_key(request)
    if key is None:
        result = answer()
        return JsonResponse(result) if isinstance(result, dict) else result
    etag = f'"{key.partition(":")[2][:32]}"'
    asked = {
        tag.removeprefix("W/") for tag in parse_etags(request.headers.get("If-None-Match", ""))
    }
    body = caches[ALIAS].get(key)
    # weak comparison (RFC 9110 13.1.2); "*" only for an answer that exists
    if etag in asked or ("*" in asked and body is not None):
        return _headers(HttpResponseNotModified(), etag)
    if body is None:
        made = single_flight(
            key, lambda: _answer_and_keep(key, answer), shared=lambda v: isinstance(v, bytes)
        )
        if not isinstance(made, bytes):
            return made  # an error response, this thread's own
        body = made
    return _headers(HttpResponse(body, content_type="application/json"), etag)


def _answer_and_keep(key: str, answer: Callable[[], Any]) -> bytes | HttpResponse:
    """The answer's JSON body, kept when it is small enough; or the error response."""
    result = answer()
    if not isinstance(result, dict):
        return result
    body = JsonResponse(result).content
    if len(body) <= MAX_KEPT_BYTES:
        caches[ALIAS].set(key, body, TIMEOUT)
    return body


def _headers(response: HttpResponse, etag: str) -> HttpResponse:
    response["ETag"] = etag
    response["Cache-Control"] = "no-cache"  # may be kept, but ask again (If-None-Match)
    response["Vary"] = "Authorization, Cookie, Accept-Language"  # who reads; the language
    return response
