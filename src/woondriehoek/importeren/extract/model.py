"""The common intermediate form every reader produces: a flat list of blocks."""

from __future__ import annotations

from dataclasses import dataclass, field

# Block kinds
HEADING = "heading"
LIST = "list"
PARAGRAPH = "paragraph"
ROW = "row"


@dataclass
class Line:
    """One physical line of text with its provenance (1-based line or page)."""

    text: str
    line: int | None = None
    page: int | None = None
    # a table a reader has already read cell by cell (PDF grid), in place of its text lines
    rows: list[Block] | None = None
    # PDF: box of the first character (left, bottom, right, top; PDF points from bottom left)
    box: tuple[float, float, float, float] | None = None

    def source(self) -> dict:
        return {"line": self.line} if self.page is None else {"page": self.page}


@dataclass
class Block:
    """A logical unit: heading, list item, paragraph or table row.

    ``marker`` is the label the document gives ("1", "1.2", "Bij 1.", "•"); ``level`` is the
    heading level or list depth; ``cells``/``header`` are set for table rows.
    """

    kind: str
    text: str
    source: dict
    level: int = 1
    marker: str | None = None
    cells: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    sub: bool = False  # a sub-bullet that belongs to the previous item
