"""Robustness across renderings: the seed texts rendered to PDF, DOCX and Markdown.

The seed documents exist only as text. To see whether the readers lose items when the same
document arrives as a real PDF (WeasyPrint: drawn list markers, running header/footer, page
numbers, a two-column variant), a real DOCX (Heading styles, Word list numbering via numPr,
Word tables) or Markdown (headings, lists, pipe tables), the text is first segmented into blocks
(headings, list items, table rows, paragraphs) and those blocks are rendered. Every rendering is
graded with the shared scorer against the seed's gold; it must stay close to the txt score.

Run by hand (writes the renderings and their JSON):
    .venv/bin/python src/woondriehoek/importeren/tests/test_extract_renderings.py OUT_DIR
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from woondriehoek.importeren.tests.renderings import to_docx, to_markdown, to_pdf, units
from woondriehoek.importeren.tests.shared import SCORER, SHARED, require

RENDERINGS = ("pdf", "pdf2col", "docx", "md")
# the txt score minus this is the floor for every rendering
TOLERANCE = 0.05


def render_all(seed: Path, *, pdf: bool = True) -> dict[str, tuple[str, bytes]]:
    text = seed.read_text(encoding="utf-8")
    blocks = units(text)
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), "Document")[:60]
    out = {
        "docx": ("docx", to_docx(blocks, title=title)),
        "md": ("md", to_markdown(blocks, title=title).encode("utf-8")),
    }
    if pdf:
        out["pdf"] = ("pdf", to_pdf(blocks, title=title))
        out["pdf2col"] = ("pdf", to_pdf(blocks, title=title, columns=2))
    return out


def score_dir(out: Path) -> dict:
    scorer = SCORER
    proc = subprocess.run(
        [sys.executable, str(scorer), "--dir", str(SHARED / "corpus" / "gold"), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)["documents"]


def run(out: Path, renderings=RENDERINGS, pdf_seeds: str = "") -> dict[str, dict[str, float]]:
    """Render, extract and grade; ``pdf_seeds`` limits the (slow) PDF renderings to seeds whose
    name starts with it."""
    from woondriehoek.importeren.extract import extract_bytes, extract_file

    scores: dict[str, dict[str, float]] = {}
    seeds = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    dirs = {name: out / name for name in ("txt", *renderings)}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        result = extract_file(seed)
        (dirs["txt"] / f"{seed.stem}.json").write_text(json.dumps(result, ensure_ascii=False))
        pdf = seed.name.startswith(pdf_seeds)
        for name, (ext, data) in render_all(seed, pdf=pdf).items():
            if name not in renderings:
                continue
            (dirs[name] / f"{seed.stem}.{ext}").write_bytes(data)
            result = extract_bytes(data, f"{seed.stem}.{ext}")
            (dirs[name] / f"{seed.stem}.json").write_text(
                json.dumps(result, ensure_ascii=False, indent=1)
            )
    for name, d in dirs.items():
        for doc, r in score_dir(d).items():
            if "error" not in r:
                scores.setdefault(doc, {})[name] = r["score"]
    return scores


def test_renderings_close_to_txt(tmp_path: Path) -> None:
    """Reads ../shared (seeds, gold, scorer)."""
    require(SCORER)
    # PDF rendering of the long seeds takes ~10 s each; the smallest seed covers the PDF path
    # here, the full table comes from running this file (see the module docstring)
    scores = run(tmp_path, pdf_seeds="000_")
    assert scores, "no seed was scored"
    for doc, by in scores.items():
        expected = RENDERINGS if doc.startswith("000_") else ("docx", "md")
        assert set(expected) <= set(by), (doc, by)  # a rendering that errored has no score
        for name in expected:
            assert by[name] >= by["txt"] - TOLERANCE, (doc, name, by)


if __name__ == "__main__":
    result = run(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/renderings"))
    print(f"{'document':<24}" + "".join(f"{n:>9}" for n in ("txt", *RENDERINGS)))
    for doc, by in result.items():
        print(f"{doc:<24}" + "".join(f"{by.get(n, 0):9.3f}" for n in ("txt", *RENDERINGS)))
