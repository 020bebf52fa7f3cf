from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..forms import DocumentForm, ItemFilterForm, OndertekenaarFormSet, PartijFormSet, ThemaForm
from ..models import Thema
from ..services import werkruimte as werkruimte_service
from ..services.documenten import can_create_document
from ..services.geschiedenis import document_history as history_of
from ..services.register import ItemFilter, load_register, load_register_as_of
from .common import require, visible_document


def werkruimte(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = get_object_or_404(Organisatie, slug=slug, type=OrganisatieType.GEMEENTE)
    documenten = werkruimte_service.documenten_van(gemeente, request.user)
    return render(
        request,
        "afspraken/werkruimte.html",
        {
            "gemeente": gemeente,
            "documenten": documenten,
            "can_create": can_create_document(request.user, gemeente),
            "has_public_page": werkruimte_service.has_public_page(gemeente),
        },
    )


def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = visible_document(request, pk)
    form = ItemFilterForm(request.GET or None, document=document)
    data = form.cleaned_data if form.is_valid() else {}
    filt = ItemFilter(
        organisatie=getattr(data.get("organisatie"), "pk", None),
        rol=data.get("rol") or "",
        thema=getattr(data.get("thema"), "pk", None),
        soort=data.get("soort") or "",
        jaar=data.get("jaar"),
        q=data.get("q") or "",
    )
    register = (
        load_register_as_of(document, data["op"]) if data.get("op") else load_register(document)
    )
    items = register.filter(filt)
    context = {
        "document": document,
        "form": form,
        "register": register,
        "tree": register.tree(items),
        "found": len(items),
        "total": len(register.items),
        "filtered": filt.active,
        "can_manage": request.user.has_perm("afspraken.change_document", document),
    }
    template = "afspraken/_register.html" if request.htmx else "afspraken/document.html"
    return render(request, template, context)


@login_required
def document_create(request: HttpRequest, slug: str) -> HttpResponse:
    gemeente = get_object_or_404(Organisatie, slug=slug, type=OrganisatieType.GEMEENTE)
    if not can_create_document(request.user, gemeente):
        raise PermissionDenied
    form = DocumentForm(request.POST or None, initial={"gemeenten": [gemeente]})
    if request.method == "POST" and form.is_valid():
        from ..services.documenten import create_document

        document = create_document(form, request.user, gemeente)
        messages.success(request, _("The document has been created."))
        return redirect("afspraken:document_edit", pk=document.pk)
    return render(request, "afspraken/document_form.html", {"form": form, "gemeente": gemeente})


@login_required
def document_edit(request: HttpRequest, pk: int) -> HttpResponse:
    document = visible_document(request, pk)
    require(request, "afspraken.change_document", document)
    form = DocumentForm(request.POST or None, instance=document)
    partijen = PartijFormSet(request.POST or None, instance=document, prefix="partijen")
    ondertekenaars = OndertekenaarFormSet(request.POST or None, instance=document, prefix="onder")
    if request.method == "POST" and all(f.is_valid() for f in (form, partijen, ondertekenaars)):
        with transaction.atomic():
            form.save()
            partijen.save()
            ondertekenaars.save()
        messages.success(request, _("The document has been saved."))
        return redirect(document)
    return render(
        request,
        "afspraken/document_form.html",
        {
            "form": form,
            "document": document,
            "partijen": partijen,
            "ondertekenaars": ondertekenaars,
        },
    )


@login_required
def thema_edit(request: HttpRequest, pk: int, thema_pk: int | None = None) -> HttpResponse:
    document = visible_document(request, pk)
    require(request, "afspraken.change_document", document)
    thema = get_object_or_404(Thema, pk=thema_pk, document=document) if thema_pk else None
    form = ThemaForm(request.POST or None, instance=thema, document=document)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The theme has been saved."))
        return redirect(document)
    return render(request, "afspraken/thema_form.html", {"form": form, "document": document})


def document_history(request: HttpRequest, pk: int) -> HttpResponse:
    document = visible_document(request, pk)
    return render(
        request,
        "afspraken/document_history.html",
        {
            "document": document,
            "history": history_of(document),
        },
    )
