from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentSoort(models.TextChoices):
    PRESTATIEAFSPRAKEN = "prestatieafspraken", _("performance agreements")
    JAARSCHIJF = "jaarschijf", _("annual schedule (jaarschijf)")
    BOD = "bod", _("bid (bod)")
    KENNISGEVING = "kennisgeving", _("notice to the council")
    BELEIDSPLAN = "beleidsplan", _("policy plan")
    ONBEKEND = "onbekend", _("unknown")


class DocumentStatus(models.TextChoices):
    CONCEPT = "concept", _("draft")
    VASTGESTELD = "vastgesteld", _("adopted")
    AFGELOPEN = "afgelopen", _("expired")


PUBLISHED_STATUSES = (DocumentStatus.VASTGESTELD, DocumentStatus.AFGELOPEN)


class ItemSoort(models.TextChoices):
    AFSPRAAK = "afspraak", _("agreement")
    AMBITIE = "ambitie", _("ambition")
    VOORNEMEN = "voornemen", _("intention")
    OPGAVE = "opgave", _("challenge (context)")
    OVERIG = "overig", _("other")


class BetrokkenheidRol(models.TextChoices):
    TREKKER = "trekker", _("lead (trekker)")
    BETROKKENE = "betrokkene", _("involved party")


class Vergelijking(models.TextChoices):
    GELIJK = "=", _("exactly")
    MINIMAAL = ">=", _("at least")
    MAXIMAAL = "<=", _("at most")
    ONGEVEER = "~", _("about")


EENHEDEN = ("woningen", "procent", "euro", "jaar", "aantal", "label", "m2", "huishoudens")
