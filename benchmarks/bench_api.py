"""Benchmark the API's list endpoints on a national-scale dataset.

Usage:
  python benchmarks/bench_api.py generate [--database URL]      # build the dataset
  python benchmarks/bench_api.py run [--database URL] [--clients 20] [--duration 10]
        [--workers 2 --threads 4] [--no-cache] [--write-every S] [--label after]

URL is sqlite:///path (default var/bench_api.sqlite3) or postgres://user@host:port/name (the
database is dropped and created by `generate`). `generate` migrates and writes the dataset of
benchmarks/api_dataset.py (bulk_create). `run` serves the app with gunicorn (gthread workers,
loopback only), then per endpoint drives N concurrent keep-alive connections with wrk for
--duration seconds, half the endpoints anonymous and half with an organisation token, and
prints p50/p95/p99 per endpoint as a Markdown table (also saved as var/bench_api-LABEL.json).
The server keeps list answers until the next write (docs/adr/0010); --no-cache turns that off,
--write-every S posts a progress update every S seconds so that answers go stale as they do
in use.
Needs `wrk` (apt install wrk); gunicorn is a dependency of the project (`woondriehoek serve`).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from api_writes import Writer  # noqa: E402
from machine import describe  # noqa: E402

DEFAULT_DB = f"sqlite:///{ROOT / 'var' / 'bench_api.sqlite3'}"

ENDPOINTS = [
    "/gemeenten",
    "/organisaties?type=corporatie",
    "/documenten",
    "/documenten?jaar=2026&status=vastgesteld",
    "/items",
    "/items?gemeente=100",
    "/items?q=kern+7&offset=200",
    "/items?trekker=400",
    "/items?offset=40000",
    "/items?after=40000",
    "/doelen",
    "/voortgang",
    "/voortgang?jaar=2025&deel=H2",
    "/realisaties",
]

LUA = """
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.3f, "errors": %d, "p50": %.2f, "p95": %.2f, '
    .. '"p99": %.2f, "max": %.2f}\\n',
    summary.requests, summary.duration / 1e6, errors, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def setup_django(database: str) -> None:
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "woondriehoek.config.settings")
    os.environ.setdefault("WOONDRIEHOEK_DATA_DIR", str(ROOT / "var"))
    import django

    django.setup()


def _recreate(database: str) -> None:
    if database.startswith("sqlite:///"):
        path = Path(database.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    base, name = database.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def generate(database: str) -> None:
    _recreate(database)
    setup_django(database)
    from api_dataset import fill
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    counts = fill()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"generated in {time.perf_counter() - t0:.1f}s: {counts}")


def make_token(database: str) -> None:
    setup_django(database)
    from woondriehoek.api.services.tokens import create_organisation_token
    from woondriehoek.organisaties.models import Organisatie

    corporatie = Organisatie.objects.filter(type="corporatie").order_by("pk").first()
    print(create_organisation_token(corporatie, "bench", None).secret)


def _token(database: str) -> str:
    out = subprocess.run(
        [sys.executable, __file__, "token", "--database", database],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(
    database: str, port: int, workers: int, threads: int, settings: str, cache: bool
) -> subprocess.Popen:
    env = {
        **os.environ,
        "WOONDRIEHOEK_API_CACHE": "true" if cache else "false",
        "DATABASE_URL": database,
        "DJANGO_SETTINGS_MODULE": settings,
        "WOONDRIEHOEK_DATA_DIR": str(ROOT / "var"),
        "PYTHONPATH": os.pathsep.join(
            [os.environ.get("BENCH_SRC", str(ROOT / "src")), str(ROOT / "benchmarks")]
        ),
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "woondriehoek.config.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--worker-class=gthread",
        "--keep-alive=30",
        "--log-level=warning",
    ]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)


def _wait(base: str, drain: bool = False) -> None:
    for _ in range(300):
        try:
            t0 = time.perf_counter()
            urllib.request.urlopen(base + "/gemeenten?limit=1", timeout=30).read()
            if not drain or time.perf_counter() - t0 < 0.5:
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("server did not start")


def _wrk(url: str, token: str | None, clients: int, duration: int, script: str) -> dict:
    command = [
        "wrk",
        f"-c{clients}",
        f"-t{min(2, clients)}",
        f"-d{duration}s",
        "--timeout=10s",
        "-s",
        script,
    ]
    if token:
        command += ["-H", f"Authorization: Bearer {token}"]
    out = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def run_bench(args: argparse.Namespace) -> dict:
    token = _token(args.database)
    port = _free_port()
    server = _serve(
        args.database, port, args.workers, args.threads, args.settings, not args.no_cache
    )
    base = f"http://127.0.0.1:{port}/api/v1"
    results = {}
    try:
        _wait(base)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
            f.write(LUA)
        for i, path in enumerate(ENDPOINTS):
            for anonymous in (True, False) if args.both else (i % 2 == 0,):
                who = "anonymous" if anonymous else "token"
                key = token if not anonymous else None
                for _ in range(3):  # warm up every worker and thread
                    _wrk(base + path, key, args.clients, 1, f.name)
                writer = Writer(base, token, args.write_every) if args.write_every else None
                if writer:
                    writer.start()
                row = _wrk(base + path, key, args.clients, args.duration, f.name)
                row |= {"path": path, "who": who, "writes": writer.stop() if writer else 0}
                _wait(base, drain=True)  # let requests still queued from wrk finish
                results[f"{path} {who}"] = row
                print(json.dumps(row), flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return {
        "database": args.database.split("://")[0],
        "clients": args.clients,
        "workers": args.workers,
        "threads": args.threads,
        "settings": args.settings,
        "duration": args.duration,
        "cache": not args.no_cache,
        "write_every": args.write_every,
        "load": os.getloadavg()[0],
        "results": list(results.values()),
    }


def markdown(data: dict) -> str:
    lines = [
        f"{data['database']} ({data.get('settings', 'woondriehoek.config.settings')}), "
        f"gunicorn {data['workers']} workers × {data['threads']} threads, "
        f"{data['clients']} concurrent connections, {data['duration']} s per endpoint, "
        f"API cache {'on' if data.get('cache', False) else 'off'}, "
        + (f"a write every {data['write_every']} s, " if data.get("write_every") else "")
        + f"(load average {data['load']:.1f} at the end)",
        "",
        "| endpoint | as | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in data["results"]:
        lines.append(
            f"| `{r['path']}` | {r['who']} | {r['requests'] / r['seconds']:.0f} | "
            f"{r['p50']:.0f} | {r['p95']:.0f} | {r['p99']:.0f} | {r['errors']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["generate", "run", "token", "table"])
    parser.add_argument("--database", default=DEFAULT_DB)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--both", action="store_true", help="every endpoint anonymous and token")
    parser.add_argument("--label", default="run")
    parser.add_argument("--no-cache", action="store_true", help="serve without kept answers")
    parser.add_argument(
        "--write-every",
        type=float,
        default=0,
        help="post a progress update every S seconds during each measured run",
    )
    parser.add_argument(
        "--settings",
        default="woondriehoek.config.settings",
        help="e.g. api_settings: persistent SQLite connections",
    )
    args = parser.parse_args()
    (ROOT / "var").mkdir(exist_ok=True)
    out = ROOT / "var" / f"bench_api-{args.label}.json"
    if args.command == "generate":
        generate(args.database)
    elif args.command == "token":
        make_token(args.database)
    elif args.command == "table":
        print(markdown(json.loads(out.read_text())))
    else:
        data = run_bench(args)
        out.write_text(json.dumps(data, indent=1))
        print(markdown(data))
        print(describe())


if __name__ == "__main__":
    main()
