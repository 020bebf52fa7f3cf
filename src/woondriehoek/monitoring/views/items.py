from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from woondriehoek.afspraken.models import Item
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..constants import VoortgangStatus
from ..forms import ReactieForm, VoortgangForm, ZienswijzeForm
from ..models import Bewijs, Reactie
from ..rules import NIET_GEMONITORD
from ..services import overleg
from ..services.geschiedenis import monitoring_history
from ..services.periode import Periode
from ..services.voortgang import (
    NieuweVoortgang,
    add_voortgang,
    huidige,
    schrijf_organisaties,
    tijdlijn,
)
from . import common
from .common import require, visible_item


def _orgs(organisaties) -> object:
    return Organisatie.objects.filter(pk__in=[o.pk for o in organisaties]).order_by("naam")


def _forms(request: HttpRequest, item: Item, bound: str = "") -> dict:
    user, today = request.user, common.vandaag()
    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    forms = {}
    if user.has_perm("monitoring.add_voortgang", item):
        latest = item.voortgang.newest_first().first()
        forms["voortgang_form"] = VoortgangForm(
            data if bound == "voortgang" else None,
            files if bound == "voortgang" else None,
            initial={"status": latest.status if latest else VoortgangStatus.OP_SCHEMA},
            item=item,
            organisaties=_orgs(schrijf_organisaties(user, item)),
            today=today,
        )
    if user.has_perm("monitoring.add_reactie", item):
        forms["reactie_form"] = ReactieForm(
            data if bound == "reactie" else None,
            auto_id="id_reactie_%s",
            organisaties=_orgs(overleg.namens_keuzes(user, item)),
            partijen=_orgs(overleg.partijen(item)),
            voortgangen=item.voortgang.all(),
        )
    if user.has_perm("monitoring.add_zienswijze", item):
        forms["zienswijze_form"] = ZienswijzeForm(
            data if bound == "zienswijze" else None,
            auto_id="id_zienswijze_%s",
            item=item,
            organisaties=_orgs(
                overleg.namens_keuzes(user, item, OrganisatieType.HUURDERSORGANISATIE)
            ),
            today=today,
        )
    return forms


def _page(request: HttpRequest, item: Item, forms: dict, status: int = 200) -> HttpResponse:
    periode = Periode.huidige(common.vandaag())
    overleg_zichtbaar = request.user.has_perm("monitoring.view_overleg", item)
    updates = tijdlijn(item)
    context = {
        "item": item,
        "document": item.document,
        "periode": periode,
        "huidig": huidige([item], periode).get(item.pk),
        "updates": updates,
        "overleg_zichtbaar": overleg_zichtbaar,
        "item_reacties": item.reacties.filter(voortgang__isnull=True).select_related(
            "organisatie", "gericht_aan", "auteur"
        )
        if overleg_zichtbaar
        else [],
        "zienswijzen": item.zienswijzen.select_related("organisatie", "auteur")
        if overleg_zichtbaar
        else [],
        "history": monitoring_history(item) if overleg_zichtbaar else [],
        "monitored": item.soort not in NIET_GEMONITORD,
        **forms,
    }
    return render(request, "monitoring/item_voortgang.html", context, status=status)


def item_voortgang(request: HttpRequest, pk: int) -> HttpResponse:
    item = visible_item(request, pk)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('login')}?next={request.path}")
        require(request, "monitoring.add_voortgang", item)
        forms = _forms(request, item, bound="voortgang")
        form = forms["voortgang_form"]
        if form.is_valid():
            data = form.cleaned_data
            add_voortgang(
                item,
                request.user,
                data["organisatie"],
                NieuweVoortgang(
                    periode=data["periode"],
                    status=data["status"],
                    percentage=data["percentage"],
                    toelichting=data["toelichting"],
                    bestand=data.get("bestand"),
                    url=data.get("url") or "",
                    omschrijving=data.get("omschrijving") or "",
                ),
            )
            messages.success(request, _("The progress has been saved."))
            return redirect("monitoring:item_voortgang", pk=item.pk)
        return _page(request, item, forms)
    return _page(request, item, _forms(request, item))


def samenvatting(request: HttpRequest, pk: int) -> HttpResponse:
    item = visible_item(request, pk)
    periode = Periode.huidige(common.vandaag())
    return render(
        request,
        "monitoring/_samenvatting.html",
        {
            "item": item,
            "periode": periode,
            "huidig": huidige([item], periode).get(item.pk),
            "aantal": item.voortgang.count(),
            "can_report": request.user.has_perm("monitoring.add_voortgang", item),
            "monitored": item.soort not in NIET_GEMONITORD,
        },
    )


@login_required
@require_POST
def reactie_add(request: HttpRequest, pk: int) -> HttpResponse:
    item = visible_item(request, pk)
    require(request, "monitoring.add_reactie", item)
    forms = _forms(request, item, bound="reactie")
    form = forms["reactie_form"]
    if not form.is_valid():
        return _page(request, item, forms)
    data = form.cleaned_data
    overleg.add_reactie(
        item,
        request.user,
        data["organisatie"],
        data["tekst"],
        gericht_aan=data.get("gericht_aan"),
        voortgang=data.get("voortgang"),
    )
    messages.success(request, _("Your comment has been added."))
    return redirect("monitoring:item_voortgang", pk=item.pk)


@login_required
@require_POST
def zienswijze_add(request: HttpRequest, pk: int) -> HttpResponse:
    item = visible_item(request, pk)
    require(request, "monitoring.add_zienswijze", item)
    forms = _forms(request, item, bound="zienswijze")
    form = forms["zienswijze_form"]
    if not form.is_valid():
        return _page(request, item, forms)
    data = form.cleaned_data
    overleg.add_zienswijze(item, request.user, data["organisatie"], data["periode"], data["tekst"])
    messages.success(request, _("The tenants' view has been added."))
    return redirect("monitoring:item_voortgang", pk=item.pk)


@login_required
@require_POST
def reactie_afhandelen(request: HttpRequest, pk: int) -> HttpResponse:
    reactie = get_object_or_404(Reactie.objects.visible_to(request.user), pk=pk)
    require(request, "monitoring.handle_reactie", reactie)
    overleg.afhandelen(reactie, request.user)
    messages.success(request, _("The comment has been marked as handled."))
    target = request.POST.get("next") or ""
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect("monitoring:item_voortgang", pk=reactie.item_id)


@login_required
def bewijs(request: HttpRequest, pk: int) -> HttpResponse:
    row = get_object_or_404(Bewijs.objects.select_related("voortgang__item__document"), pk=pk)
    item = row.voortgang.item
    if not Item.objects.visible_to(request.user).filter(pk=item.pk).exists():
        raise Http404
    require(request, "monitoring.view_overleg", item)
    if not row.bestand:
        raise Http404
    name = row.bestandsnaam or row.bestand.name.rsplit("/", 1)[-1]
    return FileResponse(row.bestand.open("rb"), as_attachment=True, filename=name)
