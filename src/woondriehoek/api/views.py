"""The token page: create and revoke personal and organisation API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import OrganisationTokenForm, PersonalTokenForm, administered_organisations
from .models import ApiToken
from .services.tokens import create_organisation_token, create_personal_token, revoke

SESSION_KEY = "api_new_token"


def _created(request: HttpRequest, new) -> HttpResponse:
    request.session[SESSION_KEY] = {"naam": new.token.naam, "secret": new.secret}
    return redirect("api:tokens")


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    personal = PersonalTokenForm(request.POST if "personal" in request.POST else None)
    organisation = OrganisationTokenForm(
        request.POST if "organisation" in request.POST else None, user=request.user
    )
    if request.method == "POST" and "personal" in request.POST and personal.is_valid():
        return _created(request, create_personal_token(request.user, personal.cleaned_data["naam"]))
    if request.method == "POST" and "organisation" in request.POST and organisation.is_valid():
        org = organisation.cleaned_data["organisatie"]
        if not request.user.has_perm("api.add_organisation_token", org):
            raise PermissionDenied
        new = create_organisation_token(org, organisation.cleaned_data["naam"], request.user)
        return _created(request, new)
    rows = ApiToken.objects.visible_to(request.user).select_related("user", "organisatie")
    return render(
        request,
        "api/tokens.html",
        {
            "new_token": request.session.pop(SESSION_KEY, None),
            "personal_tokens": [t for t in rows if t.user_id == request.user.pk],
            "organisation_tokens": [t for t in rows if t.organisatie_id],
            "personal_form": personal,
            "organisation_form": organisation,
            "may_create_organisation_tokens": administered_organisations(request.user).exists(),
        },
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken.objects.visible_to(request.user), pk=pk)
    if not request.user.has_perm("api.revoke_token", token):
        raise PermissionDenied
    revoke(token)
    messages.success(request, _("The token %(name)s has been revoked.") % {"name": token.naam})
    return redirect("api:tokens")
