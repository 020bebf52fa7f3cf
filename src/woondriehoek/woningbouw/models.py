"""Planmonitor: housing projects with their phasing, social-share norms and linked targets."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .constants import SEGMENTEN, Maat, Planstatus, Projectstatus, Segment, Woningtype, is_hard
from .query import ProjectQuerySet


class Project(models.Model):
    gemeente = models.ForeignKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="bouwprojecten",
        verbose_name=_("municipality"),
        limit_choices_to={"type": OrganisatieType.GEMEENTE},
    )
    naam = models.CharField(_("name"), max_length=200)
    kern = models.CharField(_("village"), max_length=100, blank=True)
    initiatiefnemer = models.CharField(_("initiator"), max_length=200, blank=True)
    corporatie = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("corporation"),
        limit_choices_to={"type": OrganisatieType.CORPORATIE},
    )
    woningtype = models.CharField(
        _("housing type"), max_length=30, choices=Woningtype.choices, blank=True
    )
    planstatus = models.CharField(_("plan status"), max_length=2, choices=Planstatus.choices)
    projectstatus = models.CharField(
        _("project status"),
        max_length=20,
        choices=Projectstatus.choices,
        default=Projectstatus.VOORBEREIDING,
    )
    toelichting = models.TextField(_("notes"), blank=True)
    gewijzigd = models.DateTimeField(_("changed"), auto_now=True)
    history = HistoricalRecords()

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["kern", "naam"]
        verbose_name = _("housing project")
        verbose_name_plural = _("housing projects")
        constraints = [
            models.UniqueConstraint(fields=["gemeente", "naam"], name="uniek_bouwproject")
        ]

    def __str__(self) -> str:
        return self.naam

    @property
    def is_hard(self) -> bool:
        return is_hard(self.planstatus)

    def totalen(self) -> dict[str, int]:
        sums = self.opleveringen.aggregate(**{s: Sum(s) for s in SEGMENTEN})
        return {s: sums[s] or 0 for s in SEGMENTEN}


def _aantal(label) -> models.PositiveIntegerField:
    return models.PositiveIntegerField(label, default=0)


class ProjectOplevering(models.Model):
    """Homes delivered, and withdrawals, of a project in a year."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="opleveringen", verbose_name=_("project")
    )
    jaar = models.PositiveSmallIntegerField(_("year"))
    sociale_huur = _aantal(Segment.SOCIALE_HUUR.label)
    middenhuur = _aantal(Segment.MIDDENHUUR.label)
    vrije_huur = _aantal(Segment.VRIJE_HUUR.label)
    sociale_koop = _aantal(Segment.SOCIALE_KOOP.label)
    vrije_koop = _aantal(Segment.VRIJE_KOOP.label)
    sloop = _aantal(_("demolition"))
    verkoop = _aantal(_("sale"))
    overheveling = _aantal(_("transfer to mid-market rent"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["jaar"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["project", "jaar"], name="uniek_oplevering_jaar")
        ]

    def __str__(self) -> str:
        return f"{self.project} {self.jaar}"


def _fractie(label, default: str) -> models.DecimalField:
    return models.DecimalField(label, max_digits=4, decimal_places=3, default=Decimal(default))


class Bouwnorm(models.Model):
    """The agreement's social-share norm for projects in a municipality."""

    gemeente = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="+", verbose_name=_("municipality")
    )
    document = models.ForeignKey(
        "afspraken.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("agreement"),
    )
    min_sociaal = _fractie(_("minimum social share per project"), "0.300")
    max_sociale_koop = _fractie(_("of which at most social purchase"), "0.050")
    min_middenhuur = _fractie(_("minimum mid-market rent share"), "0.050")
    middenhuur_vanaf = models.PositiveIntegerField(
        _("mid-market norm applies to projects with more than (homes)"), default=100
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("construction norm")
        verbose_name_plural = _("construction norms")

    def __str__(self) -> str:
        return f"{self.gemeente}: ≥{self.min_sociaal:.0%} sociaal"


class PlanmonitorDoel(models.Model):
    """Links an afspraak target (Doel) to what the planmonitor measures."""

    doel = models.OneToOneField(
        "afspraken.Doel",
        on_delete=models.CASCADE,
        related_name="planmonitor",
        verbose_name=_("target"),
    )
    gemeente = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="+", verbose_name=_("municipality")
    )
    corporatie = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("corporation"),
        help_text=_("Empty: all projects in the municipality."),
    )
    segment = models.CharField(
        _("segment"), max_length=20, choices=Segment.choices, default=Segment.SOCIALE_HUUR
    )
    maat = models.CharField(
        _("measure"), max_length=20, choices=Maat.choices, default=Maat.NIEUWBOUW_HARD
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("planmonitor target")
        verbose_name_plural = _("planmonitor targets")

    def __str__(self) -> str:
        return str(self.doel)

    def clean(self) -> None:
        if self.doel_id and not (self.doel.eind_jaar or self.doel.start_jaar):
            raise ValidationError({"doel": _("The target needs a year or period.")})
