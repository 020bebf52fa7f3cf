"""Public entry points: ``extract_file`` and ``extract_bytes`` -> Afspraken-JSON v1 dict."""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import document, known, parties, signatures
from .aliases import finish, hierna_aliases, legend_aliases
from .errors import EmptyDocumentError, FileTooLargeError, UnsupportedFormatError
from .language import check_language
from .mentions import Matcher
from .model import HEADING, Block, Line
from .party_list import listed_parties
from .structure import build

MAX_BYTES = 50 * 1024 * 1024
MAX_PAGES = 500
FORMAT = "afspraken-json/v1"


def extract_file(
    path: str | Path, *, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES
) -> dict:
    """Read a PDF, DOCX, Markdown or text file and return its Afspraken-JSON."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise FileTooLargeError(size_mb=size / 1e6, limit_mb=max_bytes / 1e6)
    return extract_bytes(path.read_bytes(), path.name, max_bytes=max_bytes, max_pages=max_pages)


def extract_bytes(
    data: bytes, filename: str, *, max_bytes: int = MAX_BYTES, max_pages: int = MAX_PAGES
) -> dict:
    """Same as :func:`extract_file` for bytes already in memory; ``filename`` picks the reader."""
    if len(data) > max_bytes:
        raise FileTooLargeError(size_mb=len(data) / 1e6, limit_mb=max_bytes / 1e6)
    if not data.strip():
        raise EmptyDocumentError()
    blocks, lines = read_document(data, filename, max_pages)
    full_text = "\n".join(ln.text for ln in lines)
    check_language(full_text)
    result = analyse(blocks, lines)
    result["source"] = {"file": Path(filename).name, "sha256": hashlib.sha256(data).hexdigest()}
    return {"format": FORMAT, "source": result.pop("source"), **result}


def read_document(
    data: bytes, filename: str, max_pages: int = MAX_PAGES
) -> tuple[list[Block], list[Line]]:
    """The blocks and text lines of a document, as the reader for its suffix sees them."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".pdf":
        from .readers.pdf import read_pdf

        return read_pdf(data, max_pages=max_pages)
    if suffix == ".docx":
        from .readers.docx import read_docx

        return read_docx(data)
    if suffix in (".md", ".markdown"):
        from .readers.markdown import read_markdown

        return read_markdown(data)
    if suffix in (".txt", ".text", ""):
        from .readers.text import read_text

        return read_text(data)
    raise UnsupportedFormatError(suffix=suffix)


def analyse(blocks: list[Block], lines: list[Line]) -> dict:
    """Everything after reading: document facts, parties, themes and items."""
    texts = [ln.text for ln in lines]
    full = "\n".join(texts)
    head_lines = [t.strip() for t in texts[:60] if t.strip()]
    headings = [b.text for b in blocks[:8] if b.kind == HEADING]
    title = document.detect_title(head_lines)
    kind = document.detect_kind(
        "\n".join(head_lines[:3] + headings[:1]), "\n".join(head_lines), full
    )
    reg = parties.PartyRegistry()
    parties.title_parties(head_lines[:15], reg, full)
    joined = " ".join(b.text for b in blocks)
    hierna_aliases(joined, reg)
    party_entries = listed_parties(blocks, reg)
    signatories = signatures.signatories(texts, reg)
    if kind in ("beleidsplan", "bod"):
        parties.namens_party(texts, reg)
    if kind in ("kennisgeving", "bod"):  # both are letters to the college or the council
        parties.council_gemeente(texts[:80] + texts[-40:], reg)
    opening = "\n".join(head_lines[:40])
    if kind == "bod":  # a bod is made to the municipalities it names
        parties.municipalities_in(opening, reg)
    if kind not in ("beleidsplan", "bod"):
        if len(reg.parties) < 2:
            parties.organisations_in(opening, reg)
        parties.municipality_in(opening, reg)
    # a notice names its partners in prose, a bod its author
    body = full if kind in ("kennisgeving", "bod") else ""
    if kind != "beleidsplan":
        parties.described_corporations("\n".join(head_lines[:15]), reg)
    named = [p.name for p in reg.parties]
    for name in known.corporations_named("\n".join(head_lines[:15]), body, named):
        reg.add(name)
    legend_aliases(texts, reg)
    party_list = finish(reg, full)
    party_dicts = [p.as_dict() for p in party_list]
    author = [p.id for p in party_list if p.type == "corporatie"][:1] or [p.id for p in party_list][
        :1
    ]
    matcher = Matcher(party_list, we=author if kind == "bod" else None)
    own_author = author if kind in ("beleidsplan", "bod") else []
    themes, items = build(blocks, kind, matcher, own_author, party_entries)
    period = document.document_period(kind, title, full)
    if kind == "jaarschijf" and period and period["start"] == period["end"]:
        for item in items:  # the activities of one year's jaarschijf run in that year
            item["period"] = item["period"] or dict(period)
    return {
        "document": {
            "kind": kind,
            "title": title,
            "municipalities": document.municipalities(party_dicts, full),
            "period": period,
            "signed": document.signed(texts),
        },
        "parties": party_dicts,
        "signatories": signatories,
        "themes": themes,
        "items": items,
        "source": {},
    }
