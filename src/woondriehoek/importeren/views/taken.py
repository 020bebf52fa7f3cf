"""Upload a document, watch the background job, publish the reviewed result."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from woondriehoek.afspraken.models import Document

from ..constants import TaakStatus
from ..forms import UploadForm
from ..models import Importtaak
from ..services.taken import create_job
from ..services.taken import publish as publish_job
from ..tasks import extract_job
from .common import require_upload, visible_job


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    require_upload(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    failed = None
    if request.method == "POST" and form.is_valid():
        job = create_job(
            form.cleaned_data["bestand"],
            request.user,
            gemeente=form.cleaned_data["gemeente"],
            gemeente_naam=form.cleaned_data["gemeente_naam"],
        )
        extract_job.enqueue(job.pk)
        job.refresh_from_db()
        if job.status != TaakStatus.FOUT:
            return redirect(job)
        failed = job  # a fast worker (or the immediate backend) already knows it is bad
    recent = Importtaak.objects.visible_to(request.user).select_related("gemeente")[:10]
    return render(
        request, "importeren/upload.html", {"form": form, "failed": failed, "recent": recent}
    )


@login_required
def taak(request: HttpRequest, pk: int) -> HttpResponse:
    job = visible_job(request, pk)
    return render(request, "importeren/taak.html", {"job": job})


@login_required
def status(request: HttpRequest, pk: int) -> HttpResponse:
    job = visible_job(request, pk)
    return render(request, "importeren/_status.html", {"job": job})


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    job = visible_job(request, pk)
    try:
        job = publish_job(job)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("importeren:controle", pk=job.pk)
    messages.success(request, _("The agreement has been published to the register as a concept."))
    if Document.objects.visible_to(request.user).filter(pk=job.document_id).exists():
        return redirect(job.document)
    return redirect(job)
