"""Schedule rules of a workspace, and what happens to the deadlines they produce."""

from __future__ import annotations

import calendar
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.afspraken.models import Document
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..constants import HerinneringSoort, RegelBron, RegelSoort, Voorwaarde
from ..query import CyclusregelQuerySet

MAAND = [MinValueValidator(1), MaxValueValidator(12)]


class Cyclusregel(models.Model):
    """A recurring deadline of a workspace: from the Woningwet, an agreement, or own choice."""

    gemeente = models.ForeignKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="cyclusregels",
        verbose_name=_("municipality"),
        limit_choices_to={"type": OrganisatieType.GEMEENTE},
    )
    document = models.ForeignKey(
        Document,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="cyclusregels",
        verbose_name=_("agreement"),
        help_text=_("Leave empty for a rule of the whole workspace, such as the Woningwet."),
    )
    code = models.SlugField(_("code"), max_length=60)
    naam = models.CharField(_("name"), max_length=200)
    toelichting = models.TextField(_("explanation"), blank=True)
    bron = models.CharField(
        _("source"), max_length=20, choices=RegelBron.choices, default=RegelBron.EIGEN
    )
    soort = models.CharField(
        _("kind"), max_length=20, choices=RegelSoort.choices, default=RegelSoort.DATUM
    )
    dag = models.PositiveSmallIntegerField(
        _("day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
        help_text=_("Day of the month of the deadline; empty for a range of months."),
    )
    maand = models.PositiveSmallIntegerField(
        _("month"), validators=MAAND, help_text=_("Month of the deadline, or the first month.")
    )
    eind_maand = models.PositiveSmallIntegerField(
        _("last month"),
        null=True,
        blank=True,
        validators=MAAND,
        help_text=_("For a range of months: the last month (the deadline is its last day)."),
    )
    partijtypes = models.JSONField(
        _("party types that must act"),
        default=list,
        blank=True,
        help_text=_("e.g. corporatie, gemeente, huurdersorganisatie"),
    )
    organisaties = models.ManyToManyField(
        Organisatie,
        blank=True,
        related_name="cyclusregels_actor",
        verbose_name=_("parties that must act"),
    )
    herinnering_dagen = models.PositiveSmallIntegerField(_("reminder lead time (days)"), default=14)
    jaar_van = models.PositiveSmallIntegerField(_("first year"), null=True, blank=True)
    jaar_tot = models.PositiveSmallIntegerField(_("last year"), null=True, blank=True)
    voorwaarde = models.CharField(
        _("condition"), max_length=20, choices=Voorwaarde.choices, default="", blank=True
    )
    actief = models.BooleanField(_("active"), default=True)
    volgorde = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(m2m_fields=[organisaties])

    objects = CyclusregelQuerySet.as_manager()

    class Meta:
        ordering = ["maand", "dag", "volgorde", "pk"]
        verbose_name = _("schedule rule")
        verbose_name_plural = _("schedule rules")
        constraints = [
            models.UniqueConstraint(
                fields=["gemeente", "document", "code"],
                name="uniek_cyclusregel_document",
                condition=models.Q(document__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["gemeente", "code"],
                name="uniek_cyclusregel_werkruimte",
                condition=models.Q(document__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return self.naam

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.soort == RegelSoort.DATUM:
            if not self.dag:
                errors["dag"] = _("A deadline before a date needs a day.")
            elif self.maand and self.dag > calendar.monthrange(2023, self.maand)[1]:
                errors["dag"] = _("This month does not have that many days.")
        elif not self.eind_maand or (self.maand and self.eind_maand < self.maand):
            errors["eind_maand"] = _("A range of months needs a last month on or after the first.")
        valid = set(OrganisatieType.values)
        if not isinstance(self.partijtypes, list) or not set(self.partijtypes) <= valid:
            errors["partijtypes"] = _("Choose party types from: %(types)s.") % {
                "types": ", ".join(sorted(valid))
            }
        if self.jaar_van and self.jaar_tot and self.jaar_tot < self.jaar_van:
            errors["jaar_tot"] = _("The last year is before the first year.")
        if self.document_id and not self.document.gemeenten.filter(pk=self.gemeente_id).exists():
            errors["document"] = _("This agreement does not belong to the municipality.")
        if errors:
            raise ValidationError(errors)


class TermijnAfronding(models.Model):
    """A party marks the deadline of a rule in a year as done."""

    regel = models.ForeignKey(
        Cyclusregel, on_delete=models.CASCADE, related_name="afrondingen", verbose_name=_("rule")
    )
    jaar = models.PositiveSmallIntegerField(_("year"))
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="+", verbose_name=_("party")
    )
    gedaan_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("done by"),
    )
    gedaan_op = models.DateTimeField(_("done on"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("deadline done")
        verbose_name_plural = _("deadlines done")
        constraints = [
            models.UniqueConstraint(
                fields=["regel", "jaar", "organisatie"], name="uniek_termijnafronding"
            )
        ]

    def __str__(self) -> str:
        return f"{self.regel} {self.jaar} – {self.organisatie}"


class Herinnering(models.Model):
    """Log of a reminder e-mail; the constraint keeps cron runs from mailing twice."""

    regel = models.ForeignKey(
        Cyclusregel, on_delete=models.CASCADE, related_name="herinneringen", verbose_name=_("rule")
    )
    jaar = models.PositiveSmallIntegerField(_("year"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cyclus_herinneringen",
        verbose_name=_("user"),
    )
    soort = models.CharField(_("kind"), max_length=20, choices=HerinneringSoort.choices)
    verzonden_op = models.DateTimeField(_("sent on"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["regel", "jaar", "user", "soort"], name="uniek_herinnering"
            )
        ]

    def __str__(self) -> str:
        return f"{self.regel} {self.jaar} → {self.user} ({self.soort})"


def new_token() -> str:
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    """The secret in a user's personal calendar feed URL (no history: it is a secret)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cyclus_feedtoken",
        verbose_name=_("user"),
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token)
    aangemaakt = models.DateTimeField(_("created"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")

    def __str__(self) -> str:
        return str(self.user)
