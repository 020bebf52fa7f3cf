"""Read endpoints of the register: municipalities, organisations, documents, themes,
items and targets. Without a token only published documents are visible; with a token,
what its user or organisation may read (Document.objects.visible_to)."""

from typing import Any

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router

from woondriehoek.afspraken.constants import (
    BetrokkenheidRol,
    DocumentSoort,
    DocumentStatus,
    ItemSoort,
)
from woondriehoek.afspraken.models import Document, Doel, Item, Thema
from woondriehoek.afspraken.services.afspraken_json_export import export_document
from woondriehoek.core.text import fold
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .. import rows as r
from ..auth import actor, token_optional
from ..errors import errors_for
from ..listing import Listing, paginate_fast, where, zichtbaar
from ..schemas import (
    MAX_ID,
    DocumentDetailOut,
    DocumentOut,
    DoelOut,
    GemeenteOut,
    ItemOut,
    OrganisatieOut,
    ThemaOut,
)

router = Router(auth=token_optional, tags=["register"])

ID = {"ge": 1, "le": MAX_ID}
JAAR = {"ge": 1900, "le": 2200}
TEXT = r"^[^\x00]*$"  # no NUL characters (PostgreSQL refuses them)
LIST = errors_for(401)
DETAIL = errors_for(401, 404)


def covers(jaar: int, prefix: str = "") -> Q:
    """Rows whose period (periode_start..periode_eind) includes the year."""
    start, eind = f"{prefix}periode_start", f"{prefix}periode_eind"
    return Q(**{f"{start}__lte": jaar}) & (
        Q(**{f"{eind}__gte": jaar}) | Q(**{f"{eind}__isnull": True, start: jaar})
    )


def documenten_van(request) -> QuerySet[Document]:
    return Document.objects.visible_to(actor(request))


def items_van(request) -> QuerySet[Item]:
    return Item.objects.filter(document__in=documenten_van(request))


@router.get("/gemeenten", response={200: list[GemeenteOut], **LIST}, summary="Municipalities")
@paginate_fast
def gemeenten(request, q: str | None = Query(None, max_length=200, pattern=TEXT)) -> Any:
    rows = Organisatie.objects.filter(type=OrganisatieType.GEMEENTE).order_by("pk")
    if q and q.strip():
        rows = rows.filter(naam__icontains=q.strip())
    return Listing(rows, r.gemeenten)


@router.get("/gemeenten/{id}", response={200: GemeenteOut, **DETAIL}, summary="Municipality")
def gemeente(request, id: int = Path(..., **ID)) -> Any:
    return get_object_or_404(Organisatie, pk=id, type=OrganisatieType.GEMEENTE)


@router.get("/organisaties", response={200: list[OrganisatieOut], **LIST}, summary="Organisations")
@paginate_fast
def organisaties(request, type: OrganisatieType | None = None) -> Any:
    rows = Organisatie.objects.order_by("pk")
    return Listing(rows.filter(type=type) if type else rows, r.organisaties)


@router.get("/organisaties/{id}", response={200: OrganisatieOut, **DETAIL}, summary="Organisation")
def organisatie(request, id: int = Path(..., **ID)) -> Any:
    return get_object_or_404(Organisatie, pk=id)


@router.get("/documenten", response={200: list[DocumentOut], **LIST}, summary="Documents")
@paginate_fast
def documenten(
    request,
    gemeente: int | None = Query(None, **ID, description="Id of a municipality."),
    soort: DocumentSoort | None = None,
    status: DocumentStatus | None = None,
    jaar: int | None = Query(None, **JAAR, description="Documents whose period includes it."),
) -> Any:
    rows = where(
        Document.objects.filter(zichtbaar(request)).order_by("pk"),
        gemeenten=gemeente,
        soort=soort,
        status=status,
    )
    if jaar:
        rows = rows.filter(covers(jaar))
    return Listing(rows, r.documenten)


def _document(request, id: int) -> Document:
    return get_object_or_404(documenten_van(request), pk=id)


@router.get("/documenten/{id}", response={200: DocumentDetailOut, **DETAIL}, summary="Document")
def document(request, id: int = Path(..., **ID)) -> Any:
    rows = documenten_van(request).prefetch_related(
        "gemeenten", "partijen__organisatie", "ondertekenaars"
    )
    return get_object_or_404(rows, pk=id)


@router.get(
    "/documenten/{id}/afspraken-json",
    response={200: dict[str, Any], **DETAIL},
    summary="Document as Afspraken-JSON",
    description="The whole document in the exchange format afspraken-json/v1.",
)
def document_afspraken_json(request, id: int = Path(..., **ID)) -> Any:
    return export_document(_document(request, id))


@router.get("/themas", response={200: list[ThemaOut], **LIST}, summary="Themes")
@paginate_fast
def themas(request, document: int | None = Query(None, **ID)) -> Any:
    rows = Thema.objects.filter(zichtbaar(request, "document__")).order_by("pk")
    return Listing(rows.filter(document_id=document) if document else rows, r.themas)


@router.get("/items", response={200: list[ItemOut], **LIST}, summary="Items (afspraken)")
@paginate_fast
def items(
    request,
    document: int | None = Query(None, **ID),
    gemeente: int | None = Query(None, **ID, description="Id of a municipality."),
    soort: ItemSoort | None = None,
    thema: int | None = Query(None, **ID),
    trekker: int | None = Query(None, **ID, description="Id of the leading organisation."),
    jaar: int | None = Query(None, **JAAR, description="Items whose period includes it."),
    q: str | None = Query(
        None,
        max_length=200,
        pattern=TEXT,
        description="Words that all occur in number, text or execution (case and accents ignored).",
    ),
) -> Any:
    rows = where(
        Item.objects.filter(zichtbaar(request, "document__")).order_by("pk"),
        document_id=document,
        document__gemeenten=gemeente,
        soort=soort,
        thema_id=thema,
    )
    if trekker:
        rows = rows.with_party([trekker], rol=BetrokkenheidRol.TREKKER)
    if jaar:
        rows = rows.filter(
            covers(jaar) | (Q(periode_start__isnull=True) & covers(jaar, "document__"))
        )
    for word in fold(q or "").split():
        rows = rows.filter(zoektekst__contains=word)
    return Listing(rows, r.items)


@router.get("/items/{id}", response={200: ItemOut, **DETAIL}, summary="Item")
def item(request, id: int = Path(..., **ID)) -> Any:
    rows = items_van(request).prefetch_related("betrokkenheden__organisatie", "doelen")
    return get_object_or_404(rows, pk=id)


@router.get("/doelen", response={200: list[DoelOut], **LIST}, summary="Measurable targets")
@paginate_fast
def doelen(
    request,
    item: int | None = Query(None, **ID),
    document: int | None = Query(None, **ID),
    eenheid: str | None = Query(None, max_length=40, pattern=TEXT),
) -> Any:
    rows = where(
        Doel.objects.filter(zichtbaar(request, "item__document__")).order_by("pk"),
        item_id=item,
        item__document_id=document,
        eenheid=eenheid,
    )
    return Listing(rows, r.doelen)
