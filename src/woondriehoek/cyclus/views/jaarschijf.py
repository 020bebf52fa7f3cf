"""The jaarschijf pages: list and open, per-party draft and submit, bundle, adopt, diff."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from woondriehoek.organisaties.models import Organisatie

from ..forms import ActiviteitFormSet, JaarschijfForm
from ..models import Activiteit, Jaarschijf
from ..services import jaarschijf as service
from ..services.geschiedenis import jaarschijf_history
from .common import gemeente_or_404, require, require_member, vandaag


def _visible(request: HttpRequest, pk: int) -> Jaarschijf:
    return get_object_or_404(
        Jaarschijf.objects.visible_to(request.user).select_related("document"), pk=pk
    )


def _member_of(request: HttpRequest, jaarschijf: Jaarschijf) -> bool:
    return any(
        request.user.has_perm("cyclus.view_werkruimte", g)
        for g in jaarschijf.document.gemeenten.all()
    )


@login_required
def jaarschijf_list(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    require_member(request, gemeente)
    can_open = request.user.has_perm("cyclus.coordinate", gemeente)
    form = JaarschijfForm(gemeente=gemeente)
    if request.method == "POST":
        require(request, "cyclus.coordinate", gemeente)
        form = JaarschijfForm(request.POST, gemeente=gemeente)
        if form.is_valid():
            data = form.cleaned_data
            js = service.open_jaarschijf(data["document"], data["jaar"], data["indienen_voor"])
            if data["toelichting"] and not js.toelichting:
                js.toelichting = data["toelichting"]
                js.save()
            messages.success(request, _("The jaarschijf is open for the parties."))
            return redirect(js)
    return render(
        request,
        "cyclus/jaarschijf_list.html",
        {
            "gemeente": gemeente,
            "jaarschijven": Jaarschijf.objects.visible_to(request.user)
            .of_gemeente(gemeente)
            .select_related("document"),
            "form": form,
            "can_open": can_open,
        },
    )


def jaarschijf_detail(request: HttpRequest, pk: int) -> HttpResponse:
    js = _visible(request, pk)
    lid = _member_of(request, js)
    status = service.indiening_status(js, vandaag())
    return render(
        request,
        "cyclus/jaarschijf.html",
        {
            "jaarschijf": js,
            "gemeente": js.document.gemeenten.first(),
            "status": status if lid else [],
            "groepen": service.gebundeld_overzicht(js),
            "lid": lid,
            "can_bundle": request.user.has_perm("cyclus.bundle_jaarschijf", js),
            "adopt": [
                r.indiening
                for r in status
                if request.user.has_perm("cyclus.adopt_indiening", r.indiening)
            ],
            "vorige": service.vorige_jaarschijf(js),
            "history": jaarschijf_history(js) if lid else [],
        },
    )


def _indiening(request: HttpRequest, pk: int, org: int):
    js = _visible(request, pk)
    if not _member_of(request, js):
        raise Http404
    organisatie = get_object_or_404(
        Organisatie, pk=org, pk__in=js.document.partijen.values("organisatie_id")
    )
    return js, service.indiening_van(js, organisatie)


@login_required
def indiening(request: HttpRequest, pk: int, org: int) -> HttpResponse:
    js, ind = _indiening(request, pk, org)
    can_edit = request.user.has_perm("cyclus.edit_indiening", ind)
    queryset = Activiteit.objects.filter(jaarschijf=js, organisatie=ind.organisatie)
    data = request.POST if request.method == "POST" else None
    if data is not None:
        require(request, "cyclus.edit_indiening", ind)
    formset = ActiviteitFormSet(
        data, queryset=queryset, prefix="act", form_kwargs={"jaarschijf": js}
    )
    if data is not None and formset.is_valid():
        for form in formset.forms:
            if form in formset.deleted_forms and form.instance.pk:
                form.instance.delete()
            elif form.has_changed() and form not in formset.deleted_forms:
                act = form.save(commit=False)
                act.jaarschijf, act.organisatie = js, ind.organisatie
                act.save()
        messages.success(request, _("Your activities have been saved."))
        return redirect("cyclus:indiening", pk=js.pk, org=ind.organisatie_id)
    return render(
        request,
        "cyclus/indiening.html",
        {
            "jaarschijf": js,
            "indiening": ind,
            "gemeente": js.document.gemeenten.first(),
            "formset": formset,
            "activiteiten": queryset.select_related("item"),
            "can_edit": can_edit,
            "can_submit": request.user.has_perm("cyclus.submit_indiening", ind),
            "can_reopen": request.user.has_perm("cyclus.reopen_indiening", ind),
            "te_laat": not ind.is_ingediend and vandaag() > js.indienen_voor,
        },
    )


@login_required
@require_POST
def indienen(request: HttpRequest, pk: int, org: int) -> HttpResponse:
    js, ind = _indiening(request, pk, org)
    if request.POST.get("actie") == "heropenen":
        require(request, "cyclus.reopen_indiening", ind)
        service.heropen(ind)
        messages.success(request, _("Your submission is a draft again."))
    else:
        require(request, "cyclus.submit_indiening", ind)
        service.dien_in(ind, request.user)
        messages.success(request, _("Your activities have been submitted."))
    return redirect("cyclus:indiening", pk=js.pk, org=ind.organisatie_id)


@login_required
@require_POST
def bundelen(request: HttpRequest, pk: int) -> HttpResponse:
    js = _visible(request, pk)
    require(request, "cyclus.bundle_jaarschijf", js)
    service.bundel(js)
    messages.success(request, _("The activities have been bundled; the parties can adopt them."))
    return redirect(js)


@login_required
@require_POST
def vaststellen(request: HttpRequest, pk: int, org: int) -> HttpResponse:
    js, ind = _indiening(request, pk, org)
    require(request, "cyclus.adopt_indiening", ind)
    js = service.stel_vast(ind, request.user)
    messages.success(request, _("%(org)s has adopted the jaarschijf.") % {"org": ind.organisatie})
    return redirect(js)


def verschil(request: HttpRequest, pk: int) -> HttpResponse:
    js = _visible(request, pk)
    vorige = (
        Jaarschijf.objects.visible_to(request.user)
        .filter(document=js.document, jaar=js.jaar - 1)
        .first()
    )
    return render(
        request,
        "cyclus/verschil.html",
        {
            "jaarschijf": js,
            "gemeente": js.document.gemeenten.first(),
            "vorige": vorige,
            "verschillen": service.verschil_met_vorige(js, vorige) if vorige else [],
        },
    )
