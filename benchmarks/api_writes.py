"""A steady trickle of writes during an API benchmark run (bench_api.py --write-every S).

Every committed write gives the data a new version, so every kept list answer is stale
afterwards (docs/adr/0010). This thread posts a progress update through the API every S
seconds, as a corporation adviser would, so that a run measures lists that are read from the
database again after each write instead of from the cache alone.
"""

from __future__ import annotations

import json
import threading
import urllib.request


def _call(url: str, token: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(
        url,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="GET" if body is None else "POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def led_item(base: str, token: str) -> int:
    """An item the token's organisation (the first corporation, bench_api.make_token) leads."""
    organisatie = _call(f"{base}/organisaties?type=corporatie&limit=1", token)["items"][0]["id"]
    return _call(f"{base}/items?trekker={organisatie}&limit=1", token)["items"][0]["id"]


class Writer(threading.Thread):
    """Posts a progress update every `every` seconds until stopped; counts what it wrote."""

    def __init__(self, base: str, token: str, every: float) -> None:
        super().__init__(daemon=True)
        self.url = f"{base}/items/{led_item(base, token)}/voortgang"
        self.token, self.every = token, every
        self.stopped = threading.Event()
        self.written = 0

    def run(self) -> None:
        while not self.stopped.wait(self.every):
            body = {"jaar": 2026, "status": "op_schema", "toelichting": f"run {self.written}"}
            _call(self.url, self.token, body)
            self.written += 1

    def stop(self) -> int:
        self.stopped.set()
        self.join()
        return self.written
