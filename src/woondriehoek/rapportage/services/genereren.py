"""Make a report: build the content model once, render it as PDF or DOCX (in Dutch)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone, translation
from django.utils.text import slugify

from woondriehoek.organisaties.models import Organisatie

from ..constants import RapportFormaat, RapportSoort
from .docx import render_docx
from .inhoud import Rapportdocument
from .jaarschijfdocument import jaarschijfdocument
from .kennisgeving import kennisgeving
from .monitoringrapport import monitoringrapport
from .pdf import render_pdf

TAAL = "nl"


def inhoud(
    soort: str, gemeente: Organisatie, jaar: int, today: dt.date, basis_url: str = ""
) -> Rapportdocument:
    if soort == RapportSoort.KENNISGEVING:
        return kennisgeving(gemeente, jaar, today, basis_url)
    if soort == RapportSoort.JAARSCHIJF:
        return jaarschijfdocument(gemeente, jaar, today)
    return monitoringrapport(gemeente, jaar, today)


def render(rapport: Rapportdocument, formaat: str) -> bytes:
    return render_docx(rapport) if formaat == RapportFormaat.DOCX else render_pdf(rapport)


def bestandsnaam(soort: str, gemeente: Organisatie, jaar: int, formaat: str) -> str:
    return f"{soort}-{slugify(gemeente.korte_naam)}-{jaar}.{formaat}"


def maak(
    soort: str,
    gemeente: Organisatie,
    jaar: int,
    formaat: str,
    *,
    today: dt.date | None = None,
    taal: str = TAAL,
    basis_url: str = "",
) -> bytes:
    """The report's bytes. Raises RapportFout with a message for the user."""
    today = today or timezone.localdate()
    with translation.override(taal):
        return render(inhoud(soort, gemeente, jaar, today, basis_url), formaat)
