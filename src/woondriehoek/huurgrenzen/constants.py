from django.db import models
from django.utils.translation import gettext_lazy as _


class Huurklasse(models.TextChoices):
    """Rent classes used in agreements, derived from the limits of a year."""

    GOEDKOOP = "goedkoop", _("cheap")
    BETAALBAAR_1 = "betaalbaar_1", _("affordable 1")
    BETAALBAAR_2 = "betaalbaar_2", _("affordable 2")
    DUUR_SOCIAAL = "duur_sociaal", _("expensive social")
    MIDDENHUUR = "middenhuur", _("mid-market rent")
    VRIJE_SECTOR = "vrije_sector", _("free sector")


HUURKLASSEN: list[str] = [k.value for k in Huurklasse]

PASSEND_TOEWIJZEN_NORM = 0.95
JAAR_NIEUWE_TOEWIJZINGSREGELS = 2022
