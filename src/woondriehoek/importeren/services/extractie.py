"""Run the extractor with the site's limits, and keep the source text for the review screen."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

from ..extract import ExtractionError, extract_bytes

SUPPORTED = (".pdf", ".docx", ".md", ".markdown", ".txt", ".text")


def limits() -> dict[str, int]:
    return {
        "max_bytes": settings.WOONDRIEHOEK_UPLOAD_MAX_BYTES,
        "max_pages": settings.WOONDRIEHOEK_UPLOAD_MAX_PAGES,
    }


def extract(data: bytes, filename: str) -> dict:
    """Afspraken-JSON for a document; raises ExtractionError with a Dutch message."""
    return extract_bytes(data, filename, **limits())


def extract_path(path: str | Path, max_bytes: int | None = None) -> dict:
    """Like :func:`extract` for a file on disk; a missing file is an ExtractionError too."""
    path = Path(path)
    if not path.is_file():
        raise ExtractionError(f"Het bestand '{path}' bestaat niet.")
    size = path.stat().st_size
    wanted = limits()
    if max_bytes is not None:
        wanted["max_bytes"] = max_bytes
    if size > wanted["max_bytes"]:
        from ..extract.errors import FileTooLargeError

        raise FileTooLargeError(size_mb=size / 1e6, limit_mb=wanted["max_bytes"] / 1e6)
    return extract_bytes(path.read_bytes(), path.name, **wanted)


def source_lines(data: bytes, filename: str) -> list[dict]:
    """The document text as the extractor read it: ``{ref, anchor, text}`` per non-empty line.

    ``ref`` is "p3" (page) or "l118" (line), like an item's ``source``; ``anchor`` is unique
    ("p3-12" = 12th line of page 3) and becomes the HTML id ``bron-<anchor>``.
    """
    from ..extract.api import read_document

    _blocks, lines = read_document(data, filename, limits()["max_pages"])
    out: list[dict] = []
    per_page: dict[int, int] = {}
    for line in lines:
        if line.page is not None:
            per_page[line.page] = per_page.get(line.page, 0) + 1
            ref, anchor = f"p{line.page}", f"p{line.page}-{per_page[line.page]}"
        else:
            ref = anchor = f"l{line.line}"
        if line.text.strip():
            out.append({"ref": ref, "anchor": anchor, "text": line.text.rstrip()})
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-zà-ÿ]+", "", text.lower())


def anchor_for(item: dict, bron: list[dict]) -> str | None:
    """The anchor of the source line where the item starts (best effort)."""
    source = item.get("source") or {}
    if source.get("line"):
        return f"l{source['line']}"
    if not source.get("page"):
        return None
    ref = f"p{source['page']}"
    on_page = [row for row in bron if row["ref"] == ref]
    start = _norm(item.get("text") or "")[:60]
    for row in on_page:
        text = _norm(row["text"])
        if len(text) >= 8 and (start[:20] in text or text in start):
            return row["anchor"]
    return on_page[0]["anchor"] if on_page else None
