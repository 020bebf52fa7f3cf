"""Configuring a workspace: apply the Woningwet and agreement presets as editable rules."""

from __future__ import annotations

from django.db import transaction

from woondriehoek.afspraken.models import Document
from woondriehoek.core.services.bijwerken import werk_bij
from woondriehoek.organisaties.models import Organisatie

from ..constants import PRESET_WONINGWET
from ..models import Cyclusregel, Overlegvorm
from . import woningwet
from .presets import OVERLEGSTRUCTUUR, PRESETS
from .schema import RegelSpec

SPEC_FIELDS = (
    "naam",
    "maand",
    "dag",
    "soort",
    "eind_maand",
    "herinnering_dagen",
    "jaar_van",
    "jaar_tot",
    "voorwaarde",
    "bron",
    "toelichting",
)


def spec_van(regel: Cyclusregel) -> RegelSpec:
    return RegelSpec(
        code=regel.code,
        partijtypes=tuple(regel.partijtypes or ()),
        **{name: getattr(regel, name) for name in SPEC_FIELDS},
    )


def _bewaar(gemeente: Organisatie, document: Document | None, spec: RegelSpec, volgorde: int):
    defaults = {name: getattr(spec, name) for name in SPEC_FIELDS}
    defaults["partijtypes"] = list(spec.partijtypes)
    defaults["volgorde"] = volgorde
    regel, _created = werk_bij(
        Cyclusregel, defaults, gemeente=gemeente, document=document, code=spec.code
    )
    return regel


@transaction.atomic
def pas_woningwet_toe(gemeente: Organisatie) -> list[Cyclusregel]:
    """Store the Woningwet rules for a workspace (existing ones are kept as configured)."""
    result = []
    for volgorde, spec in enumerate(woningwet.regels()):
        regel = Cyclusregel.objects.filter(gemeente=gemeente, document=None, code=spec.code).first()
        result.append(regel or _bewaar(gemeente, None, spec, volgorde))
    return result


@transaction.atomic
def pas_preset_toe(document: Document, preset: str) -> list[Cyclusregel]:
    """Apply an agreement preset to a document, for each of its municipalities.

    Re-applying resets the preset's rules to the preset (idempotent); own rules stay."""
    if preset == PRESET_WONINGWET:
        return [r for g in document.gemeenten.all() for r in pas_woningwet_toe(g)]
    if preset not in PRESETS:
        raise ValueError(f"Unknown preset: {preset}")
    if not (document.periode_start and document.periode_eind):
        raise ValueError("The document has no first and last year.")
    specs = PRESETS[preset](document.periode_start, document.periode_eind)
    result = []
    for gemeente in document.gemeenten.all():
        pas_woningwet_toe(gemeente)
        pas_overlegstructuur_toe(gemeente)
        result += [_bewaar(gemeente, document, s, 100 + i) for i, s in enumerate(specs)]
    return result


def pas_overlegstructuur_toe(gemeente: Organisatie) -> list[Overlegvorm]:
    """The default overlegstructuur; existing meeting types are left as configured."""
    return [
        Overlegvorm.objects.get_or_create(
            gemeente=gemeente, soort=soort, defaults={"keer_per_jaar": keer}
        )[0]
        for soort, keer in OVERLEGSTRUCTUUR
    ]
