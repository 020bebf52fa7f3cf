"""Finding the workspace and the agreement a report is about; errors users can read."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from woondriehoek.afspraken.constants import DocumentSoort
from woondriehoek.afspraken.models import Document
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.organisaties import find_gemeente

from ..constants import EERSTE_JAAR, LAATSTE_JAAR


class RapportFout(Exception):
    """A report cannot be made; the message is meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def zoek_gemeente(naam: str) -> Organisatie:
    """By name ('Druten', 'Gemeente Druten') or slug."""
    gemeente = find_gemeente(naam) or (
        Organisatie.objects.filter(type=OrganisatieType.GEMEENTE, slug=naam.strip()).first()
    )
    if gemeente is None:
        raise RapportFout(_("Unknown municipality: '%(name)s'.") % {"name": naam})
    return gemeente


def controleer_jaar(jaar: int) -> None:
    if not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
        raise RapportFout(
            _("The year %(year)s is not a valid report year (%(first)s–%(last)s).")
            % {"year": jaar, "first": EERSTE_JAAR, "last": LAATSTE_JAAR}
        )


def lopende_afspraken(gemeente: Organisatie, jaar: int):
    """The municipality's performance agreements that run in this year, longest first."""
    return (
        Document.objects.of_gemeente(gemeente)
        .filter(soort=DocumentSoort.PRESTATIEAFSPRAKEN, periode_start__lte=jaar)
        .filter(Q(periode_eind__gte=jaar) | Q(periode_eind__isnull=True, periode_start=jaar))
        .prefetch_related("partijen__organisatie", "ondertekenaars__organisatie")
    )


def afspraak_van(gemeente: Organisatie, jaar: int) -> Document:
    """The agreement a monitoring report covers: the adopted one running this year (else a
    draft), the longest when several run."""
    controleer_jaar(jaar)
    documenten = list(lopende_afspraken(gemeente, jaar))
    if not documenten:
        raise RapportFout(
            _("%(gemeente)s has no performance agreements that run in %(year)s.")
            % {"gemeente": gemeente.korte_naam, "year": jaar}
        )

    def sleutel(d: Document) -> tuple:
        span = (d.periode_eind or d.periode_start or 0) - (d.periode_start or 0)
        return (d.is_published, span, d.periode_start or 0, d.pk)

    return max(documenten, key=sleutel)


def jaren_van(gemeente: Organisatie, vandaag_jaar: int) -> list[int]:
    """Years a report can be requested for: the agreements' years up to next year."""
    years: set[int] = {vandaag_jaar}
    for start, eind in Document.objects.of_gemeente(gemeente).values_list(
        "periode_start", "periode_eind"
    ):
        if start:
            years.update(range(start, min(eind or start, vandaag_jaar + 1) + 1))
    return sorted(years, reverse=True)
