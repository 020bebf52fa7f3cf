"""The life of a requested report: create, generate in the background, keep the file."""

from __future__ import annotations

import logging

from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from woondriehoek.organisaties.models import Organisatie

from ..constants import RapportStatus
from ..models import Rapport
from .genereren import TAAL, bestandsnaam, maak
from .werkruimte import RapportFout

logger = logging.getLogger(__name__)


def vraag_aan(
    gemeente: Organisatie, soort: str, formaat: str, jaar: int, user, basis_url: str = ""
) -> Rapport:
    rapport = Rapport.objects.create(
        gemeente=gemeente,
        soort=soort,
        formaat=formaat,
        jaar=jaar,
        aangevraagd_door=user if getattr(user, "is_authenticated", False) else None,
        basis_url=basis_url[:200],
    )
    return rapport


def voer_uit(rapport: Rapport) -> Rapport:
    """Generate the file; any failure ends in status fout with a Dutch message."""
    rapport.status = RapportStatus.BEZIG
    rapport.save(update_fields=["status"])
    try:
        data = maak(
            rapport.soort,
            rapport.gemeente,
            rapport.jaar,
            rapport.formaat,
            basis_url=rapport.basis_url,
        )
    except RapportFout as exc:
        return _klaar(rapport, RapportStatus.FOUT, fout=exc.message)
    except Exception:  # a bug must not leave the report hanging
        logger.exception("Report %s failed", rapport.pk)
        with translation.override(TAAL):
            return _klaar(
                rapport,
                RapportStatus.FOUT,
                fout=_("The report could not be made because of an unexpected error."),
            )
    naam = bestandsnaam(rapport.soort, rapport.gemeente, rapport.jaar, rapport.formaat)
    rapport.bestand.save(naam, ContentFile(data), save=False)
    rapport.bestandsnaam = naam
    return _klaar(rapport, RapportStatus.KLAAR)


def _klaar(rapport: Rapport, status: str, fout: str = "") -> Rapport:
    rapport.status, rapport.foutmelding, rapport.klaar_op = status, fout, timezone.now()
    rapport.save()
    return rapport
