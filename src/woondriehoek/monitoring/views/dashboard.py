from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from woondriehoek.afspraken.services.werkruimte import documenten_van
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..services import cyclus
from ..services.dashboard import kies_document, monitor
from ..services.doelen import overzichten
from ..services.grafiek import grafiek
from ..services.periode import Periode, keuzes
from ..services.taken import mijn_taken as taken_van
from . import common


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = get_object_or_404(Organisatie, slug=slug, type=OrganisatieType.GEMEENTE)
    today = common.vandaag()
    documenten = list(documenten_van(gemeente, request.user))
    document = kies_document(documenten, today, _int(request.GET.get("document")))
    if document is None:
        raise Http404
    huidige = Periode.huidige(today)
    perioden = keuzes(document.periode_start, document.periode_eind, today)
    periode = Periode.parse(request.GET.get("periode", "")) or huidige
    cyclus_template, cyclus_context = cyclus.dashboard(gemeente, request.user, today)
    return render(
        request,
        "monitoring/dashboard.html",
        {
            "gemeente": gemeente,
            "documenten": documenten,
            "document": document,
            "periode": periode,
            "perioden": perioden,
            "monitor": monitor(document, periode),
            "grafieken": [grafiek(o) for o in overzichten(document)],
            "cyclus_template": cyclus_template,
            **cyclus_context,
        },
    )


@login_required
def mijn_taken(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "monitoring/mijn_taken.html",
        {"taken": taken_van(request.user, common.vandaag())},
    )
