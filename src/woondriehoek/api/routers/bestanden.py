"""Monitor files and results of a workspace (municipality): upload lettings, active home
seekers and planmonitor files; read the toewijzingsmonitor and the planmonitor forecast.

Reading needs a token of someone who may read the workspace (toewijzing.view_monitor,
woningbouw.view_planmonitor); a workspace you may not read answers 404. Uploads follow
services/aanleveren.py: refused files answer 400 (unreadable, identifiers, unknown columns,
invalid values, with every problem in `fouten`) or 403 (rows of another organisation), and
nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, File, Form, Path, Query, Router, Schema
from ninja.files import UploadedFile
from ninja.responses import Status

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.toewijzing.bestanden import ImportFout
from woondriehoek.toewijzing.constants import BestandSoort

from ..auth import actor, author, token_required
from ..errors import errors_for
from ..schemas import MAX_ID
from ..services import aanleveren, monitors

router = Router(tags=["monitors"], auth=token_required)
ID = {"ge": 1, "le": MAX_ID}
JAAR = {"ge": 1900, "le": 2200}
BESTAND = File(..., description="CSV or XLSX with the headers of docs/monitors.md.")
ORGANISATIE = Form(
    None, ge=1, le=MAX_ID, description="On behalf of which organisation; needed if several."
)


class Fout(Schema):
    rij: int | None = Field(None, description="Row number as a spreadsheet shows it (header 1).")
    kolom: str | None
    melding: str = Field(..., description="What is wrong, in Dutch.")


class FileProblem(Schema):
    detail: str
    fouten: list[Fout] = Field(default_factory=list)


class AanleveringOut(Schema):
    id: int
    gemeente: int = Field(..., alias="gemeente_id")
    organisatie: int | None = Field(None, alias="organisatie_id")
    soort: str
    bestandsnaam: str
    aantal: int = Field(..., description="Rows imported.")
    aangemaakt: dt.datetime


class PlanmonitorImportOut(Schema):
    nieuw: int = Field(..., description="Projects added.")
    bijgewerkt: int = Field(..., description="Projects updated.")
    regels: int = Field(..., description="Project-year rows read.")


class ToewijzingOut(Schema):
    gemeente: int
    jaren: list[dict[str, Any]] = Field(
        ..., description="Per year, newest first: jaar, grenzen_jaar, groepen, gemeenten."
    )


class PlanmonitorOut(Schema):
    gemeente: int
    start: int
    eind: int
    doorkijk_tot: int | None
    corporaties: list[dict[str, Any]]
    totaal: dict[str, Any]
    per_jaar: list[dict[str, Any]]
    normtoets: list[dict[str, Any]]
    norm: dict[str, Any]


UPLOAD_ERRORS = {**errors_for(401, 403, 404), 400: FileProblem}


def _werkruimte(request: HttpRequest, id: int, perm: str) -> Organisatie:
    gemeente = get_object_or_404(Organisatie, pk=id, type=OrganisatieType.GEMEENTE)
    if not actor(request).has_perm(perm, gemeente):
        raise Http404
    return gemeente


def _refused(exc: Exception) -> Status:
    if isinstance(exc, ImportFout):
        fouten = [{"rij": r, "kolom": k, "melding": m} for r, k, m in exc.fouten[:200]]
        return Status(400, {"detail": exc.eerste_regel(), "fouten": fouten})
    return Status(400, {"detail": str(exc), "fouten": []})


def _inhoud(bestand: UploadedFile) -> bytes:
    if (bestand.size or 0) > aanleveren.MAX_BYTES:
        raise aanleveren.OngeldigBestand("The file is too large (at most 50 MB).")
    return bestand.read()


def _upload(
    request: HttpRequest, id: int, soort: str, bestand: UploadedFile, org: int | None
) -> Status:
    user = actor(request)
    gemeente = _werkruimte(request, id, "toewijzing.view_monitor")
    if not user.has_perm("toewijzing.add_aanlevering", gemeente):
        raise PermissionDenied
    wie = aanleveren.leverancier(user, gemeente, org)
    try:
        row = aanleveren.lever_toewijzing(
            _inhoud(bestand),
            bestand.name or "",
            soort=soort,
            gemeente=gemeente,
            wie=wie,
            user=author(request),
        )
    except (ImportFout, aanleveren.OngeldigBestand) as exc:
        return _refused(exc)
    return Status(201, row)


@router.post(
    "/gemeenten/{id}/toewijzing/verhuringen",
    response={201: AanleveringOut, **UPLOAD_ERRORS},
    summary="Upload lettings (toewijzingsmonitor)",
)
def verhuringen(
    request,
    id: int = Path(..., **ID),
    bestand: UploadedFile = BESTAND,
    organisatie: int | None = ORGANISATIE,
) -> Any:
    return _upload(request, id, BestandSoort.VERHURINGEN, bestand, organisatie)


@router.post(
    "/gemeenten/{id}/toewijzing/zoekenden",
    response={201: AanleveringOut, **UPLOAD_ERRORS},
    summary="Upload active home seekers (toewijzingsmonitor)",
)
def zoekenden(
    request,
    id: int = Path(..., **ID),
    bestand: UploadedFile = BESTAND,
    organisatie: int | None = ORGANISATIE,
) -> Any:
    return _upload(request, id, BestandSoort.ZOEKENDEN, bestand, organisatie)


@router.post(
    "/gemeenten/{id}/planmonitor",
    response={201: PlanmonitorImportOut, **UPLOAD_ERRORS},
    summary="Upload a planmonitor file",
)
def planmonitor_upload(
    request,
    id: int = Path(..., **ID),
    bestand: UploadedFile = BESTAND,
    organisatie: int | None = ORGANISATIE,
) -> Any:
    user = actor(request)
    gemeente = _werkruimte(request, id, "woningbouw.view_planmonitor")
    if not user.has_perm("woningbouw.add_project", gemeente):
        raise PermissionDenied
    wie = aanleveren.leverancier(user, gemeente, organisatie)
    try:
        counts = aanleveren.lever_planmonitor(
            _inhoud(bestand), bestand.name or "", gemeente=gemeente, wie=wie
        )
    except (ImportFout, aanleveren.OngeldigBestand) as exc:
        return _refused(exc)
    return Status(201, counts)


@router.get(
    "/gemeenten/{id}/toewijzing",
    response={200: ToewijzingOut, **errors_for(401, 404)},
    summary="Toewijzingsmonitor per corporatie × gemeente × year",
)
def toewijzing(
    request,
    id: int = Path(..., **ID),
    jaar: int | None = Query(None, **JAAR),
    corporatie: int | None = Query(None, **ID, description="Only this corporation's rows."),
) -> Any:
    gemeente = _werkruimte(request, id, "toewijzing.view_monitor")
    return {"gemeente": gemeente.pk, "jaren": monitors.toewijzing(gemeente, jaar, corporatie)}


@router.get(
    "/gemeenten/{id}/planmonitor",
    response={200: PlanmonitorOut, **errors_for(401, 404)},
    summary="Planmonitor forecast per corporation, with the norm check",
)
def planmonitor(
    request,
    id: int = Path(..., **ID),
    start: int | None = Query(None, **JAAR, description="Default: the agreement period."),
    eind: int | None = Query(None, **JAAR),
) -> Any:
    gemeente = _werkruimte(request, id, "woningbouw.view_planmonitor")
    return {"gemeente": gemeente.pk, **monitors.planmonitor(gemeente, start, eind)}
