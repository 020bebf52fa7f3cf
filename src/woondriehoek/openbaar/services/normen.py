"""The norms each workspace uses: social share per project, free allocation space and the
maximum share to urgent groups.

Source order: the norm settings of the planmonitor (``Bouwnorm``) and the allocation monitor
(``Toewijzingsnorm``, one per corporation) where they exist; otherwise targets (``Doel`` in
procent) whose wording names the norm. Only workspaces of documents in scope, and settings
tied to a document only when that document is in scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from woondriehoek.afspraken.models import Doel
from woondriehoek.core.text import fold
from woondriehoek.toewijzing.models import Toewijzingsnorm
from woondriehoek.woningbouw.models import Bouwnorm

SOCIAAL = "sociaal_aandeel_project"
VRIJE_RUIMTE = "vrije_toewijzingsruimte"
URGENT = "urgent_aandeel"
LABELS = {
    SOCIAAL: _("minimum social share per project"),
    VRIJE_RUIMTE: _("free allocation space"),
    URGENT: _("maximum share to urgent groups"),
}
INSTELLING = "instelling"
DOEL = "doel"


@dataclass
class Norm:
    gemeente: str
    norm: str
    waarde: Decimal
    bron: str  # instelling | doel
    toelichting: str

    @property
    def label(self) -> str:
        return str(LABELS[self.norm])

    @property
    def procent(self) -> Decimal:
        return Decimal(self.waarde) * 100


def norm_uit_tekst(tekst: str) -> str | None:
    """Which norm a percentage target states, from its wording (or None)."""
    t = fold(tekst)
    if any(w in t for w in ("vrije ruimte", "vrije toewijzingsruimte", "vrij toe te wijzen")):
        return VRIJE_RUIMTE
    if any(w in t for w in ("urgent", "voorrang")):
        return URGENT
    sociaal = "sociaal" in t or "sociale" in t
    if sociaal and any(w in t for w in ("project", "plan", "nieuwbouw", "bouw")):
        return SOCIAAL
    return None


def _gemeenten(documenten) -> dict[int, str]:
    return {g.pk: g.korte_naam for d in documenten for g in d.gemeenten.all()}


def _instellingen(documenten, gemeenten: dict[int, str]) -> list[Norm]:
    doc_ids = {d.pk for d in documenten}
    out = []

    def in_scope(row) -> bool:
        return row.gemeente_id in gemeenten and (not row.document_id or row.document_id in doc_ids)

    seen = set()
    for b in Bouwnorm.objects.filter(gemeente_id__in=gemeenten).order_by("gemeente_id", "-pk"):
        if in_scope(b) and b.gemeente_id not in seen:  # the newest is the one in use
            seen.add(b.gemeente_id)
            out.append(Norm(gemeenten[b.gemeente_id], SOCIAAL, b.min_sociaal, INSTELLING, ""))
    rows = Toewijzingsnorm.objects.filter(gemeente_id__in=gemeenten).select_related("corporatie")
    for n in rows.order_by("gemeente_id", "corporatie__naam"):
        if in_scope(n):
            naam, corp = gemeenten[n.gemeente_id], n.corporatie.naam
            out.append(Norm(naam, VRIJE_RUIMTE, n.vrije_ruimte, INSTELLING, corp))
            out.append(Norm(naam, URGENT, n.max_urgent, INSTELLING, corp))
    return out


def _uit_doelen(documenten) -> list[Norm]:
    rows = (
        Doel.objects.filter(item__document__in=documenten, eenheid="procent")
        .select_related("item")
        .prefetch_related("item__document__gemeenten")
        .order_by("item__document_id", "item__volgorde", "pk")
    )
    out = []
    for d in rows:
        norm = norm_uit_tekst(f"{d.wat} {d.item.tekst}")
        if norm is None:
            continue
        for g in d.item.document.gemeenten.all():
            out.append(Norm(g.korte_naam, norm, d.waarde / 100, DOEL, str(d)))
    return out


def normen(documenten) -> list[Norm]:
    """Per workspace and norm: the settings, or else the targets that state it."""
    documenten = list(documenten)
    instellingen = _instellingen(documenten, _gemeenten(documenten))
    gezet = {(n.gemeente, n.norm) for n in instellingen}
    doelen = [n for n in _uit_doelen(documenten) if (n.gemeente, n.norm) not in gezet]
    return sorted(instellingen + doelen, key=lambda n: (n.gemeente, n.norm, n.toelichting))
