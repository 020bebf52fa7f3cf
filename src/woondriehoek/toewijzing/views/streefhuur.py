from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from woondriehoek.huurgrenzen.services.grenzen import GeenGrenzen, grenzen_voor

from ..bestanden import ImportFout, lees_en_valideer
from ..constants import BestandSoort
from ..forms import StreefhuurForm
from ..services.streefhuur import bereken_streefhuur
from .common import werkruimte


@login_required
def streefhuur(request: HttpRequest, slug: str) -> HttpResponse:
    """Computes on the uploaded stock file; nothing is stored."""
    gemeente = werkruimte(request, slug, "toewijzing.view_monitor")
    form = StreefhuurForm(request.POST or None, request.FILES or None)
    resultaat, fouten = None, []
    if request.method == "POST" and form.is_valid():
        bestand = form.cleaned_data["bestand"]
        try:
            df = lees_en_valideer(bestand.read(), BestandSoort.VOORRAAD, naam=bestand.name)
            g = grenzen_voor(form.cleaned_data["jaar"])
            resultaat = bereken_streefhuur(df, form.percentages(), g)
        except ImportFout as exc:
            fouten = exc.regels()
        except GeenGrenzen as exc:
            fouten = [str(exc)]
    return render(
        request,
        "toewijzing/streefhuur.html",
        {"gemeente": gemeente, "form": form, "resultaat": resultaat, "fouten": fouten},
    )
