from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from woondriehoek.toewijzing.constants import BestandSoort
from woondriehoek.toewijzing.views.common import eigen_organisatie, require, werkruimte
from woondriehoek.toewijzing.views.flow import aanlever_flow

from ..models import Project
from ..rules import schrijvende_orgs, werkruimte_corporaties
from ..services.importeren import importeer
from ..services.pagina import planmonitor


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@login_required
def planmonitor_view(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = werkruimte(request, slug, "woningbouw.view_planmonitor")
    data = planmonitor(
        gemeente,
        dt.date.today(),
        _int(request.GET.get("start")),
        _int(request.GET.get("eind")),
    )
    projecten = Project.objects.of_gemeente(gemeente).select_related("corporatie")
    page = Paginator(projecten, 50).get_page(request.GET.get("pagina"))
    user = request.user
    if user.is_staff or gemeente.pk in schrijvende_orgs(user):
        eigen = None
    else:
        eigen = schrijvende_orgs(user) & werkruimte_corporaties(gemeente)
    for p in page:
        p.bewerkbaar = eigen is None or p.corporatie_id in eigen
    return render(
        request,
        "woningbouw/planmonitor.html",
        {
            "gemeente": gemeente,
            **data,
            "projecten": page,
            "kan_toevoegen": user.has_perm("woningbouw.add_project", gemeente),
            "kan_bewerken": user.has_perm("woningbouw.add_project", gemeente),
        },
    )


@login_required
def importeren(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = werkruimte(request, slug, "woningbouw.view_planmonitor")
    require(request, "woningbouw.add_project", gemeente)
    terug = reverse("woningbouw:planmonitor", args=[slug])
    beperking = None
    if not request.user.is_staff and gemeente.pk not in schrijvende_orgs(request.user):
        beperking = schrijvende_orgs(request.user) & werkruimte_corporaties(gemeente)

    def verwerk(df, naam: str) -> str:
        counts = importeer(df, gemeente, beperking)
        return _("%(nieuw)s projects added and %(bijgewerkt)s updated from %(naam)s.") % {
            **counts,
            "naam": naam,
        }

    return aanlever_flow(
        request,
        soort=BestandSoort.PLANMONITOR,
        context={
            "gemeente": gemeente,
            "titel": _("Import planmonitor"),
            "terug": terug,
            "terug_label": _("Planmonitor"),
        },
        org_id=eigen_organisatie(request.user, gemeente),
        importeer=verwerk,
        terug=terug,
    )
