from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from woondriehoek.organisaties.models import Organisatie

from ..constants import BestandSoort
from ..services import monitor
from .common import eigen_organisatie, require, werkruimte
from .flow import aanlever_flow


@login_required
def monitor_view(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = werkruimte(request, slug, "toewijzing.view_monitor")
    return render(
        request,
        "toewijzing/monitor.html",
        {
            "gemeente": gemeente,
            "resultaten": monitor.resultaten(gemeente),
            "aanleveringen": monitor.actuele(gemeente, BestandSoort.VERHURINGEN)
            + monitor.actuele(gemeente, BestandSoort.ZOEKENDEN),
            "kan_aanleveren": request.user.has_perm("toewijzing.add_aanlevering", gemeente),
        },
    )


@login_required
def aanleveren(request: HttpRequest, slug: str, soort: str) -> HttpResponse:
    gemeente = werkruimte(request, slug, "toewijzing.view_monitor")
    require(request, "toewijzing.add_aanlevering", gemeente)
    if soort not in (BestandSoort.VERHURINGEN, BestandSoort.ZOEKENDEN):
        raise Http404
    org_id = eigen_organisatie(request.user, gemeente)
    terug = reverse("toewijzing:monitor", args=[slug])

    def importeer(df, naam: str) -> str:
        n = monitor.importeer(
            df,
            soort=soort,
            gemeente=gemeente,
            organisatie=Organisatie.objects.filter(pk=org_id).first(),
            user=request.user,
            naam=naam,
        )
        return _("%(n)s rows imported from %(naam)s.") % {"n": n, "naam": naam}

    titel = (
        _("Upload lettings")
        if soort == BestandSoort.VERHURINGEN
        else _("Upload active home seekers")
    )
    return aanlever_flow(
        request,
        soort=soort,
        context={
            "gemeente": gemeente,
            "titel": titel,
            "terug": terug,
            "terug_label": _("Allocation monitor"),
        },
        org_id=org_id,
        importeer=importeer,
        terug=terug,
    )
