from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from woondriehoek.afspraken.services.werkruimte import werkruimtes_voor


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html", {"werkruimtes": werkruimtes_voor(request.user)})
