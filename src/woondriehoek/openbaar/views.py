"""Public pages and open-data downloads. Thin: the services decide what may be shown."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from woondriehoek.afspraken.models import Document
from woondriehoek.monitoring.views import common
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .services import export as exports
from .services.bereik import Bereik
from .services.export import SOORTEN, Bestand, OnbekendeExport, exporteer
from .services.normen import normen
from .services.pagina import index as index_van
from .services.pagina import pagina
from .services.vergelijking import status_labels, vergelijk
from .services.vergelijking_export import exporteer_vergelijking


def _download(bestand: Bestand) -> HttpResponse:
    response = HttpResponse(bestand.inhoud, content_type=bestand.content_type)
    response["Content-Disposition"] = f'attachment; filename="{bestand.naam}"'
    return response


def _gemeente(slug: str) -> Organisatie:
    return get_object_or_404(Organisatie, slug=slug, type=OrganisatieType.GEMEENTE)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    return render(request, "openbaar/index.html", {"vermeldingen": index_van()})


@require_GET
def gemeente(request: HttpRequest, slug: str) -> HttpResponse:
    context = pagina(_gemeente(slug), common.vandaag(), _int(request.GET.get("document")))
    if not context.documenten:
        raise Http404
    return render(request, "openbaar/gemeente.html", {"p": context, "soorten": list(SOORTEN)})


@require_GET
def export(request: HttpRequest, slug: str, formaat: str) -> HttpResponse:
    """A workspace export with what the requesting user may read (anonymous: published)."""
    bereik = Bereik(_gemeente(slug), request.user)
    try:
        return _download(exporteer(bereik, formaat, request.GET.get("soort") or None))
    except OnbekendeExport as exc:
        raise Http404 from exc


@require_GET
def document_json(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.visible_to(request.user), pk=pk)
    return _download(exports.document_json(document))


@require_GET
def vergelijking(request: HttpRequest) -> HttpResponse:
    v = vergelijk(request.user, common.vandaag())
    return render(
        request,
        "openbaar/vergelijking.html",
        {"v": v, "normen": normen(v.documenten), "status_labels": status_labels()},
    )


@require_GET
def vergelijking_export(request: HttpRequest, formaat: str) -> HttpResponse:
    if formaat not in ("csv", "xlsx"):
        raise Http404
    return _download(exporteer_vergelijking(request.user, common.vandaag(), formaat))
