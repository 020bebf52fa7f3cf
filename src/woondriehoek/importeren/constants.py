from django.db import models
from django.utils.translation import gettext_lazy as _


class TaakStatus(models.TextChoices):
    WACHTEND = "wachtend", _("waiting")
    BEZIG = "bezig", _("reading")
    KLAAR = "klaar", _("ready for review")
    FOUT = "fout", _("failed")
    GEPUBLICEERD = "gepubliceerd", _("published")


class Fase(models.TextChoices):
    WACHTEND = "wachtend", _("Waiting for a worker")
    LEZEN = "lezen", _("Reading the text")
    STRUCTUUR = "structuur", _("Finding parties, themes and items")
    KLAAR = "klaar", _("Done")


BEZIG_STATUSES = (TaakStatus.WACHTEND, TaakStatus.BEZIG)
