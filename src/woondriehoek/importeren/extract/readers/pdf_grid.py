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
"""

from __future__ import annotations

import ctypes
from itertools import pairwise

THIN = 2.5  # points
SNAP = 2.0  # positions closer than this are one line

Frame = tuple[float, float, float, float]  # left, bottom, right, top (PDF points)


def page_grids(page, textpage) -> list[tuple[Frame, list[list[str | None]]]]:
    """(frame, rows of cell texts) for every ruled table on the page, top to bottom."""
    horizontal, vertical = _rules(page)
    out = []
    for _, _, verticals in _regions(vertical):
        for xs in _joined(_snap([x for x, _, _ in verticals]), horizontal):
            own = [v for v in verticals if xs[0] - SNAP <= v[0] <= xs[-1] + SNAP]
            bottom, top = min(v[1] for v in own), max(v[2] for v in own)
            across = [  # rules across a whole cell; an underline in a cell is no boundary
                y
                for x0, x1, y in horizontal
                if bottom - SNAP <= y <= top + SNAP
                and any(min(x1, b) - max(x0, a) >= 0.9 * (b - a) for a, b in pairwise(xs))
            ]
            ys = sorted(_snap([*across, bottom, top]), reverse=True)
            if len(ys) < 3:
                continue
            out.append(((xs[0], ys[-1], xs[-1], ys[0]), _cells(textpage, horizontal, xs, ys)))
    return out


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


def _rules(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal rules as (x0, x1, y) and vertical ones as (x, y0, y1)."""
    import pypdfium2.raw as raw

    horizontal, vertical = [], []
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
    return horizontal, vertical


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
