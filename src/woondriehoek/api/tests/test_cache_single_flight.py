"""Kept answers are made once per process: a thread that misses while another thread makes
the same answer waits and takes it (docs/adr/0010). No database: the keys are given."""

from __future__ import annotations

import threading
import time

from django.core.cache import caches
from django.test import RequestFactory

from woondriehoek.api import cache


def _in_threads(work, n: int = 4) -> list:
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(work())) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return results


def _maker(value):
    calls: list[int] = []

    def make():
        calls.append(1)
        time.sleep(0.2)  # long enough for every thread to miss
        return value

    return make, calls


def test_a_count_is_made_once_while_other_threads_wait_for_it():
    key = "count:" + "ab" * 32
    caches[cache.ALIAS].delete(key)
    count, calls = _maker(41)
    assert _in_threads(lambda: cache.cached_count(key, count)) == [41] * 4
    assert len(calls) == 1


def test_an_answer_is_made_once_and_every_thread_gets_it(monkeypatch):
    key = "answer:" + "cd" * 32
    caches[cache.ALIAS].delete(key)
    monkeypatch.setattr(cache, "answer_key", lambda request: key)
    answer, calls = _maker({"items": [1, 2]})
    request = RequestFactory().get("/api/v1/items")
    responses = _in_threads(lambda: cache.cached_answer(request, answer))
    assert [r.content for r in responses] == [b'{"items": [1, 2]}'] * 4
    assert len({r["ETag"] for r in responses}) == 1
    assert len(calls) == 1


def test_an_error_answer_is_not_kept_and_the_next_thread_asks_again(monkeypatch):
    from django.http import JsonResponse

    key = "answer:" + "ef" * 32
    caches[cache.ALIAS].delete(key)
    monkeypatch.setattr(cache, "answer_key", lambda request: key)
    error, calls = _maker(JsonResponse({"detail": "x"}, status=422))
    request = RequestFactory().get("/api/v1/items")
    responses = _in_threads(lambda: cache.cached_answer(request, error), n=2)
    assert [r.status_code for r in responses] == [422, 422]
    assert len(calls) == 2  # one after the other, each made anew
