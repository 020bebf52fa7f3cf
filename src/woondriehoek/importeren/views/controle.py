"""The review screen and its small htmx actions; each action rewrites ``resultaat``."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from woondriehoek.afspraken.constants import DocumentSoort, ItemSoort
from woondriehoek.organisaties.constants import OrganisatieType

from ..constants import TaakStatus
from ..models import Importtaak
from ..services import review
from ..services.presentatie import review_groups
from ..services.taken import save_result
from .common import visible_job


def _context(job: Importtaak, error: str = "") -> dict:
    data = job.resultaat or {}
    return {
        "job": job,
        "data": data,
        "groups": review_groups(data, job.bron or []),
        "document_kind": dict(DocumentSoort.choices).get(
            (data.get("document") or {}).get("kind"), "–"
        ),
        "kinds": ItemSoort.choices,
        "party_types": OrganisatieType.choices,
        "editable": job.status == TaakStatus.KLAAR,
        "error": error,
    }


@login_required
def controle(request: HttpRequest, pk: int) -> HttpResponse:
    job = visible_job(request, pk)
    if job.status in (TaakStatus.WACHTEND, TaakStatus.BEZIG, TaakStatus.FOUT):
        return redirect(job)
    return render(request, "importeren/controle.html", _context(job))


def _apply(request: HttpRequest, job: Importtaak, action: str, item_id: str | None) -> dict:
    data, post = job.resultaat, request.POST
    if action == "add":
        return review.add_item(
            data,
            post.get("text", ""),
            kind=post.get("kind", "afspraak"),
            theme=post.get("theme") or None,
            after=post.get("after") or None,
        )
    operations = {
        "text": lambda: review.edit_text(data, item_id, post.get("text", "")),
        "kind": lambda: review.retype(data, item_id, post.get("kind", "")),
        "trekker": lambda: review.set_trekker(
            data, item_id, post.getlist("trekker"), post.get("trekker_text", "")
        ),
        "delete": lambda: review.delete_item(data, item_id),
        "split": lambda: review.split_item(
            data, item_id, post.get("first", ""), post.get("second", "")
        ),
        "merge": lambda: review.merge_with_next(data, item_id),
        "accept": lambda: review.accept(data, item_id),
    }
    if action not in operations:
        raise review.ReviewError(_("Unknown action %(action)s.") % {"action": action})
    return operations[action]()


def _respond(request: HttpRequest, job: Importtaak, error: str = "") -> HttpResponse:
    if request.htmx:
        return render(request, "importeren/_review_items.html", _context(job, error))
    if error:
        return HttpResponseBadRequest(error)
    return redirect("importeren:controle", pk=job.pk)


@login_required
@require_POST
def item_action(
    request: HttpRequest, pk: int, action: str, item_id: str | None = None
) -> HttpResponse:
    job = visible_job(request, pk)
    if job.status != TaakStatus.KLAAR:
        return HttpResponseBadRequest("Deze importtaak kan niet meer worden gewijzigd.")
    try:
        save_result(job, _apply(request, job, action, item_id))
    except review.ReviewError as exc:
        return _respond(request, job, str(exc))
    return _respond(request, job)


@login_required
@require_POST
def party_type(request: HttpRequest, pk: int, party_id: str) -> HttpResponse:
    job = visible_job(request, pk)
    if job.status != TaakStatus.KLAAR:
        return HttpResponseBadRequest("Deze importtaak kan niet meer worden gewijzigd.")
    try:
        save_result(job, review.set_party_type(job.resultaat, party_id, request.POST.get("type")))
    except review.ReviewError as exc:
        return HttpResponseBadRequest(str(exc))
    if request.htmx:
        return render(request, "importeren/_parties.html", _context(job))
    return redirect("importeren:controle", pk=job.pk)
