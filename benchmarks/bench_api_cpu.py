"""CPU cost of one API list request, in process: no HTTP server, no load generator.

Usage:
  python benchmarks/bench_api_cpu.py [--database URL] [--requests 200] [--label NAME]

Calls the WSGI application directly for every endpoint of bench_api.ENDPOINTS, anonymous and
with an organisation token, and reports the CPU time (process_time) per request: the median
of batches of 20 after 20 warm-up requests. On a shared machine this is a steadier figure than
latency under load, and it is what bounds the throughput: two cores serve at most
2 / (CPU per request) requests a second. BENCH_SRC selects another source tree (e.g. a
checkout of an earlier commit) to compare before and after. Results in
var/bench_api_cpu-NAME.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_api import DEFAULT_DB, ENDPOINTS, _token, setup_django  # noqa: E402
from machine import describe  # noqa: E402

sys.path.insert(0, os.environ.get("BENCH_SRC", str(ROOT / "src")))  # ahead of bench_api's

BATCH = 20


def _environ(path: str, token: str | None) -> dict:
    route, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/api/v1" + route,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1:8000",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
    }
    if token:
        environ["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return environ


def cost(app, path: str, token: str | None, requests: int) -> float:
    """Median CPU milliseconds per request."""

    def call() -> None:
        status = []
        body = b"".join(app(_environ(path, token), lambda s, h: status.append(s)))
        if not status[0].startswith("200"):
            raise SystemExit(f"{path}: {status[0]} {body[:200]!r}")

    for _ in range(BATCH):
        call()
    batches = []
    for _ in range(max(1, requests // BATCH)):
        start = time.process_time()
        for _ in range(BATCH):
            call()
        batches.append((time.process_time() - start) / BATCH * 1000)
    return statistics.median(batches)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default=DEFAULT_DB)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--label", default="cpu")
    args = parser.parse_args()
    token = _token(args.database)
    setup_django(args.database)
    from django.core.handlers.wsgi import WSGIHandler

    import woondriehoek

    print(f"source: {Path(woondriehoek.__file__).parent}", flush=True)
    print(describe(), flush=True)
    app = WSGIHandler()
    rows = []
    for path in ENDPOINTS:
        row = {"path": path}
        for who, key in (("anonymous", None), ("token", token)):
            row[who] = round(cost(app, path, key, args.requests), 2)
        rows.append(row)
        print(f"| `{path}` | {row['anonymous']:.1f} | {row['token']:.1f} |", flush=True)
    out = ROOT / "var" / f"bench_api_cpu-{args.label}.json"
    out.write_text(json.dumps({"database": args.database.split("://")[0], "rows": rows}))


if __name__ == "__main__":
    main()
