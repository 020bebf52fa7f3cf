from django.db import models
from django.utils.translation import gettext_lazy as _


class Planstatus(models.TextChoices):
    """National hardness classes of housing plans (5A/5B where provinces use them)."""

    S1A = "1A", _("1A irrevocable")
    S1B = "1B", _("1B irrevocable, building permit")
    S1C = "1C", _("1C irrevocable with power to amend")
    S2A = "2A", _("2A adopted")
    S2B = "2B", _("2B adopted, building permit")
    S2C = "2C", _("2C adopted with power to amend")
    S3 = "3", _("3 in preparation")
    S4A = "4A", _("4A vision")
    S4B = "4B", _("4B idea")
    S5A = "5A", _("5A provincial soft A")
    S5B = "5B", _("5B provincial soft B")


HARDE_PLANSTATUSSEN = frozenset({"1A", "1B", "2A", "2B"})


def is_hard(planstatus: str) -> bool:
    return planstatus in HARDE_PLANSTATUSSEN


class Projectstatus(models.TextChoices):
    INITIATIEF = "initiatief", _("initiative")
    VOORBEREIDING = "voorbereiding", _("in preparation")
    IN_AANBOUW = "in_aanbouw", _("under construction")
    OPGELEVERD = "opgeleverd", _("completed")
    VERVALLEN = "vervallen", _("cancelled")


class Woningtype(models.TextChoices):
    EENGEZINS = "eengezins", _("single-family house")
    APPARTEMENT = "appartement", _("apartment")
    NULTREDEN = "nultreden", _("step-free home")
    GECLUSTERD = "geclusterd_ouderen", _("clustered housing for older people")
    GEMENGD = "gemengd", _("mixed")


class Segment(models.TextChoices):
    SOCIALE_HUUR = "sociale_huur", _("social rent")
    MIDDENHUUR = "middenhuur", _("mid-market rent")
    VRIJE_HUUR = "vrije_huur", _("free-sector rent")
    SOCIALE_KOOP = "sociale_koop", _("social/affordable purchase")
    VRIJE_KOOP = "vrije_koop", _("free-sector purchase")


SEGMENTEN: list[str] = [s.value for s in Segment]
ONTTREKKINGEN: list[str] = ["sloop", "verkoop", "overheveling"]


class Maat(models.TextChoices):
    """What a target linked to the planmonitor counts."""

    NIEUWBOUW_HARD = "nieuwbouw_hard", _("new build in hard plans")
    NIEUWBOUW_ALLE = "nieuwbouw_alle", _("new build in all plans")
    NETTO_GROEI = "netto_groei", _("net growth (hard plans minus withdrawals)")
