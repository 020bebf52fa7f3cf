"""Reports of a workspace: request (generated in the background), watch, download."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .constants import CONTENT_TYPES, RapportFormaat, RapportSoort
from .forms import AanvraagForm, keuze_waarde
from .models import Rapport
from .services.taken import vraag_aan
from .services.werkruimte import jaren_van
from .tasks import genereer_rapport


def _vandaag_jaar() -> int:
    return timezone.localdate().year


def _werkruimte(request: HttpRequest, slug: str) -> Organisatie:
    """The municipality; 404 when the user may not read its workspace."""
    gemeente = get_object_or_404(Organisatie, slug=slug, type=OrganisatieType.GEMEENTE)
    if not request.user.has_perm("rapportage.view_rapporten", gemeente):
        raise Http404
    return gemeente


def _zichtbaar(request: HttpRequest, pk: int) -> Rapport:
    return get_object_or_404(
        Rapport.objects.visible_to(request.user).select_related("gemeente", "aangevraagd_door"),
        pk=pk,
    )


@login_required
def lijst(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = _werkruimte(request, slug)
    jaar = _vandaag_jaar()
    jaren = jaren_van(gemeente, jaar)
    # the running year is preselected (the list also offers next year, for its jaarschijf)
    form = AanvraagForm(request.POST or None, jaren=jaren, initial={"jaar": jaar})
    if request.method == "POST" and form.is_valid():
        soort, formaat = form.soort_formaat
        rapport = vraag_aan(
            gemeente,
            soort,
            formaat,
            form.cleaned_data["jaar"],
            request.user,
            basis_url=request.build_absolute_uri("/"),
        )
        genereer_rapport.enqueue(rapport.pk)
        return redirect(f"{request.path}#rapport-{rapport.pk}")
    rapporten = Rapport.objects.visible_to(request.user).of_gemeente(gemeente)
    knoppen = [(keuze_waarde(s, f), s.label, f.label) for s in RapportSoort for f in RapportFormaat]
    return render(
        request,
        "rapportage/lijst.html",
        {
            "gemeente": gemeente,
            "form": form,
            "knoppen": knoppen,
            "rapporten": rapporten.select_related("aangevraagd_door")[:50],
        },
        status=400 if form.is_bound else 200,
    )


@login_required
def status(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, "rapportage/_status.html", {"rapport": _zichtbaar(request, pk)})


@login_required
def download(request: HttpRequest, pk: int) -> FileResponse:
    rapport = _zichtbaar(request, pk)
    if not rapport.is_klaar:
        raise Http404
    return FileResponse(
        rapport.bestand.open("rb"),
        as_attachment=True,
        filename=rapport.bestandsnaam,
        content_type=CONTENT_TYPES[RapportFormaat(rapport.formaat)],
    )


@login_required
@require_POST
def opnieuw(request: HttpRequest, pk: int) -> HttpResponse:
    """Generate the same report again (e.g. after the data changed or it failed)."""
    oud = _zichtbaar(request, pk)
    rapport = vraag_aan(oud.gemeente, oud.soort, oud.formaat, oud.jaar, request.user, oud.basis_url)
    genereer_rapport.enqueue(rapport.pk)
    return redirect("rapportage:lijst", slug=oud.gemeente.slug)
