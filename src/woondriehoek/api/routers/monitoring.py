"""Progress updates (voortgang) and realisations of targets: read what the token may read;
write with the same rules as the web app (monitoring/rules.py): progress only by a
bewerker/beheerder of a trekker organisation of the item, realisations by the trekker's or
the municipality's people. Earlier updates are never overwritten."""

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema
from ninja.responses import Status

from woondriehoek.afspraken.models import Doel, Item
from woondriehoek.monitoring.constants import PeriodeDeel, VoortgangStatus
from woondriehoek.monitoring.models import Realisatie, Voortgang
from woondriehoek.monitoring.rules import SCHRIJVERS, partij_ids
from woondriehoek.monitoring.services.doelen import add_realisatie
from woondriehoek.monitoring.services.periode import Periode
from woondriehoek.monitoring.services.voortgang import (
    NieuweVoortgang,
    add_voortgang,
    schrijf_organisaties,
)
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)

from .. import rows as r
from ..auth import actor, author, token_optional, token_required
from ..errors import errors_for
from ..listing import Listing, paginate_fast, where, zichtbaar
from ..schemas import MAX_ID

router = Router(tags=["monitoring"])
ID = {"ge": 1, "le": MAX_ID}
JAAR = {"ge": 1900, "le": 2200}


class VoortgangOut(Schema):
    id: int
    item: int = Field(..., alias="item_id")
    jaar: int
    deel: str
    status: str
    percentage: int
    toelichting: str
    organisatie: int = Field(..., alias="organisatie_id")
    aangemaakt: dt.datetime


class VoortgangIn(Schema):
    jaar: int = Field(..., ge=1900, le=2200)
    deel: PeriodeDeel = PeriodeDeel.JAAR
    status: VoortgangStatus
    percentage: int | None = Field(None, ge=0, le=100)
    toelichting: str = Field("", max_length=2000)
    organisatie: int | None = Field(
        None, ge=1, le=MAX_ID, description="On behalf of which trekker; needed if several."
    )


class RealisatieOut(Schema):
    id: int
    doel: int = Field(..., alias="doel_id")
    jaar: int
    waarde: float
    organisatie: int | None = Field(None, alias="organisatie_id")
    bron: str
    toelichting: str
    aangemaakt: dt.datetime


class RealisatieIn(Schema):
    jaar: int = Field(..., ge=1900, le=2200)
    waarde: float = Field(..., ge=-1e11, le=1e11)
    organisatie: int | None = Field(None, ge=1, le=MAX_ID, description="Empty: all parties.")
    bron: str = Field("", max_length=300)
    toelichting: str = Field("", max_length=2000)


def _items(request):
    return Item.objects.visible_to(actor(request))


@router.get(
    "/voortgang",
    response={200: list[VoortgangOut], **errors_for(401)},
    auth=token_optional,
    summary="Progress updates",
)
@paginate_fast
def voortgang(
    request,
    item: int | None = Query(None, **ID),
    document: int | None = Query(None, **ID),
    jaar: int | None = Query(None, **JAAR),
    deel: PeriodeDeel | None = None,
) -> Any:
    rows = where(
        Voortgang.objects.filter(zichtbaar(request, "item__document__")).order_by("pk"),
        item_id=item,
        item__document_id=document,
        jaar=jaar,
        deel=deel,
    )
    return Listing(rows, r.voortgang)


def _on_behalf(user, item: Item, wanted: int | None) -> Organisatie:
    allowed = schrijf_organisaties(user, item)
    if wanted is not None:
        match = [o for o in allowed if o.pk == wanted]
        if not match:
            raise PermissionDenied("Your token may not report progress for that organisation.")
        return match[0]
    if len(allowed) != 1:
        raise PermissionDenied("Say on behalf of which trekker organisation (organisatie).")
    return allowed[0]


@router.post(
    "/items/{id}/voortgang",
    response={201: VoortgangOut, **errors_for(400, 401, 403, 404)},
    auth=token_required,
    summary="Add a progress update",
)
def voortgang_toevoegen(request, payload: VoortgangIn, id: int = Path(..., **ID)) -> Any:
    user = actor(request)
    item = get_object_or_404(_items(request), pk=id)
    if not user.has_perm("monitoring.add_voortgang", item):
        raise PermissionDenied
    data = NieuweVoortgang(
        periode=Periode(payload.jaar, payload.deel),
        status=payload.status,
        percentage=payload.percentage,
        toelichting=payload.toelichting,
    )
    organisatie = _on_behalf(user, item, payload.organisatie)
    return Status(201, add_voortgang(item, author(request), organisatie, data))


@router.get(
    "/realisaties",
    response={200: list[RealisatieOut], **errors_for(401)},
    auth=token_optional,
    summary="Realisations of targets",
)
@paginate_fast
def realisaties(
    request,
    doel: int | None = Query(None, **ID),
    item: int | None = Query(None, **ID),
    document: int | None = Query(None, **ID),
    jaar: int | None = Query(None, **JAAR),
) -> Any:
    rows = Realisatie.objects.filter(zichtbaar(request, "doel__item__document__"))
    rows = where(
        rows.order_by("pk"),
        doel_id=doel,
        doel__item_id=item,
        doel__item__document_id=document,
        jaar=jaar,
    )
    return Listing(rows, r.realisaties)


def _realisatie_organisatie(user, doel: Doel, wanted: int | None) -> Organisatie | None:
    if wanted is None:
        return None
    allowed = partij_ids(doel.item.document)
    if not is_functioneel_beheerder(user):
        allowed &= organisatie_ids(user, *SCHRIJVERS)
    if wanted not in allowed:
        raise PermissionDenied("Your token may not report figures for that organisation.")
    return Organisatie.objects.get(pk=wanted)


@router.post(
    "/doelen/{id}/realisaties",
    response={201: RealisatieOut, **errors_for(400, 401, 403, 404)},
    auth=token_required,
    summary="Add a realisation of a target",
)
def realisatie_toevoegen(request, payload: RealisatieIn, id: int = Path(..., **ID)) -> Any:
    user = actor(request)
    doel = get_object_or_404(
        Doel.objects.filter(item__in=_items(request)).select_related("item__document"), pk=id
    )
    if not user.has_perm("monitoring.add_realisatie", doel):
        raise PermissionDenied
    row = add_realisatie(
        doel,
        author(request),
        jaar=payload.jaar,
        waarde=Decimal(str(round(payload.waarde, 2))),
        organisatie=_realisatie_organisatie(user, doel, payload.organisatie),
        bron=payload.bron,
        toelichting=payload.toelichting,
    )
    return Status(201, row)
