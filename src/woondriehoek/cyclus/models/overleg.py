"""The overlegstructuur of a workspace: meeting types, meetings and their decisions."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.afspraken.models import Item
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..constants import OverlegSoort
from ..query import BesluitQuerySet, OverlegQuerySet

GEMEENTE_ONLY = {"type": OrganisatieType.GEMEENTE}


class Overlegvorm(models.Model):
    """How often a type of meeting is held in a workspace, and who chairs it."""

    gemeente = models.ForeignKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="overlegvormen",
        verbose_name=_("municipality"),
        limit_choices_to=GEMEENTE_ONLY,
    )
    soort = models.CharField(_("meeting type"), max_length=30, choices=OverlegSoort.choices)
    keer_per_jaar = models.PositiveSmallIntegerField(_("times per year"), default=1)
    voorzitter_wisselt = models.BooleanField(
        _("chair alternates between the parties"), default=True
    )
    voorzitter = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("fixed chair"),
    )
    toelichting = models.TextField(_("explanation"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["soort"]
        verbose_name = _("meeting type")
        verbose_name_plural = _("meeting types")
        constraints = [
            models.UniqueConstraint(fields=["gemeente", "soort"], name="uniek_overlegvorm")
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} ({self.keer_per_jaar}×)"


class Overleg(models.Model):
    """One meeting: when, where, agenda and minutes (verslag)."""

    gemeente = models.ForeignKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="overleggen",
        verbose_name=_("municipality"),
        limit_choices_to=GEMEENTE_ONLY,
    )
    soort = models.CharField(_("meeting type"), max_length=30, choices=OverlegSoort.choices)
    titel = models.CharField(_("title"), max_length=200)
    begin = models.DateTimeField(_("starts"))
    eind = models.DateTimeField(_("ends"), null=True, blank=True)
    locatie = models.CharField(_("location"), max_length=200, blank=True)
    voorzitter = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("chair"),
    )
    agenda = models.TextField(_("agenda"), blank=True)
    verslag = models.TextField(_("minutes"), blank=True)
    start_onderhandelingen = models.BooleanField(
        _("start of the talks on next year's agreements"),
        default=False,
        help_text=_(
            "From this date the six months run after which a party may put a dispute "
            "to the minister."
        ),
    )
    history = HistoricalRecords()

    objects = OverlegQuerySet.as_manager()

    class Meta:
        ordering = ["begin"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return self.titel

    def get_absolute_url(self) -> str:
        return reverse("cyclus:overleg", args=[self.pk])

    def clean(self) -> None:
        if self.eind and self.begin and self.eind < self.begin:
            raise ValidationError({"eind": _("The meeting ends before it starts.")})


class Besluit(models.Model):
    """A decision taken in a meeting, linked to the afspraken it concerns."""

    overleg = models.ForeignKey(
        Overleg, on_delete=models.CASCADE, related_name="besluiten", verbose_name=_("meeting")
    )
    tekst = models.TextField(_("decision"))
    items = models.ManyToManyField(
        Item, blank=True, related_name="besluiten", verbose_name=_("agreements concerned")
    )
    eigenaar = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cyclus_besluiten",
        verbose_name=_("owner"),
    )
    deadline = models.DateField(_("due date"), null=True, blank=True)
    afgerond_op = models.DateField(_("completed on"), null=True, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(m2m_fields=[items])

    objects = BesluitQuerySet.as_manager()

    class Meta:
        ordering = ["-overleg__begin", "volgorde", "pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return self.tekst[:80] + ("…" if len(self.tekst) > 80 else "")

    def get_absolute_url(self) -> str:
        return reverse("cyclus:overleg", args=[self.overleg_id]) + f"#besluit-{self.pk}"
