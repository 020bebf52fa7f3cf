"""Charts in the PDF, drawn by vl-convert instead of WeasyPrint (docs/adr/0011).

WeasyPrint draws SVG text letter by letter: the charts of a monitoring report cost it more
than all its tables. So the report's HTML holds, for each chart, an empty SVG of the chart's
size wrapped in a link with a private scheme. WeasyPrint lays that out like the chart (same
width, same height, same page breaks) and draws nothing; the link tells where the chart went.
vl-convert turns the chart's SVG into a small PDF (vector, text as text, its fonts embedded),
and pikepdf puts that page on the place the link marked. The link itself is taken out before
WeasyPrint writes the PDF, so no annotation is left behind.
"""

from __future__ import annotations

import base64
import functools
import io
import re
from dataclasses import dataclass
from typing import Any

from woondriehoek.monitoring.services.charts import converter

from . import grafieken

SCHEME = "woondriehoek-grafiek:"
PX_TO_PT = 0.75  # WeasyPrint's rectangles are in CSS px (1/96 in), PDF in points (1/72 in)

_SVG_SIZE = re.compile(r"<svg\b[^>]*?\bwidth=\"([\d.]+)\"[^>]*?\bheight=\"([\d.]+)\"")


class GrafiekFout(RuntimeError):
    """A chart's place was not found on any page: the PDF would miss that chart."""


@dataclass(frozen=True)
class Plek:
    """Where WeasyPrint put a chart: page index and rectangle (x1, y1, x2, y2) in CSS px,
    measured from the page's top left corner."""

    pagina: int
    rechthoek: tuple[float, float, float, float]

    @property
    def oppervlak(self) -> float:
        x1, y1, x2, y2 = self.rechthoek
        return (x2 - x1) * (y2 - y1)


def href(index: int) -> str:
    return f"{SCHEME}{index}"


@functools.lru_cache(maxsize=256)
def _leeg(width: str, height: str) -> str:
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"></svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def placeholder_uri(spec: dict) -> str:
    """A data: URI of an empty SVG as wide and as high as the chart."""
    match = _SVG_SIZE.search(grafieken.svg(spec))
    if not match:
        raise GrafiekFout("the chart's SVG has no width and height")
    return _leeg(*match.groups())


def neem_links(
    document: Any, scheme: str
) -> list[tuple[int, str, tuple[float, float, float, float]]]:
    """Take the links to `scheme` out of each laid-out page's `page.links` (so WeasyPrint
    writes no annotation for them): (page index, target after the scheme, rectangle)."""
    genomen = []
    for nummer, page in enumerate(document.pages):
        blijven = []
        for link in page.links:
            _kind, target, rechthoek, *_rest = link
            if target.startswith(scheme):
                genomen.append((nummer, target.removeprefix(scheme), tuple(rechthoek)))
            else:
                blijven.append(link)
        page.links[:] = blijven
    return genomen


def neem_plekken(document: Any, aantal: int) -> dict[int, Plek]:
    """The place of each chart on the laid-out pages (WeasyPrint's `Document`), taking the
    marking links out of `page.links`. The largest box of a link is the chart's own (the
    link's inline box around it is a line high)."""
    plekken: dict[int, Plek] = {}
    for nummer, target, rechthoek in neem_links(document, SCHEME):
        plek, index = Plek(nummer, rechthoek), int(target)
        if index not in plekken or plek.oppervlak > plekken[index].oppervlak:
            plekken[index] = plek
    missing = sorted(set(range(aantal)) - set(plekken))
    if missing:
        raise GrafiekFout(f"no place found for chart(s) {missing}")
    return plekken


@functools.lru_cache(maxsize=256)
def grafiek_pdf(svg: str) -> bytes:
    """The chart as a one-page PDF (vl-convert; cached per SVG, like the SVG per spec)."""
    return converter().svg_to_pdf(svg)


def stempel(data: bytes, plekken: dict[int, Plek], specs: list[dict]) -> bytes:
    """Each chart's PDF drawn on its place, scaled to the place's box."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as document:
        bronnen = teken(document, plekken, specs)
        out = io.BytesIO()
        document.save(out, deterministic_id=True)
        for bron in bronnen:
            bron.close()
    return out.getvalue()


def teken(document: Any, plekken: dict[int, Plek], specs: list[dict], eerste: int = 0) -> list:
    """Draw the charts on the open pikepdf `document`, whose page `eerste` is the first page
    the places count from. Returns the opened chart PDFs: close them after saving."""
    import pikepdf

    bronnen = []
    for index, spec in enumerate(specs):
        bron = pikepdf.open(io.BytesIO(grafiek_pdf(grafieken.svg(spec))))
        bronnen.append(bron)
        plek = plekken[index]
        page = document.pages[eerste + plek.pagina]
        eigen_resources(page)
        page.add_overlay(bron.pages[0], pdf_rechthoek(plek.rechthoek, float(page.mediabox[3])))
    return bronnen


def eigen_resources(page: Any) -> None:
    """Give the page a resource dictionary of its own before drawing on it. WeasyPrint's
    pages share one; pikepdf's `add_overlay` names the new drawing in it, and a page copied
    to another PDF before the last addition would miss the later names."""
    import pikepdf

    resources = page.obj.get("/Resources")
    if resources is None:
        return
    eigen = pikepdf.Dictionary({key: value for key, value in resources.items()})
    if "/XObject" in resources:
        eigen.XObject = pikepdf.Dictionary(dict(resources.XObject.items()))
    page.obj.Resources = eigen


def pdf_rechthoek(rechthoek: tuple[float, float, float, float], hoogte_pt: float) -> Any:
    """A rectangle in CSS px from the top left as a pikepdf Rectangle in points."""
    import pikepdf

    x1, y1, x2, y2 = (v * PX_TO_PT for v in rechthoek)
    return pikepdf.Rectangle(x1, hoogte_pt - y2, x2, hoogte_pt - y1)
