"""Calendar feeds: the public schedule of a workspace, and a personal feed behind a token."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ..models import FeedToken
from ..models.regels import new_token
from ..services.ics import persoonlijk_ics, werkruimte_ics
from .common import gemeente_or_404, vandaag

ICS = "text/calendar; charset=utf-8"


def _ics(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=ICS)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=900"
    return response


def werkruimte_feed(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = gemeente_or_404(slug)
    return _ics(werkruimte_ics(gemeente, vandaag()), f"{gemeente.slug}-cyclus.ics")


def persoonlijke_feed(request: HttpRequest, token: str) -> HttpResponse:
    feed = get_object_or_404(FeedToken.objects.select_related("user"), token=token)
    if not feed.user.is_active:
        return HttpResponse(status=404)
    return _ics(persoonlijk_ics(feed.user, vandaag()), "woondriehoek.ics")


@login_required
def feed_token(request: HttpRequest) -> HttpResponse:
    feed, _created = FeedToken.objects.get_or_create(user=request.user)
    if request.method == "POST":
        feed.token = new_token()
        feed.save()
        messages.success(
            request, _("A new feed address has been made; the old one stopped working.")
        )
        return redirect("cyclus:feed_token")
    url = request.build_absolute_uri(reverse("cyclus:feed", args=[feed.token]))
    return render(request, "cyclus/feed_token.html", {"feed_url": url})
