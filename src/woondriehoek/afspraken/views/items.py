from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..forms import BetrokkenheidFormSet, DoelFormSet, ItemForm
from ..models import Item
from ..services.geschiedenis import item_history
from ..services.items import save_item
from ..services.mijn import items_on_plate
from .common import require, visible_document, visible_item


def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = visible_item(request, pk)
    return render(
        request,
        "afspraken/item.html",
        {
            "item": item,
            "document": item.document,
            "trekkers": item.betrokkenheden.filter(rol="trekker").select_related("organisatie"),
            "betrokkenen": item.betrokkenheden.filter(rol="betrokkene").select_related(
                "organisatie"
            ),
            "doelen": item.doelen.all(),
            "uitwerkingen": item.uitwerkingen.all(),
            "history": item_history(item),
            "can_edit": request.user.has_perm("afspraken.change_item", item),
            "can_delete": request.user.has_perm("afspraken.delete_item", item),
        },
    )


def _edit(request: HttpRequest, item: Item, document) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = ItemForm(data, instance=item, document=document)
    betrokken = BetrokkenheidFormSet(data, instance=item, prefix="betrokken", document=document)
    doelen = DoelFormSet(data, instance=item, prefix="doelen")
    if data is not None and all(f.is_valid() for f in (form, betrokken, doelen)):
        saved = save_item(form, betrokken, doelen)
        messages.success(request, _("The item has been saved."))
        return redirect(saved)
    return render(
        request,
        "afspraken/item_form.html",
        {
            "form": form,
            "betrokken": betrokken,
            "doelen": doelen,
            "document": document,
            "item": item if item.pk else None,
        },
    )


@login_required
def item_create(request: HttpRequest, pk: int) -> HttpResponse:
    document = visible_document(request, pk)
    require(request, "afspraken.add_item", document)
    return _edit(request, Item(document=document), document)


@login_required
def item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    item = visible_item(request, pk)
    require(request, "afspraken.change_item", item)
    return _edit(request, item, item.document)


@login_required
def item_delete(request: HttpRequest, pk: int) -> HttpResponse:
    item = visible_item(request, pk)
    require(request, "afspraken.delete_item", item)
    if request.method == "POST":
        document = item.document
        item.delete()
        messages.success(request, _("The item has been deleted."))
        return redirect(document)
    return render(request, "afspraken/item_delete.html", {"item": item, "document": item.document})


@login_required
def mijn_afspraken(request: HttpRequest) -> HttpResponse:
    rol = request.GET.get("rol", "")
    plate = items_on_plate(request.user, rol=rol, q=request.GET.get("q", ""))
    return render(
        request, "afspraken/mijn.html", {"plate": plate, "rol": rol, "q": request.GET.get("q", "")}
    )
