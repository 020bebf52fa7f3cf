"""Kept answers are made once per process: a thread that misses while another thread makes
the same answer waits and gets it, kept or not (docs/adr/0010). No database: keys are given."""

from __future__ import annotations

import threading
import time

from django.core.cache import caches
from django.http import JsonResponse
from django.test import RequestFactory

from woondriehoek.api import cache


def _in_threads(work, n: int = 4) -> list:
    """Run `work` in n threads at once; a thread that hangs fails the test."""
    results: list = []
    threads = [
        threading.Thread(target=lambda: results.append(work()), daemon=True) for _ in range(n)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
        assert not thread.is_alive(), "a thread waits for ever"
    return results


class Maker:
    """A slow `make()` that records how many run at the same time."""

    def __init__(self, value) -> None:
        self.value, self.calls, self.running, self.most = value, 0, 0, 0
        self._lock = threading.Lock()

    def __call__(self):
        with self._lock:
            self.calls += 1
            self.running += 1
            self.most = max(self.most, self.running)
        time.sleep(0.2)  # long enough for every thread to miss
        with self._lock:
            self.running -= 1
        return self.value() if callable(self.value) else self.value


def _answer_key(monkeypatch, key: str) -> None:
    caches[cache.ALIAS].delete(key)
    monkeypatch.setattr(cache, "answer_key", lambda request: key)


def test_a_count_is_made_once_while_other_threads_wait_for_it():
    key = "count:" + "ab" * 32
    caches[cache.ALIAS].delete(key)
    count = Maker(41)
    assert _in_threads(lambda: cache.cached_count(key, count)) == [41] * 4
    assert count.calls == 1


def test_an_answer_is_made_once_and_every_thread_gets_it(monkeypatch):
    _answer_key(monkeypatch, "answer:" + "cd" * 32)
    answer = Maker({"items": [1, 2]})
    request = RequestFactory().get("/api/v1/items")
    responses = _in_threads(lambda: cache.cached_answer(request, answer))
    assert [r.content for r in responses] == [b'{"items": [1, 2]}'] * 4
    assert len({r["ETag"] for r in responses}) == 1
    assert answer.calls == 1


def test_an_answer_too_big_to_keep_is_still_made_once(monkeypatch):
    _answer_key(monkeypatch, "answer:" + "12" * 32)
    answer = Maker({"items": ["x" * (cache.MAX_KEPT_BYTES + 1)]})
    request = RequestFactory().get("/api/v1/items?limit=500")
    responses = _in_threads(lambda: cache.cached_answer(request, answer))
    assert len({r.content for r in responses}) == 1 and len(responses) == 4
    assert answer.calls == 1
    assert caches[cache.ALIAS].get("answer:" + "12" * 32) is None  # not kept


def test_an_error_answer_is_each_threads_own(monkeypatch):
    _answer_key(monkeypatch, "answer:" + "ef" * 32)
    error = Maker(lambda: JsonResponse({"detail": "x"}, status=422))
    request = RequestFactory().get("/api/v1/items")
    responses = _in_threads(lambda: cache.cached_answer(request, error), n=3)
    assert [r.status_code for r in responses] == [422] * 3
    assert len({id(r) for r in responses}) == 3  # a response object belongs to one request
    assert error.calls == 3


def test_an_answer_that_counts_while_others_wait_does_not_deadlock(monkeypatch):
    """Making an answer counts its list (cached_count): with threads making answers and
    counts of several keys at once, every thread ends."""
    answers = iter([f"answer:{i:064x}" for i in range(8)])
    lock = threading.Lock()

    def next_key(request):
        with lock:
            return next(answers)

    monkeypatch.setattr(cache, "answer_key", next_key)
    count_key = "count:" + "34" * 32
    caches[cache.ALIAS].delete(count_key)
    count = Maker(7)

    def answer():
        return {"count": cache.cached_count(count_key, count)}

    request = RequestFactory().get("/api/v1/items")
    responses = _in_threads(lambda: cache.cached_answer(request, answer), n=8)
    assert [r.content for r in responses] == [b'{"count": 7}'] * 8
    assert count.calls == 1
