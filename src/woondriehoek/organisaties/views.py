from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from woondriehoek.afspraken.models import Document

from .models import Organisatie


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisatie = get_object_or_404(Organisatie, slug=slug)
    documenten = (
        Document.objects.visible_to(request.user)
        .filter(partijen__organisatie=organisatie)
        .prefetch_related("gemeenten")
    )
    return render(
        request,
        "organisaties/detail.html",
        {
            "organisatie": organisatie,
            "documenten": documenten,
        },
    )
