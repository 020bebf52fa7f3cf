"""Agreed norms from the database, matched to the names used in a lettings file."""

from __future__ import annotations

from django.db import DatabaseError

from woondriehoek.organisaties.models import Organisatie

from ..models import Taakstelling, Toewijzingsnorm
from .regels import Norm
from .slaagkans import gemeente_sleutel


def _namen(org: Organisatie) -> set[str]:
    return {gemeente_sleutel(n) for n in [org.naam, org.korte_naam, *(org.aliases or [])]}


def _zoek(orgs: list[Organisatie], naam: str) -> Organisatie | None:
    key = gemeente_sleutel(naam)
    return next((o for o in orgs if key in _namen(o)), None)


def normen_voor(sleutels: list[tuple[str, str]], jaar: int) -> dict[tuple[str, str], Norm]:
    """Norm per (corporatie, gemeente) as named in the file; defaults where none is agreed."""
    try:
        orgs = list(Organisatie.objects.all())
        normen = {(n.corporatie_id, n.gemeente_id): n for n in Toewijzingsnorm.objects.all()}
        taken = {
            (t.corporatie_id, t.gemeente_id): t.aantal
            for t in Taakstelling.objects.filter(jaar=jaar)
        }
    except DatabaseError:  # no database yet: the defaults apply
        return {}
    out = {}
    for corp_naam, gem_naam in sleutels:
        corp, gem = _zoek(orgs, corp_naam), _zoek(orgs, gem_naam)
        if corp is None or gem is None:
            continue
        norm = normen.get((corp.pk, gem.pk))
        out[(corp_naam, gem_naam)] = Norm(
            vrije_ruimte=float(norm.vrije_ruimte) if norm else 0.075,
            max_urgent=float(norm.max_urgent) if norm else 0.30,
            taakstelling=taken.get((corp.pk, gem.pk)),
        )
    return out


def jongeren_leeftijd_voor(gemeente: Organisatie | None) -> int:
    norm = Toewijzingsnorm.objects.filter(gemeente=gemeente).first() if gemeente else None
    return norm.jongeren_leeftijd if norm else 23
