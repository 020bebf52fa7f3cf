from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisatieType(models.TextChoices):
    GEMEENTE = "gemeente", _("municipality")
    CORPORATIE = "corporatie", _("housing corporation")
    HUURDERSORGANISATIE = "huurdersorganisatie", _("tenant organisation")
    OVERIG = "overig", _("other")


class Rol(models.TextChoices):
    """A user's role within their organisation."""

    BEHEERDER = "beheerder", _("administrator")
    BEWERKER = "bewerker", _("editor")
    LEZER = "lezer", _("reader")
