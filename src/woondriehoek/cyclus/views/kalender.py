"""The workspace calendar and its configuration (schedule rules, presets)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from woondriehoek.afspraken.constants import PUBLISHED_STATUSES
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)

from ..forms import CyclusregelForm, PresetForm
from ..models import Cyclusregel, Overleg
from ..services import overleg as overleg_service
from ..services.regels import pas_preset_toe, pas_woningwet_toe
from ..services.termijnen import markeer_gedaan, markeer_open, termijn_van, termijnen_van
from .common import gemeente_or_404, jaar_param, require, require_member, vandaag


def _kalender_url(gemeente: Organisatie, jaar: int) -> str:
    return reverse("cyclus:kalender", args=[gemeente.slug]) + f"?jaar={jaar}"


def kalender(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    today = vandaag()
    jaar = jaar_param(request, today.year)
    lid = request.user.has_perm("cyclus.view_werkruimte", gemeente)
    termijnen = termijnen_van(gemeente, jaar, today)
    if not lid:
        termijnen = [
            t for t in termijnen if t.document is None or t.document.status in PUBLISHED_STATUSES
        ]
    if is_functioneel_beheerder(request.user):
        eigen = {a.organisatie.pk for t in termijnen for a in t.actoren}
    else:
        eigen = organisatie_ids(request.user, Rol.BEHEERDER, Rol.BEWERKER)
    return render(
        request,
        "cyclus/kalender.html",
        {
            "gemeente": gemeente,
            "jaar": jaar,
            "today": today,
            "termijnen": termijnen,
            "overdue": [t for t in termijnen if t.status == "overdue"],
            "overleggen": Overleg.objects.filter(gemeente=gemeente, begin__year=jaar),
            "structuur": overleg_service.structuur(gemeente, jaar),
            "lid": lid,
            "eigen": eigen,
            "can_coordinate": request.user.has_perm("cyclus.coordinate", gemeente),
            "heeft_regels": Cyclusregel.objects.of_gemeente(gemeente).exists(),
        },
    )


@login_required
@require_POST
def termijn_gedaan(request: HttpRequest, slug: str, regel: int, jaar: int) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    rule = get_object_or_404(Cyclusregel, pk=regel, gemeente=gemeente)
    termijn = termijn_van(rule, jaar, vandaag())
    org = next(
        (
            a.organisatie
            for a in termijn.actoren
            if str(a.organisatie.pk) == request.POST.get("organisatie")
        ),
        None,
    )
    if org is None:
        return HttpResponseBadRequest(_("This party does not have to act on this deadline."))
    require(request, "cyclus.mark_done", org)
    if request.POST.get("actie") == "open":
        markeer_open(rule, jaar, org)
        messages.success(request, _("The deadline is open again for %(org)s.") % {"org": org})
    else:
        markeer_gedaan(rule, jaar, org, request.user)
        messages.success(request, _("Marked as done for %(org)s.") % {"org": org})
    return redirect(_kalender_url(gemeente, jaar))


def regels(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    require_member(request, gemeente)
    can_coordinate = request.user.has_perm("cyclus.coordinate", gemeente)
    form = PresetForm(gemeente=gemeente)
    if request.method == "POST":
        require(request, "cyclus.coordinate", gemeente)
        form = PresetForm(request.POST, gemeente=gemeente)
        if form.is_valid():
            doc = form.cleaned_data["document"]
            if doc is None:
                pas_woningwet_toe(gemeente)
            else:
                pas_preset_toe(doc, form.cleaned_data["preset"])
            messages.success(request, _("The preset has been applied."))
            return redirect("cyclus:regels", slug=gemeente.slug)
    return render(
        request,
        "cyclus/regels.html",
        {
            "gemeente": gemeente,
            "regels": Cyclusregel.objects.of_gemeente(gemeente)
            .select_related("document")
            .prefetch_related("organisaties")
            .order_by("document_id", "volgorde", "maand", "dag"),
            "form": form,
            "can_coordinate": can_coordinate,
        },
    )


@login_required
def regel_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    require(request, "cyclus.coordinate", gemeente)
    regel = get_object_or_404(Cyclusregel, pk=pk, gemeente=gemeente) if pk else None
    form = CyclusregelForm(request.POST or None, instance=regel, gemeente=gemeente)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The schedule rule has been saved."))
        return redirect("cyclus:regels", slug=gemeente.slug)
    return render(
        request, "cyclus/regel_form.html", {"gemeente": gemeente, "form": form, "regel": regel}
    )
