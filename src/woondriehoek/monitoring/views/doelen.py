from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from woondriehoek.organisaties.models import Organisatie

from ..forms import RealisatieForm
from ..rules import partij_ids
from ..services.charts import render_svg
from ..services.doelen import add_realisatie, interpretatie_van, overzicht
from ..services.grafiek import grafiek, spec_voor
from . import common
from .common import require, visible_doel


def doel_detail(request: HttpRequest, pk: int) -> HttpResponse:
    doel = visible_doel(request, pk)
    can_add = request.user.has_perm("monitoring.add_realisatie", doel)
    form = None
    if can_add:
        form = RealisatieForm(
            request.POST if request.method == "POST" else None,
            doel=doel,
            organisaties=Organisatie.objects.filter(pk__in=partij_ids(doel.item.document)).order_by(
                "naam"
            ),
            today=common.vandaag(),
        )
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(f"{reverse('login')}?next={request.path}")
        require(request, "monitoring.add_realisatie", doel)
        if form.is_valid():
            add_realisatie(doel, request.user, **form.cleaned_data)
            messages.success(request, _("The realisation has been saved."))
            return redirect("monitoring:doel", pk=doel.pk)
    data = overzicht(doel)
    return render(
        request,
        "monitoring/doel.html",
        {
            "doel": doel,
            "item": doel.item,
            "document": doel.item.document,
            "interpretatie": interpretatie_van(doel),
            "grafiek": grafiek(data),
            "versies": doel.realisaties.select_related("organisatie", "auteur").order_by(
                "-aangemaakt", "-pk"
            ),
            "form": form,
        },
    )


def doel_grafiek(request: HttpRequest, pk: int) -> HttpResponse:
    """The chart alone, as an SVG file (for reports and embedding)."""
    doel = visible_doel(request, pk)
    svg = render_svg(spec_voor(overzicht(doel)))
    return HttpResponse(svg, content_type="image/svg+xml")
