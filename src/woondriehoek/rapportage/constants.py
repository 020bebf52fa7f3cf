from django.db import models
from django.utils.translation import gettext_lazy as _


class RapportSoort(models.TextChoices):
    MONITORING = "monitoring", _("monitoring report")
    KENNISGEVING = "kennisgeving", _("council notice")
    JAARSCHIJF = "jaarschijf", _("jaarschijf document")


class RapportFormaat(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX (Word)"


class RapportStatus(models.TextChoices):
    WACHTEND = "wachtend", _("waiting")
    BEZIG = "bezig", _("generating")
    KLAAR = "klaar", _("ready")
    FOUT = "fout", _("failed")


BEZIG_STATUSES = (RapportStatus.WACHTEND, RapportStatus.BEZIG)

CONTENT_TYPES = {
    RapportFormaat.PDF: "application/pdf",
    RapportFormaat.DOCX: (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ),
}

# Kennisgeving: the afspraken shown per corporation (see docs/rapportage.md).
MAX_AFSPRAKEN_PER_CORPORATIE = 5

# Reports are about a calendar year in this range (guards against typos on the CLI).
EERSTE_JAAR, LAATSTE_JAAR = 2000, 2100
