from django.db import models
from django.utils.translation import gettext_lazy as _


class RegelSoort(models.TextChoices):
    """How a schedule rule fixes its date."""

    DATUM = "datum", _("before a date")
    PERIODE = "periode", _("within a range of months")


class RegelBron(models.TextChoices):
    WET = "wet", _("Housing Act (Woningwet)")
    AFSPRAAK = "afspraak", _("agreement")
    EIGEN = "eigen", _("own rule")


class Voorwaarde(models.TextChoices):
    """When a yearly rule applies, given the multi-year agreements of the workspace."""

    ALTIJD = "", _("every active year")
    BODJAAR = "bodjaar", _("only in years a bid is required")
    JAARSCHIJFJAAR = "jaarschijfjaar", _("only in years a jaarschijf is worked out")


class TermijnStatus(models.TextChoices):
    UPCOMING = "upcoming", _("upcoming")
    DUE_SOON = "due_soon", _("due soon")
    OVERDUE = "overdue", _("overdue")
    DONE = "done", _("done")


class OverlegSoort(models.TextChoices):
    AMBTELIJK_SMAL = "ambtelijk_smal", _("civil-servant meeting, narrow")
    BESTUURLIJK_SMAL = "bestuurlijk_smal", _("administrative meeting, narrow")
    AMBTELIJK_BREED = "ambtelijk_breed", _("civil-servant meeting, broad")
    BESTUURLIJK_BREED = "bestuurlijk_breed", _("administrative meeting, broad")
    INFORMATIEAVOND = "informatieavond", _("information evening for council members")
    OVERIG = "overig", _("other meeting")


BREDE_SOORTEN = (
    OverlegSoort.AMBTELIJK_BREED,
    OverlegSoort.BESTUURLIJK_BREED,
    OverlegSoort.INFORMATIEAVOND,
)


class JaarschijfStatus(models.TextChoices):
    CONCEPT = "concept", _("draft")
    GEBUNDELD = "gebundeld", _("bundled")
    VASTGESTELD = "vastgesteld", _("adopted")


class IndieningStatus(models.TextChoices):
    CONCEPT = "concept", _("draft")
    INGEDIEND = "ingediend", _("submitted")


class HerinneringSoort(models.TextChoices):
    VOORAF = "vooraf", _("before the deadline")
    TE_LAAT = "te_laat", _("overdue")


PRESET_WONINGWET = "woningwet"
PRESET_MEERJARIG = "meerjarig-druten-stijl"
PRESET_JAARLIJKS = "jaarlijks"
PRESET_HALFJAARLIJKS = "halfjaarlijks"
DOCUMENT_PRESETS = (PRESET_MEERJARIG, PRESET_JAARLIJKS, PRESET_HALFJAARLIJKS)
