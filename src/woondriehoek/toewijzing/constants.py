from django.db import models
from django.utils.translation import gettext_lazy as _

from .bestanden.schema import BestandSoort

__all__ = ["BestandSoort", "Route", "ZoekendenGroep"]


class Route(models.TextChoices):
    REGULIER = "regulier", _("regular")
    LOTING = "loting", _("lottery")
    URGENTIE = "urgentie", _("urgency")
    STATUSHOUDER = "statushouder", _("refugee with residence permit")
    BIJZONDERE_BEMIDDELING = "bijzondere_bemiddeling", _("special placement")
    MAATWERK = "maatwerk", _("local priority")
    DOORSTROMING = "doorstroming", _("moving on")


class ZoekendenGroep(models.TextChoices):
    JONGEREN = "jongeren", _("young people")
    GEZINNEN = "gezinnen", _("families")
    SENIOREN = "senioren", _("seniors")
    URGENTEN = "urgenten", _("urgent seekers")
    ALLE = "alle", _("all")
