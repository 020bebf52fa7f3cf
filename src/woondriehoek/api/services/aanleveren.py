"""Files supplied through the API: lettings, active home seekers and planmonitor files.

Only the headers of docs/monitors.md are accepted (no column mapping). The rules are those
of the web app (toewijzing.add_aanlevering, woningbouw.add_project), plus: an organisation
supplies on its own behalf only, and a corporation supplies only rows of its own corporation
in municipalities where it is party to the agreements. Every check runs before anything is
stored, and each import is one transaction: a refused file leaves nothing behind.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

import polars as pl
from django.core.exceptions import PermissionDenied

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import is_functioneel_beheerder
from woondriehoek.toewijzing.bestanden import ImportFout, lees_en_valideer
from woondriehoek.toewijzing.constants import BestandSoort
from woondriehoek.toewijzing.models import Aanlevering
from woondriehoek.toewijzing.services import monitor
from woondriehoek.toewijzing.services.slaagkans import gemeente_sleutel
from woondriehoek.woningbouw.models import Project
from woondriehoek.woningbouw.rules import schrijvende_orgs, werkruimte_corporaties
from woondriehoek.woningbouw.services.importeren import importeer as importeer_projecten

MAX_BYTES = 50 * 1024 * 1024
EXTENSIONS = (".csv", ".txt", ".xlsx", ".xlsm")


class OngeldigBestand(Exception):
    """The file cannot be read at all (wrong kind, too large, corrupt)."""


@dataclass(frozen=True)
class Leverancier:
    """On whose behalf a file is supplied; ``organisatie`` None only for staff."""

    organisatie: Organisatie | None

    @property
    def is_corporatie(self) -> bool:
        return self.organisatie is not None and self.organisatie.type == OrganisatieType.CORPORATIE


def leverancier(user, gemeente: Organisatie, wanted: int | None) -> Leverancier:
    """The organisation the user supplies for in this workspace: the gemeente itself or a
    corporation that is party there. PermissionDenied when none fits or it is ambiguous."""
    staff = is_functioneel_beheerder(user)
    kandidaten = {gemeente.pk} | werkruimte_corporaties(gemeente)
    allowed = kandidaten if staff else schrijvende_orgs(user) & kandidaten
    if wanted is not None:
        if wanted not in allowed:
            raise PermissionDenied("Your token may not supply files for that organisation here.")
        return Leverancier(Organisatie.objects.get(pk=wanted))
    if staff:
        return Leverancier(None)
    if not allowed:
        raise PermissionDenied("Your token may not supply files for this municipality.")
    if len(allowed) > 1:
        raise PermissionDenied("Say on behalf of which organisation (organisatie).")
    return Leverancier(Organisatie.objects.get(pk=allowed.pop()))


def lees(data: bytes, naam: str, soort: str) -> pl.DataFrame:
    """Read and validate a file in the documented headers; ImportFout or OngeldigBestand."""
    if not naam.lower().endswith(EXTENSIONS):
        raise OngeldigBestand("Send a .csv or .xlsx file.")
    if len(data) > MAX_BYTES:
        raise OngeldigBestand("The file is too large (at most 50 MB).")
    try:
        return lees_en_valideer(data, soort, naam=naam)
    except ImportFout:
        raise
    except (ValueError, KeyError, IndexError, zipfile.BadZipFile, pl.exceptions.PolarsError) as e:
        raise OngeldigBestand(f"The file cannot be read as {naam.rsplit('.', 1)[-1]}.") from e


def _namen(org: Organisatie) -> set[str]:
    return {gemeente_sleutel(n) for n in [org.naam, org.korte_naam, *(org.aliases or [])] if n}


def _partij_gemeenten(corporatie: Organisatie) -> set[str]:
    """Names of the municipalities where the corporation is party to an agreement."""
    gemeenten = Organisatie.objects.filter(
        type=OrganisatieType.GEMEENTE,
        documenten__partijen__organisatie=corporatie,
    ).distinct()
    return set().union(*(_namen(g) for g in gemeenten))


def _eerste_fout(df: pl.DataFrame, kolom: str, toegestaan: set[str]) -> tuple[int, str] | None:
    for rij, waarde in df.select("rij", kolom).iter_rows():
        if gemeente_sleutel(waarde or "") not in toegestaan:
            return rij, waarde
    return None


def controleer_rijen(df: pl.DataFrame, wie: Leverancier, soort: str) -> None:
    """A corporation supplies only its own lettings, in municipalities where it is party."""
    if not wie.is_corporatie:
        return
    corporatie = wie.organisatie
    if soort == BestandSoort.VERHURINGEN:
        fout = _eerste_fout(df, "corporatie", _namen(corporatie))
        if fout:
            raise PermissionDenied(
                f"Row {fout[0]}: '{fout[1]}' is not your corporation ({corporatie.naam}); "
                "a corporation supplies only its own lettings."
            )
    fout = _eerste_fout(df, "gemeente", _partij_gemeenten(corporatie))
    if fout:
        raise PermissionDenied(
            f"Row {fout[0]}: {corporatie.naam} is not party to the agreements of "
            f"municipality '{fout[1]}'."
        )


def lever_toewijzing(
    data: bytes, naam: str, *, soort: str, gemeente: Organisatie, wie: Leverancier, user
) -> Aanlevering:
    df = lees(data, naam, soort)
    controleer_rijen(df, wie, soort)
    monitor.importeer(
        df, soort=soort, gemeente=gemeente, organisatie=wie.organisatie, user=user, naam=naam
    )
    return Aanlevering.objects.filter(gemeente=gemeente, soort=soort).order_by("-pk").first()


def lever_planmonitor(
    data: bytes, naam: str, *, gemeente: Organisatie, wie: Leverancier
) -> dict[str, int]:
    df = lees(data, naam, BestandSoort.PLANMONITOR)
    if not wie.is_corporatie:
        return importeer_projecten(df, gemeente, None)
    corporatie = wie.organisatie
    fout = _eerste_fout(df, "corporatie", _namen(corporatie))
    if fout:
        raise PermissionDenied(
            f"Row {fout[0]}: '{fout[1]}' is not your corporation ({corporatie.naam}); "
            "a corporation supplies only its own projects."
        )
    andermans = set(
        Project.objects.filter(gemeente=gemeente, naam__in=df.get_column("project").unique())
        .exclude(corporatie=corporatie)
        .values_list("naam", flat=True)
    )
    if andermans:
        raise PermissionDenied(f"Project '{min(andermans)}' belongs to another party.")
    return importeer_projecten(df, gemeente, {corporatie.pk})
