from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class VoortgangStatus(models.TextChoices):
    NIET_GESTART = "niet_gestart", _("not started")
    OP_SCHEMA = "op_schema", _("on schedule")
    RISICO = "risico", _("at risk")
    VERTRAAGD = "vertraagd", _("delayed")
    GEREALISEERD = "gerealiseerd", _("realised")
    VERVALLEN = "vervallen", _("cancelled")


# The percentage a status stands for when the author gives none.
DEFAULT_PERCENTAGE: dict[str, int] = {
    VoortgangStatus.NIET_GESTART: 0,
    VoortgangStatus.OP_SCHEMA: 50,
    VoortgangStatus.RISICO: 35,
    VoortgangStatus.VERTRAAGD: 20,
    VoortgangStatus.GEREALISEERD: 100,
    VoortgangStatus.VERVALLEN: 0,
}


class PeriodeDeel(models.TextChoices):
    H1 = "H1", _("first half")
    H2 = "H2", _("second half")
    JAAR = "jaar", _("whole year")


class Stoplicht(models.TextChoices):
    GROEN = "groen", _("on track")
    ORANJE = "oranje", _("needs attention")
    ROOD = "rood", _("off track")
    GRIJS = "grijs", _("nothing to measure")


class Oordeel(models.TextChoices):
    """Target versus actual."""

    OP_KOERS = "op_koers", _("on track")
    ACHTER = "achter", _("behind the path")
    VOOR = "voor", _("ahead of the path")
    GEEN_DATA = "geen_data", _("no realisation yet")


class Interpretatie(models.TextChoices):
    PER_JAAR = "per_jaar", _("per year")
    CUMULATIEF = "cumulatief", _("cumulative over the period")
    STAND = "stand", _("level to reach (decreasing path)")


# Traffic-light thresholds on the attention score (share of the counted weight at risk or not
# started, delayed items counting double); see docs/monitoring.md.
ROOD_ZORG = Decimal("0.50")
ORANJE_ZORG = Decimal("0.20")
# Band for targets with comparator = or ~ (share of the target value).
MARGE = Decimal("0.10")

MAX_BEWIJS_BYTES = 10 * 1024 * 1024
BEWIJS_EXTENSIES = ("pdf", "docx", "xlsx", "png", "jpg", "jpeg", "csv")
