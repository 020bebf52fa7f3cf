"""The overlegstructuur: who takes part, who chairs, and how many meetings were planned."""

from __future__ import annotations

from dataclasses import dataclass

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..constants import BREDE_SOORTEN, OverlegSoort
from ..models import Overleg, Overlegvorm
from .termijnen import workspace_documenten


def deelnemers(gemeente: Organisatie, soort: str, jaar: int | None = None) -> list[Organisatie]:
    """Smal: municipality and corporations; breed: the tenant organisations too."""
    docs = workspace_documenten(gemeente)
    if jaar:
        docs = [d for d in docs if not d.periode_eind or d.periode_eind >= jaar - 1]
    orgs = {p.organisatie for d in docs for p in d.partijen.all()}
    orgs.add(gemeente)
    typen = [OrganisatieType.GEMEENTE, OrganisatieType.CORPORATIE]
    if soort in BREDE_SOORTEN or soort == OverlegSoort.OVERIG:
        typen.append(OrganisatieType.HUURDERSORGANISATIE)
    volgorde = {t: i for i, t in enumerate(typen)}
    return sorted((o for o in orgs if o.type in typen), key=lambda o: (volgorde[o.type], o.naam))


def voorzitter_voor(vorm: Overlegvorm | None, volgnummer: int, partijen: list[Organisatie]):
    """The chair of the n-th meeting of this type: fixed, or alternating between parties."""
    if vorm is not None and (not vorm.voorzitter_wisselt or not partijen):
        return vorm.voorzitter
    if not partijen:
        return None
    return partijen[volgnummer % len(partijen)]


def volgende_voorzitter(gemeente: Organisatie, soort: str):
    vorm = Overlegvorm.objects.filter(gemeente=gemeente, soort=soort).first()
    eerder = Overleg.objects.filter(gemeente=gemeente, soort=soort).count()
    return voorzitter_voor(vorm, eerder, deelnemers(gemeente, soort))


@dataclass
class StructuurRegel:
    soort: str
    label: str
    keer_per_jaar: int
    gepland: int
    wisselt: bool
    voorzitter: Organisatie | None

    @property
    def tekort(self) -> int:
        return max(0, self.keer_per_jaar - self.gepland)


def structuur(gemeente: Organisatie, jaar: int) -> list[StructuurRegel]:
    """Per meeting type: required per year against planned this year."""
    gepland: dict[str, int] = {}
    for soort in Overleg.objects.filter(gemeente=gemeente, begin__year=jaar).values_list(
        "soort", flat=True
    ):
        gepland[soort] = gepland.get(soort, 0) + 1
    rows = []
    for vorm in Overlegvorm.objects.filter(gemeente=gemeente).select_related("voorzitter"):
        rows.append(
            StructuurRegel(
                vorm.soort,
                vorm.get_soort_display(),
                vorm.keer_per_jaar,
                gepland.get(vorm.soort, 0),
                vorm.voorzitter_wisselt,
                vorm.voorzitter,
            )
        )
    return rows
