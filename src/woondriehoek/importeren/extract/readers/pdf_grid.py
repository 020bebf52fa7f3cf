"""The grid of a ruled table, from the lines a PDF page draws (pypdfium2 path objects).

Table borders are drawn as thin paths: a horizontal rule is a path whose box is at most
``THIN`` points high, a vertical one at most ``THIN`` wide; a stroked rectangle gives its four
sides. Vertical rules that overlap in height form one table; their x positions are the column
boundaries and the horizontal rules across them the row boundaries (plus the top and bottom of
the verticals, which close a row cut by a page break); rule groups that no horizontal rule
joins are separate tables (side by side in two page columns). A cell without a rule above it
is part of the cell above (a row span): that cell's text is read over all its rows and the
covered cells read as None. Cell text comes from the text layer within the cell's box, so a
page costs milliseconds (see ADR 0008).

Many tables draw no vertical rules: a header row of shaded cells and a rule under every row.
There the shaded header cells, side by side, give the columns and the rules below them the
rows (``_banded``); a shaded band across the whole table is a title row (a theme), read over
the full width. A shaded header directly above a ruled grid is that grid's header row.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from itertools import pairwise

THIN = 2.5  # points
SNAP = 2.0  # positions closer than this are one line

MAX_ROW = 250.0  # points: a rule further below the last one is not of the same table
MARGIN = 60.0  # points at the top and bottom of a page where running headers and footers stand

Frame = tuple[float, float, float, float]  # left, bottom, right, top (PDF points)


@dataclass
class Grid:
    frame: Frame
    rows: list[list[str | None]]
    titles: set[int] = field(default_factory=set)  # rows across the table that title the rest
    # a table without vertical rules: the text just under its last rule, per column, and where
    # it ends – the start of a row that a page break cut, if the next page goes on with it
    tail: list[str] | None = None
    tail_bottom: float = 0.0
    starts_page: bool = False  # no text above it on its page but a running header


class _Text:
    """The text rectangles of a page (pdfium's runs of text on one line), read once."""

    def __init__(self, page, textpage) -> None:
        self.textpage = textpage
        self.height = page.get_height()
        self._rects: list[Frame] | None = None

    @property
    def rects(self) -> list[Frame]:
        if self._rects is None:
            tp = self.textpage
            self._rects = [tp.get_rect(i) for i in range(tp.count_rects())]
        return self._rects

    def body(self, left: float, right: float) -> list[Frame]:
        """The rectangles between left and right, outside the running header and footer."""
        return [
            r
            for r in self.rects
            if left <= (r[0] + r[2]) / 2 <= right and r[1] > MARGIN and r[3] < self.height - MARGIN
        ]


def page_grids(page, textpage) -> list[Grid]:
    """Every table on the page, top to bottom: ruled grids (with a shaded header row on top,
    if there is one) and tables of a shaded header and horizontal rules."""
    horizontal, vertical, fills = _rules(page)
    bands = _bands(fills)
    tops = [band[2] for band in bands]  # where a next table starts, none reaches past it
    out: list[Grid] = []
    for _, _, verticals in _regions(vertical):
        for xs in _joined(_snap([x for x, _, _ in verticals]), horizontal):
            own = [v for v in verticals if xs[0] - SNAP <= v[0] <= xs[-1] + SNAP]
            bottom, top = min(v[1] for v in own), max(v[2] for v in own)
            header = next((b for b in bands if _heads(b, xs, top)), None)
            if header is not None:
                bands.remove(header)
                top = header[2]  # the shaded header row above the ruled body
            across = [  # rules across a whole cell; an underline in a cell is no boundary
                y
                for x0, x1, y in horizontal
                if bottom - SNAP <= y <= top + SNAP
                and any(min(x1, b) - max(x0, a) >= 0.9 * (b - a) for a, b in pairwise(xs))
            ]
            ys = sorted(_snap([*across, bottom, top]), reverse=True)
            if len(ys) < 3:
                continue
            frame = (xs[0], ys[-1], xs[-1], ys[0])
            out.append(Grid(frame, _cells(textpage, horizontal, xs, ys)))
    tops += [grid.frame[3] for grid in out]
    text = _Text(page, textpage)
    for band in bands:
        if any(_within(band, grid.frame) for grid in out):
            continue  # the shaded header of a grid whose rules run through it
        below = max((t for t in tops if t < band[1] - SNAP), default=float("-inf"))
        if grid := _banded(text, band, horizontal, fills, below):
            out.append(grid)
    return sorted(out, key=lambda g: -g.frame[3])


def _bands(fills: list[Frame]) -> list[tuple[list[float], float, float]]:
    """Shaded header rows: two or more filled boxes of one height side by side, as
    (column boundaries, bottom, top)."""
    out = []
    for box in sorted(fills, key=lambda f: (-f[3], f[0])):
        band = out[-1] if out else None
        if (
            band is not None
            and abs(band[1] - box[1]) <= SNAP
            and abs(band[2] - box[3]) <= SNAP
            and abs(band[0][-1] - box[0]) <= SNAP
        ):
            band[0].append(box[2])
        else:
            out.append(([box[0], box[2]], box[1], box[3]))
    return [b for b in out if len(b[0]) >= 3]


def _within(band: tuple[list[float], float, float], frame: Frame) -> bool:
    xs, bottom, top = band
    left, low, right, high = frame
    return low - SNAP <= bottom and top <= high + SNAP and left - SNAP <= xs[0] <= right + SNAP


def _heads(band: tuple[list[float], float, float], xs: list[float], top: float) -> bool:
    """The band sits right on top of the grid and has its columns."""
    cols = band[0]
    return (
        abs(band[1] - top) <= 2 * SNAP
        and len(cols) == len(xs)
        and all(abs(a - b) <= 2 * SNAP for a, b in zip(cols, xs, strict=True))
    )


def _banded(page: _Text, band, horizontal, fills, floor: float) -> Grid | None:
    """A table without vertical rules: columns from the shaded header cells, rows from the
    rules under each row (and the edges of shaded title rows) down to the last rule above
    `floor` (the top of the next table) that still closes a row: not far taller than the rows
    before it, and without a paragraph gap inside (a heading and text between the table and
    a rule further down)."""
    textpage = page.textpage
    xs, bottom, top = band
    left, right = xs[0], xs[-1]
    titles = [f for f in fills if abs(f[0] - left) <= SNAP and abs(f[2] - right) <= SNAP]
    edges = [(f[0], f[2], y) for f in titles for y in (f[1], f[3])]
    edges += [(left, right, bottom), (left, right, top)]
    rules = [*horizontal, *edges]
    candidates = sorted(
        {
            y
            for _, _, y in rules
            if floor + SNAP < y < bottom - SNAP and _ruled(rules, left, right, y)
        },
        reverse=True,
    )
    ys = [top, bottom]
    lines = page.body(left, right)
    for y in _snap(candidates)[::-1]:
        heights = sorted(a - b for a, b in pairwise(ys[1:]))
        usual = heights[len(heights) // 2] if heights else MAX_ROW
        if ys[-1] - y > min(MAX_ROW, max(80.0, 4 * usual)) or _gapped(lines, ys[-1], y):
            break
        ys.append(y)
    if len(ys) < 3:
        return None
    rows = _cells(textpage, rules, xs, ys)
    spans = {
        i
        for i in range(1, len(ys) - 1)
        if any(abs(f[3] - ys[i]) <= SNAP and abs(f[1] - ys[i + 1]) <= SNAP for f in titles)
    }
    for i in spans:
        text = textpage.get_text_bounded(left + 0.5, ys[i + 1] + 0.5, right - 0.5, ys[i] - 0.5)
        rows[i] = [" ".join(text.split())] + [""] * (len(xs) - 2)
    grid = Grid((left, ys[-1], right, top), rows, spans)
    everything = page.body(0, float("inf"))
    grid.starts_page = not any(r[1] > top + SNAP for r in everything)
    end = _text_run_below(lines, ys[-1])
    if end is not None and not any(r[3] < end - SNAP for r in everything):
        # the last text of the page: the start of a row that the page break cut
        grid.tail = [
            textpage.get_text_bounded(a + 0.5, end, b - 0.5, ys[-1] - 0.5).strip()
            for a, b in pairwise(xs)
        ]
        grid.tail_bottom = end
    return grid


def _gapped(lines: list[Frame], top: float, bottom: float) -> bool:
    """Whether the text between two heights has a paragraph gap: more than one and a half
    lines without text between two lines (a cell's lines follow each other closely)."""
    inside = sorted(
        ((r[1], r[3]) for r in lines if bottom < (r[1] + r[3]) / 2 < top), key=lambda r: -r[1]
    )
    if len(inside) < 2:
        return False
    height = sorted(t - b for b, t in inside)[len(inside) // 2]
    low = inside[0][0]
    for b, t in inside[1:]:
        if low - t > 1.5 * height:
            return True
        low = min(low, b)
    return False


def _text_run_below(lines: list[Frame], y: float) -> float | None:
    """The bottom of the lines of text that follow right under height y (among `lines`), each
    close under the one before (no paragraph gap): None if there are none."""
    boxes = sorted((box for box in lines if box[3] < y), key=lambda box: -box[3])
    end: float | None = None
    above = y
    for box in boxes:
        gap = above - box[3]
        if gap > 20 or (end is not None and gap > 1.2 * (box[3] - box[1])):
            break
        end = box[1] if end is None else min(end, box[1])
        above = min(above, box[1])
    return end


def _joined(xs: list[float], horizontal) -> list[list[float]]:
    """Column boundaries split into tables: two neighbouring boundaries belong to one table
    when a rule runs from one to the other (tables side by side in two page columns share
    their height, not their rules). Tables of fewer than two columns are left out."""
    groups: list[list[float]] = []
    for x in xs:
        if groups and any(
            x0 <= groups[-1][-1] + SNAP and x1 >= x - SNAP for x0, x1, _ in horizontal
        ):
            groups[-1].append(x)
        else:
            groups.append([x])
    return [g for g in groups if len(g) >= 3]


def _rules(
    page,
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]], list[Frame]]:
    """Horizontal rules as (x0, x1, y), vertical ones as (x, y0, y1), filled boxes as frames."""
    import pypdfium2.raw as raw

    horizontal, vertical, fills = [], [], []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= THIN < width:
            horizontal.append((left, right, (bottom + top) / 2))
        elif width <= THIN < height:
            vertical.append(((left + right) / 2, bottom, top))
        elif width > THIN and height > THIN and _stroked(obj, raw):
            horizontal += [(left, right, bottom), (left, right, top)]
            vertical += [(left, bottom, top), (right, bottom, top)]
        elif width > THIN and height > THIN:
            fills.append((left, bottom, right, top))
    return horizontal, vertical, fills


def _stroked(obj, raw) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    ok = raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(ok and stroke.value)


def _regions(vertical):
    """Groups of vertical rules whose heights overlap: (bottom, top, rules)."""
    groups: list[list] = []
    for rule in sorted(vertical, key=lambda r: -r[2]):
        group = groups[-1] if groups else None
        if group is not None and rule[2] >= group[0] - SNAP:
            group[0] = min(group[0], rule[1])
            group[1] = max(group[1], rule[2])
            group[2].append(rule)
        else:
            groups.append([rule[1], rule[2], [rule]])
    return [(bottom, top, rules) for bottom, top, rules in groups]


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _cells(textpage, horizontal, xs: list[float], ys: list[float]) -> list[list[str | None]]:
    """Cell texts row by row. A cell without a rule above it is part of the cell above (a
    row span): that cell's text is read over all its rows, and the covered cells are None."""
    rows: list[list[str | None]] = [[None] * (len(xs) - 1) for _ in range(len(ys) - 1)]
    for j, (left, right) in enumerate(pairwise(xs)):
        starts = [i for i in range(len(ys) - 1) if i == 0 or _ruled(horizontal, left, right, ys[i])]
        for i, end in zip(starts, [*starts[1:], len(ys) - 1], strict=True):
            text = textpage.get_text_bounded(left + 0.5, ys[end] + 0.5, right - 0.5, ys[i] - 0.5)
            rows[i][j] = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return rows


def _ruled(horizontal, left: float, right: float, y: float) -> bool:
    """Whether rules at height y cover most of [left, right]."""
    covered = sum(
        max(0.0, min(x1, right) - max(x0, left)) for x0, x1, ry in horizontal if abs(ry - y) <= SNAP
    )
    return covered >= 0.6 * (right - left)
