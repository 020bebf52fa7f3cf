from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from woondriehoek.toewijzing.views.common import require, werkruimte

from ..forms import OpleveringFormSet, ProjectForm, controleer_naam
from ..models import Project
from ..rules import schrijvende_orgs, werkruimte_corporaties


def _vaste_corporatie(user, gemeente) -> int | None:
    """Corporation members add projects for their own corporation only."""
    if user.is_staff or gemeente.pk in schrijvende_orgs(user):
        return None
    own = sorted(schrijvende_orgs(user) & werkruimte_corporaties(gemeente))
    return own[0] if own else None


def _bewerk(request: HttpRequest, gemeente, project: Project) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = ProjectForm(
        data,
        instance=project,
        corporaties=werkruimte_corporaties(gemeente),
        vaste_corporatie=_vaste_corporatie(request.user, gemeente),
    )
    fases = OpleveringFormSet(data, instance=project, prefix="fases")
    if data is not None and form.is_valid():
        controleer_naam(form)
    if data is not None and form.is_valid() and fases.is_valid():
        with transaction.atomic():
            saved = form.save()
            fases.instance = saved
            fases.save()
        messages.success(request, _("The project has been saved."))
        return redirect(reverse("woningbouw:planmonitor", args=[gemeente.slug]))
    history = project.history.all()[:20] if project.pk else []
    return render(
        request,
        "woningbouw/project_form.html",
        {
            "gemeente": gemeente,
            "form": form,
            "fases": fases,
            "project": project,
            "history": history,
        },
    )


@login_required
def project_nieuw(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = werkruimte(request, slug, "woningbouw.view_planmonitor")
    require(request, "woningbouw.add_project", gemeente)
    return _bewerk(request, gemeente, Project(gemeente=gemeente))


@login_required
def project_bewerken(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    gemeente = werkruimte(request, slug, "woningbouw.view_planmonitor")
    project = get_object_or_404(Project, pk=pk, gemeente=gemeente)
    require(request, "woningbouw.change_project", project)
    return _bewerk(request, gemeente, project)
