"""Background work (django-tasks): reading an uploaded document must not block a request."""

from __future__ import annotations

from django_tasks import task


@task()
def extract_job(job_id: int) -> str:
    from .models import Importtaak
    from .services.taken import run_job

    job = Importtaak.objects.filter(pk=job_id).first()
    if job is None:
        return "missing"
    return run_job(job).status
