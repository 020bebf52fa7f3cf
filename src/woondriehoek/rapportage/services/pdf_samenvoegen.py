"""The parts of a report laid out apart (pdf_delen) put together as one PDF with pikepdf:
what WeasyPrint would have written for the whole — footers, links from the contents, named
destinations, bookmarks — made from what each part reported of itself."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from . import pdf_grafieken
from .pdf_grafieken import PX_TO_PT, pdf_rechthoek

if TYPE_CHECKING:
    from .pdf_delen import Opgemaakt


def samenvoegen(voorkant: Opgemaakt, delen: list[tuple[Opgemaakt, list[dict]]]) -> bytes:
    """`voorkant`: cover, contents and one footer page per chapter page; `delen`: the parts
    in order, each with the chart specs of its places."""
    import pikepdf

    eerste = voorkant.paginas - sum(deel.paginas for deel, _specs in delen)
    voorkant.plaats = [i - eerste for i in range(voorkant.paginas)]
    geopend = []
    with pikepdf.open(io.BytesIO(voorkant.data)) as document:
        for deel, specs in delen:
            bron = pikepdf.open(io.BytesIO(deel.data))
            geopend.append(bron)
            for i, page in enumerate(bron.pages):
                waar = eerste + deel.plaats[i]
                voet = document.pages[waar]
                document.pages[waar] = page
                geplaatst = document.pages[waar]
                pdf_grafieken.eigen_resources(geplaatst)
                geplaatst.add_overlay(voet)  # the footer page over the chapter page
            plekken = {
                index: pdf_grafieken.Plek(deel.plaats[plek.pagina], plek.rechthoek)
                for index, plek in deel.plekken.items()
            }
            geopend += pdf_grafieken.teken(document, plekken, specs, eerste)
        alle = [voorkant, *(deel for deel, _specs in delen)]
        _links(document, voorkant.links)
        _bestemmingen(document, alle, eerste)
        _bladwijzers(document, alle, eerste)
        out = io.BytesIO()
        document.save(out, deterministic_id=True)
    for bron in geopend:
        bron.close()
    return out.getvalue()


def _links(document: Any, links: list[tuple[int, str, tuple[float, float, float, float]]]) -> None:
    """The contents' lines as links to their named destination, as WeasyPrint writes them."""
    import pikepdf

    for nummer, anker, rechthoek in links:
        page = document.pages[nummer]
        rect = pdf_rechthoek(rechthoek, float(page.mediabox[3]))
        annotation = document.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Link,
                Rect=[rect.llx, rect.ury, rect.urx, rect.lly],
                BS=pikepdf.Dictionary(W=0),
                Dest=pikepdf.String(anker),
            )
        )
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(annotation)


def _bestemmingen(document: Any, delen: list[Opgemaakt], eerste: int) -> None:
    """Every anchor as a named destination (the contents' links and URL fragments use them)."""
    import pikepdf

    tree = pikepdf.NameTree.new(document)
    for deel in delen:
        for naam, (nummer, x, y) in sorted(deel.ankers.items()):
            page = document.pages[eerste + deel.plaats[nummer]]
            hoogte = float(page.mediabox[3])
            tree[naam] = pikepdf.Array(
                [page.obj, pikepdf.Name.XYZ, x * PX_TO_PT, hoogte - y * PX_TO_PT, 0]
            )
    if "/Names" not in document.Root:
        document.Root.Names = pikepdf.Dictionary()
    document.Root.Names.Dests = tree.obj


def _bladwijzers(document: Any, delen: list[Opgemaakt], eerste: int) -> None:
    """The bookmarks of all parts as one outline, in the order of the pages they point at."""
    with document.open_outline() as outline:
        outline.root.clear()
        bovenste = []  # (page in the report, from the top, bookmark, its part)
        for deel in delen:
            for item in deel.bladwijzers:
                nummer, _x, y = item[1]
                bovenste.append((eerste + deel.plaats[nummer], -y, item, deel))
        for _pagina, _y, item, deel in sorted(bovenste, key=lambda b: b[:2]):
            outline.root.extend(_items(document, [item], deel, eerste))


def _items(document: Any, bladwijzers: list, deel: Opgemaakt, eerste: int) -> list:
    import pikepdf

    items = []
    for titel, (nummer, x, y), kinderen, toestand in bladwijzers:
        page = document.pages[eerste + deel.plaats[nummer]]
        item = pikepdf.OutlineItem(titel, pikepdf.Array([page.obj, pikepdf.Name.XYZ, x, y, 0]))
        item.children.extend(_items(document, kinderen, deel, eerste))
        item.is_closed = toestand == "closed"
        items.append(item)
    return items
