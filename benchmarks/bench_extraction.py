"""Benchmark the extractor on a generated 40-page agreement PDF.

Usage: python benchmarks/bench_extraction.py [--pages 40] [--runs 5]
Prints pages/s in-process (warm), wall time as a fresh subprocess (cold, incl. imports) and
peak RSS (resource.getrusage).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

THEMES = ["Nieuwbouw", "Betaalbaarheid", "Duurzaamheid", "Leefbaarheid", "Wonen en zorg"]


def synthetic_html(pages: int) -> str:
    parts = [
        "<style>body{font-size:10pt} .pb{break-before:page}</style>",
        "<h1>Prestatieafspraken 2026 – 2029 Gemeente Zandvoorde – Woonstichting Duinrand – "
        "Huurdersvereniging Helmgras</h1>",
    ]
    for p in range(pages):
        theme = THEMES[p % len(THEMES)]
        parts.append(
            f"<div class='pb'><h2>{p + 1}. {theme} deel {p + 1}</h2><p>Wat is de opgave?</p>"
        )
        parts.append(
            "<p>" + "De vraag naar betaalbare woningen in de kernen blijft groeien. " * 6 + "</p>"
        )
        parts.append("<p>Inzet: wat spreken we daarvoor samen af?</p>")
        for k in range(6):
            parts.append(
                f"<p>{k + 1}. Duinrand bouwt ca. {40 + k} sociale huurwoningen t/m {2027 + k % 3} en de "  # noqa: E501
                f"gemeente draagt maximaal € {k + 1}0.000,- bij aan de locatie in de kern.</p>"
            )
        parts.append("</div>")
    return "".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from weasyprint import HTML

    pdf = HTML(string=synthetic_html(args.pages)).write_pdf()
    from woondriehoek.importeren.extract import extract_bytes

    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        result = extract_bytes(pdf, "bench.pdf")
        times.append(time.perf_counter() - t0)
    best, mean = min(times), sum(times) / len(times)
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as fh:
        fh.write(pdf)
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT / 'src')!r}); "
        "from woondriehoek.importeren.extract import extract_file; "
        f"extract_file({fh.name!r})"
    )
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    cold = time.perf_counter() - t0
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages: {args.pages}, items: {len(result['items'])}, runs: {args.runs}")
    print(f"in-process: best {best:.3f} s, mean {mean:.3f} s -> {args.pages / mean:.0f} pages/s")
    print(f"subprocess (cold start incl. imports): {cold:.3f} s")
    print(f"peak RSS: subprocess {child:.0f} MB, benchmark process (incl. weasyprint) {own:.0f} MB")


if __name__ == "__main__":
    main()
