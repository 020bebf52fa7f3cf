from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import Huurgrens
from .services.grenzen import grenzen_voor, huurklassen_van


def lijst(request: HttpRequest) -> HttpResponse:
    """The limits per year (public facts), with the rent classes they define."""
    rows = list(Huurgrens.objects.all())
    klassen = []
    if rows:
        g = grenzen_voor(rows[0].jaar)
        bounds = [
            g.kwaliteitskortingsgrens,
            g.aftoppingsgrens_laag,
            g.aftoppingsgrens_hoog,
            g.liberalisatiegrens,
            g.middenhuur_max,
        ]
        lower = 0.0
        for naam, upper in zip(huurklassen_van(g), [*bounds, None], strict=False):
            klassen.append({"naam": naam, "van": lower, "tot": upper})
            lower = upper or lower
    return render(
        request,
        "huurgrenzen/lijst.html",
        {"rows": rows, "klassen": klassen, "laatste": rows[0] if rows else None},
    )
