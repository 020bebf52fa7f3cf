"""Meetings: plan, keep agenda and minutes, record decisions linked to afspraken."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from ..forms import BesluitForm, OverlegForm
from ..models import Besluit, Overleg
from ..services import overleg as overleg_service
from ..services.geschiedenis import overleg_history
from .common import gemeente_or_404, jaar_param, require, require_member, vandaag


def _visible_overleg(request: HttpRequest, pk: int) -> Overleg:
    return get_object_or_404(
        Overleg.objects.visible_to(request.user).select_related("gemeente", "voorzitter"), pk=pk
    )


@login_required
def overleg_list(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    require_member(request, gemeente)
    jaar = jaar_param(request, vandaag().year)
    return render(
        request,
        "cyclus/overleg_list.html",
        {
            "gemeente": gemeente,
            "jaar": jaar,
            "overleggen": Overleg.objects.filter(gemeente=gemeente, begin__year=jaar)
            .select_related("voorzitter")
            .prefetch_related("besluiten"),
            "structuur": overleg_service.structuur(gemeente, jaar),
            "can_plan": request.user.has_perm("cyclus.coordinate", gemeente),
        },
    )


def _edit(request: HttpRequest, gemeente, overleg: Overleg | None) -> HttpResponse:
    initial = {}
    if overleg is None and request.GET.get("soort"):
        soort = request.GET["soort"]
        initial = {
            "soort": soort,
            "voorzitter": overleg_service.volgende_voorzitter(gemeente, soort),
        }
    form = OverlegForm(request.POST or None, instance=overleg, gemeente=gemeente, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, _("The meeting has been saved."))
        return redirect(saved)
    return render(
        request,
        "cyclus/overleg_form.html",
        {"gemeente": gemeente, "form": form, "overleg": overleg},
    )


@login_required
def overleg_create(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    require(request, "cyclus.coordinate", gemeente)
    return _edit(request, gemeente, None)


@login_required
def overleg_edit(request: HttpRequest, pk: int) -> HttpResponse:
    overleg = _visible_overleg(request, pk)
    require(request, "cyclus.change_overleg", overleg)
    return _edit(request, overleg.gemeente, overleg)


@login_required
def overleg_detail(request: HttpRequest, pk: int) -> HttpResponse:
    overleg = _visible_overleg(request, pk)
    return render(
        request,
        "cyclus/overleg.html",
        {
            "overleg": overleg,
            "gemeente": overleg.gemeente,
            "deelnemers": overleg_service.deelnemers(
                overleg.gemeente, overleg.soort, overleg.begin.year
            ),
            "besluiten": overleg.besluiten.select_related("eigenaar").prefetch_related("items"),
            "can_edit": request.user.has_perm("cyclus.change_overleg", overleg),
            "history": overleg_history(overleg),
        },
    )


def _besluit_edit(request: HttpRequest, overleg: Overleg, besluit: Besluit | None):
    form = BesluitForm(request.POST or None, instance=besluit, overleg=overleg, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The decision has been saved."))
        return redirect(overleg)
    return render(
        request,
        "cyclus/besluit_form.html",
        {"overleg": overleg, "gemeente": overleg.gemeente, "form": form, "besluit": besluit},
    )


@login_required
def besluit_create(request: HttpRequest, pk: int) -> HttpResponse:
    overleg = _visible_overleg(request, pk)
    require(request, "cyclus.change_overleg", overleg)
    return _besluit_edit(request, overleg, None)


@login_required
def besluit_edit(request: HttpRequest, pk: int) -> HttpResponse:
    besluit = get_object_or_404(Besluit.objects.visible_to(request.user), pk=pk)
    require(request, "cyclus.change_overleg", besluit.overleg)
    return _besluit_edit(request, besluit.overleg, besluit)
