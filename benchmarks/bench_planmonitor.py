"""Benchmark: the planmonitor page with 5,000 projects.

    .venv/bin/python benchmarks/bench_planmonitor.py [--projecten 5000]

Builds a fresh SQLite database in a temporary folder, creates the projects (seeded), then
requests the page through Django's test client: the first request (renders the chart) and
the median of ten more. Also times the pure forecast on the same rows.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

TMP = tempfile.mkdtemp(prefix="bench-planmonitor-")
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/bench.sqlite3"
os.environ["WOONDRIEHOEK_DATA_DIR"] = TMP
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "woondriehoek.config.test_settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from woondriehoek.organisaties.models import Organisatie  # noqa: E402
from woondriehoek.woningbouw.models import Project, ProjectOplevering  # noqa: E402
from woondriehoek.woningbouw.services.importeren import rijen_uit_db  # noqa: E402
from woondriehoek.woningbouw.services.normtoets import NormParameters, normtoets  # noqa: E402
from woondriehoek.woningbouw.services.prognose import prognose  # noqa: E402

STATUSSEN = ["1A", "1B", "1C", "2A", "2B", "2C", "3", "4A", "4B"]


def vul(n: int) -> Organisatie:
    rng = random.Random(5000)
    gemeente = Organisatie.objects.create(naam="Gemeente Bench", type="gemeente")
    corps = [
        Organisatie.objects.create(naam=f"Corporatie {i}", type="corporatie") for i in range(8)
    ]
    Project.objects.bulk_create(
        [
            Project(
                gemeente=gemeente,
                naam=f"Project {i}",
                kern=f"Kern {i % 25}",
                corporatie=rng.choice([*corps, None]),
                planstatus=rng.choice(STATUSSEN),
            )
            for i in range(n)
        ]
    )
    fases = []
    for p in Project.objects.filter(gemeente=gemeente):
        for jaar in rng.sample(range(2024, 2036), rng.randint(1, 3)):
            fases.append(
                ProjectOplevering(
                    project=p,
                    jaar=jaar,
                    sociale_huur=rng.randint(0, 40),
                    middenhuur=rng.randint(0, 10),
                    vrije_koop=rng.randint(0, 60),
                    sloop=rng.choice([0, 0, 0, 4]),
                    verkoop=rng.choice([0, 0, 2]),
                )
            )
    ProjectOplevering.objects.bulk_create(fases, batch_size=2000)
    return gemeente


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projecten", type=int, default=5000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    setup_test_environment()
    gemeente = vul(args.projecten)
    user = get_user_model().objects.create_user("bench", is_staff=True)
    client = Client()
    client.force_login(user)
    url = f"/gemeenten/{gemeente.slug}/planmonitor/?start=2025&eind=2030"
    t0 = time.perf_counter()
    assert client.get(url).status_code == 200
    first = time.perf_counter() - t0
    times = []
    for _ in range(10):
        t0 = time.perf_counter()
        resp = client.get(url)
        times.append(time.perf_counter() - t0)
    assert resp.status_code == 200
    t0 = time.perf_counter()
    df = rijen_uit_db(gemeente)
    t1 = time.perf_counter()
    prognose(df, 2025, 2030)
    normtoets(df, NormParameters())
    t2 = time.perf_counter()
    from woondriehoek.woningbouw.services.grafiek import pijplijn_spec, svg

    spec = pijplijn_spec(prognose(df, 2024, 2029)["per_jaar"], "Andere periode")
    t3 = time.perf_counter()
    svg(spec)
    chart = time.perf_counter() - t3
    ProjectOplevering.objects.filter(pk=ProjectOplevering.objects.first().pk).update(
        sociale_huur=999
    )
    t4 = time.perf_counter()
    client.get(url)
    changed = time.perf_counter() - t4
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"projects: {args.projecten:,}  phasing rows: {df.height:,}")
    print(f"page, first request (chart rendered): {first * 1000:.0f} ms")
    print(f"page, median of 10:                   {statistics.median(times) * 1000:.0f} ms")
    print(
        f"rows from database: {(t1 - t0) * 1000:.0f} ms; forecast + norm check: "
        f"{(t2 - t1) * 1000:.0f} ms"
    )
    print(
        f"page after a data change (chart re-rendered): {changed * 1000:.0f} ms; "
        f"one chart render when warm: {chart * 1000:.0f} ms"
    )
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
