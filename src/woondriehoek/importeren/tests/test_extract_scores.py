"""End-to-end quality gate: extract the seed documents and grade them with the shared scorer.

This test reads ``../shared`` (the corpus seeds, the hand-made gold files and
``tools/score_extraction.py``); see ``shared.py`` for where it is looked for and why it fails
rather than skips in CI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from woondriehoek.importeren.extract import extract_file
from woondriehoek.importeren.tests.shared import SCORER, SHARED, require


def test_seed_scores(tmp_path: Path) -> None:
    require(SHARED)
    seeds = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    assert seeds, "geen seed-documenten gevonden"
    for seed in seeds:
        result = extract_file(seed)
        (tmp_path / f"{seed.stem}.json").write_text(
            json.dumps(result, ensure_ascii=False), encoding="utf-8"
        )
    scorer = SCORER
    proc = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--dir",
            str(SHARED / "corpus" / "gold"),
            str(tmp_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(proc.stdout)
    docs = report["documents"]
    assert report["mean_score"] >= 0.90, report["mean_score"]
    for name, doc in docs.items():
        assert doc["score"] >= 0.80, (name, doc["score"])
        if name.startswith(("000_", "001_")):
            assert doc["counts"]["recall"] >= 0.95, (name, doc["counts"])
