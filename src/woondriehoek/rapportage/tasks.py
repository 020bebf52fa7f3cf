"""Background work (django-tasks): generating a report must not block a request."""

from __future__ import annotations

from django_tasks import task


@task()
def genereer_rapport(rapport_id: int) -> str:
    from .models import Rapport
    from .services.taken import voer_uit

    rapport = Rapport.objects.filter(pk=rapport_id).first()
    if rapport is None:
        return "missing"
    return voer_uit(rapport).status
