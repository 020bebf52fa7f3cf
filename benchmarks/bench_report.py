"""Benchmark: the monitoring report (PDF) of a workspace with 5 parties and 200 afspraken.

    .venv/bin/python benchmarks/bench_report.py [--afspraken 200] [--runs 5] [--profile]
        [--warm-up]

(`--profile` sorts by cumulative time; SORT=tottime sorts by time spent in each function.)

Builds a fresh SQLite database in a temporary folder and fills one workspace (seeded): a
municipality, three corporations and a tenant organisation; 200 afspraken in 8 themes with
sub-themes, trekkers and two progress updates each; 20 targets with four years of
realisations per corporation; 60 planmonitor projects; 3,000 lettings; the Woningwet and
agreement deadlines; four meetings with decisions. Then times the report as PDF: the first
run (starts the Vega engine and loads the fonts); the median of the next runs with every
chart drawn anew, as after any change of the figures (the goal's measure); and the median
of the same report again, with the charts cached per spec. Each split into building the
content model and rendering the PDF. Also times the DOCX once. With `--warm-up` the renderer
is loaded first, as `woondriehoek worker` does before its first task.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

TMP = tempfile.mkdtemp(prefix="bench-report-")
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/bench.sqlite3"
os.environ["WOONDRIEHOEK_DATA_DIR"] = TMP
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "woondriehoek.config.test_settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import django  # noqa: E402

django.setup()

import polars as pl  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from machine import describe  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from woondriehoek.afspraken.models import (  # noqa: E402
    Betrokkenheid,
    Document,
    Doel,
    Item,
    Ondertekenaar,
    Partij,
    Thema,
)
from woondriehoek.cyclus.models import Besluit, Overleg  # noqa: E402
from woondriehoek.cyclus.services.regels import pas_preset_toe, pas_woningwet_toe  # noqa: E402
from woondriehoek.monitoring.models import Realisatie, Voortgang  # noqa: E402
from woondriehoek.monitoring.services import charts  # noqa: E402
from woondriehoek.organisaties.models import Organisatie  # noqa: E402
from woondriehoek.rapportage.services import docx, grafieken, pdf, pdf_grafieken  # noqa: E402
from woondriehoek.rapportage.services.monitoringrapport import monitoringrapport  # noqa: E402
from woondriehoek.toewijzing.services.monitor import VERHURING_SCHEMA, importeer  # noqa: E402
from woondriehoek.woningbouw.models import Project, ProjectOplevering  # noqa: E402

JAAR = 2025
TODAY = dt.date(2026, 3, 1)
STATUSSEN = ["op_schema", "op_schema", "risico", "vertraagd", "gerealiseerd", "niet_gestart"]
PCT = {"op_schema": 50, "risico": 35, "vertraagd": 20, "gerealiseerd": 100, "niet_gestart": 0}
WOORDEN = [
    "woningen",
    "huurders",
    "corporatie",
    "gemeente",
    "nieuwbouw",
    "verduurzaming",
    "leefbaarheid",
    "wijk",
    "doorstroming",
    "senioren",
    "jongeren",
    "urgentie",
    "betaalbaarheid",
    "onderhoud",
    "isolatie",
    "zonnepanelen",
    "woonlasten",
    "zorg",
    "begeleiding",
    "buurt",
    "kern",
    "inwoners",
    "overleg",
    "monitoring",
]


def zin(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WOORDEN) for _ in range(n)).capitalize() + "."


def partijen() -> tuple[Organisatie, list[Organisatie], Document]:
    gemeente = Organisatie.objects.create(naam="Gemeente Bankdorp", type="gemeente")
    corps = [
        Organisatie.objects.create(naam=f"Woonstichting Bank {i}", type="corporatie")
        for i in range(1, 4)
    ]
    huurders = Organisatie.objects.create(naam="Huurdersraad Bank", type="huurdersorganisatie")
    doc = Document.objects.create(
        titel="Prestatieafspraken Bankdorp 2024–2028",
        status="vastgesteld",
        periode_start=2024,
        periode_eind=2028,
        ondertekend_op=dt.date(2023, 12, 14),
        ondertekend_te="Bankdorp",
    )
    doc.gemeenten.add(gemeente)
    orgs = [gemeente, *corps, huurders]
    for i, org in enumerate(orgs):
        Partij.objects.create(document=doc, organisatie=org, volgorde=i)
        Ondertekenaar.objects.create(document=doc, naam=f"Ondertekenaar {i}", organisatie=org)
    return gemeente, orgs, doc


def afspraken(rng: random.Random, doc: Document, orgs: list[Organisatie], n: int) -> list[Item]:
    themas = []
    for t in range(8):
        hoofd = Thema.objects.create(document=doc, nummer=str(t + 1), titel=zin(rng, 3)[:-1])
        themas += [hoofd] + [
            Thema.objects.create(
                document=doc, parent=hoofd, nummer=f"{t + 1}.{s + 1}", titel=zin(rng, 2)[:-1]
            )
            for s in range(2)
        ]
    items = Item.objects.bulk_create(
        [
            Item(
                document=doc,
                thema=themas[i % len(themas)],
                nummer=str(i + 1),
                tekst=zin(rng, rng.randint(15, 45)),
                uitvoering="2024 - 2028",
                volgorde=i,
            )
            for i in range(n)
        ]
    )
    Betrokkenheid.objects.bulk_create(
        [Betrokkenheid(item=it, rol="trekker", organisatie=rng.choice(orgs)) for it in items]
        + [Betrokkenheid(item=it, rol="betrokkene", organisatie=rng.choice(orgs)) for it in items]
    )
    rows = []
    for it in items:
        for deel in ("H1", "H2"):
            status = rng.choice(STATUSSEN)
            rows.append(
                Voortgang(
                    item=it,
                    jaar=JAAR,
                    deel=deel,
                    deel_rang=1 if deel == "H1" else 2,
                    status=status,
                    percentage=PCT[status],
                    toelichting=zin(rng, rng.randint(5, 20)),
                    organisatie=orgs[0],
                )
            )
    Voortgang.objects.bulk_create(rows)
    return items


def doelen(rng: random.Random, items: list[Item], corps: list[Organisatie]) -> None:
    for i, item in enumerate(items[:20]):
        doel = Doel.objects.create(
            item=item,
            waarde=rng.choice([100, 250, 400]),
            eenheid="woningen",
            wat="sociale huurwoningen opgeleverd" + (" per jaar" if i % 3 == 0 else ""),
            vergelijking=">=",
            start_jaar=2022,
            eind_jaar=2028,
        )
        Realisatie.objects.bulk_create(
            [
                Realisatie(doel=doel, jaar=j, waarde=rng.randint(5, 40), organisatie=c)
                for j in range(2022, JAAR + 1)
                for c in corps
            ]
        )


def planmonitor(rng: random.Random, gemeente: Organisatie, corps: list[Organisatie]) -> None:
    for p in range(60):
        project = Project.objects.create(
            gemeente=gemeente,
            naam=f"Plan {p}",
            kern=f"Kern {p % 4}",
            corporatie=rng.choice([*corps, None]),
            planstatus=rng.choice(["1A", "1B", "2A", "2B", "1C", "3"]),
        )
        for jaar in range(2024, 2032, rng.randint(2, 4)):
            ProjectOplevering.objects.create(
                project=project,
                jaar=jaar,
                sociale_huur=rng.randint(0, 30),
                middenhuur=rng.randint(0, 10),
                vrije_koop=rng.randint(0, 20),
                sloop=rng.randint(0, 3),
            )


def verhuringen(rng: random.Random, gemeente: Organisatie, corps: list[Organisatie]) -> None:
    routes = ["regulier", "loting", "urgentie", "statushouder", "doorstroming"]
    rows = [
        {
            "rij": i + 2,
            "datum": dt.date(JAAR, rng.randint(1, 12), rng.randint(1, 28)),
            "corporatie": rng.choice(corps).naam,
            "gemeente": "Bankdorp",
            "kern": "Bankdorp",
            "kale_huur": float(rng.randint(450, 950)),
            "huishoudgrootte": rng.randint(1, 5),
            "inkomen": float(rng.randint(14000, 60000)),
            "aow": rng.random() < 0.2,
            "leeftijd": rng.randint(19, 85),
            "route": rng.choice(routes),
        }
        for i in range(3000)
    ]
    importeer(
        pl.DataFrame(rows, schema=VERHURING_SCHEMA),
        soort="verhuringen",
        gemeente=gemeente,
        organisatie=corps[0],
        user=None,
        naam="verhuringen.csv",
    )


def cyclus(rng: random.Random, gemeente: Organisatie, doc: Document, items: list[Item]) -> None:
    pas_woningwet_toe(gemeente)
    pas_preset_toe(doc, "meerjarig-druten-stijl")
    for m in range(4):
        overleg = Overleg.objects.create(
            gemeente=gemeente,
            soort="bestuurlijk_breed" if m % 2 else "ambtelijk_smal",
            titel=f"Overleg {m + 1}",
            begin=timezone.make_aware(dt.datetime(JAAR, 2 + 3 * m, 10, 14)),
        )
        for b in range(4):
            besluit = Besluit.objects.create(overleg=overleg, tekst=zin(rng, 12), volgorde=b)
            besluit.items.set(rng.sample(items, 2))


def vul(n: int) -> Organisatie:
    rng = random.Random(200)
    gemeente, orgs, doc = partijen()
    items = afspraken(rng, doc, orgs, n)
    doelen(rng, items, orgs[1:4])
    planmonitor(rng, gemeente, orgs[1:4])
    verhuringen(rng, gemeente, orgs[1:4])
    cyclus(rng, gemeente, doc, items)
    return gemeente


def meet(gemeente: Organisatie) -> tuple[float, float, bytes]:
    """Wall-clock seconds for the content model and for the PDF, and the PDF."""
    with translation.override("nl"):
        t0 = time.perf_counter()
        rapport = monitoringrapport(gemeente, JAAR, TODAY)
        t1 = time.perf_counter()
        data = pdf.render_pdf(rapport)
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1, data


def vergeet_grafieken() -> None:
    """Forget the drawn charts (SVG, PNG, PDF are cached per spec), as any change of the
    figures does: the report then draws every chart anew."""
    charts._render.cache_clear()
    grafieken._png.cache_clear()
    pdf_grafieken.grafiek_pdf.cache_clear()


def reeks(gemeente: Organisatie, runs: int, *, nieuw: bool) -> tuple[str, bytes]:
    """Median of `runs` reports; with `nieuw`, every chart drawn anew in each."""
    totals, models, renders, cpu = [], [], [], []
    data = b""
    for _ in range(max(1, runs)):
        if nieuw:
            vergeet_grafieken()
        c = time.process_time()
        model, render, data = meet(gemeente)
        cpu.append(time.process_time() - c)
        totals.append(model + render)
        models.append(model)
        renders.append(render)
    line = (
        f"{statistics.median(totals):.2f} s (model {statistics.median(models):.2f} s, "
        f"PDF {statistics.median(renders):.2f} s; CPU time here {statistics.median(cpu):.2f} s, "
        f"runs {min(totals):.2f}–{max(totals):.2f} s)"
    )
    return line, data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--afspraken", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--warm-up", action="store_true", help="load the renderer first, as `worker` does"
    )
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    t = time.perf_counter()
    gemeente = vul(args.afspraken)
    print(f"workspace filled in {time.perf_counter() - t:.1f} s ({TMP})")
    if args.warm_up:
        t = time.perf_counter()
        pdf.warm_up()
        print(f"warm-up (as the worker does first): {time.perf_counter() - t:.2f} s")
    model, render, data = meet(gemeente)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    first = "first run after the warm-up" if args.warm_up else "first run"
    print(f"{first}: {model + render:.2f} s (model {model:.2f} s, PDF {render:.2f} s)")
    print(f"{len(data) // 1024} kB, {pages} pages")
    line, _data = reeks(gemeente, args.runs, nieuw=True)
    print(f"median of {args.runs}, charts drawn anew (the goal's measure): {line}")
    line, _data = reeks(gemeente, args.runs, nieuw=False)
    print(f"median of {args.runs}, the same report again (charts cached): {line}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f}")
    vergeet_grafieken()
    with translation.override("nl"):
        t = time.perf_counter()
        docx.render_docx(monitoringrapport(gemeente, JAAR, TODAY))
        print(f"DOCX (charts drawn anew): {time.perf_counter() - t:.2f} s")
    print(describe())
    if args.profile:
        vergeet_grafieken()
        profiler = cProfile.Profile()
        profiler.runcall(meet, gemeente)
        pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(30)


if __name__ == "__main__":
    main()
