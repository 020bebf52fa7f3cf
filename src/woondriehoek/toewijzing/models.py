"""Allocation monitor: agreed norms, imported lettings and seekers, saved column mappings."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.organisaties.models import Organisatie

from .constants import BestandSoort, Route, ZoekendenGroep

_ORG = {"on_delete": models.CASCADE, "related_name": "+"}


class Kolomkoppeling(models.Model):
    """How an organisation's export maps to the fields of a file kind; reused next time."""

    organisatie = models.ForeignKey(Organisatie, verbose_name=_("organisation"), **_ORG)
    soort = models.CharField(_("file kind"), max_length=20, choices=BestandSoort.choices)
    koppeling = models.JSONField(_("mapping"), default=dict, help_text=_("field → column"))
    gewijzigd = models.DateTimeField(_("changed"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("column mapping")
        verbose_name_plural = _("column mappings")
        constraints = [
            models.UniqueConstraint(fields=["organisatie", "soort"], name="uniek_kolomkoppeling")
        ]

    def __str__(self) -> str:
        return f"{self.organisatie} – {self.get_soort_display()}"


class Toewijzingsnorm(models.Model):
    """The agreed allocation parameters of a corporation in a municipality."""

    corporatie = models.ForeignKey(Organisatie, verbose_name=_("corporation"), **_ORG)
    gemeente = models.ForeignKey(Organisatie, verbose_name=_("municipality"), **_ORG)
    vrije_ruimte = models.DecimalField(
        _("free allocation share"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.075"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("0.15"))],
        help_text=_("7.5% by law; up to 15% where the agreements of every municipality say so."),
    )
    max_urgent = models.DecimalField(
        _("maximum share to urgent groups"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0.300"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
    )
    jongeren_leeftijd = models.PositiveSmallIntegerField(
        _("young people: younger than"), default=23
    )
    document = models.ForeignKey(
        "afspraken.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("agreement"),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("allocation norm")
        verbose_name_plural = _("allocation norms")
        constraints = [
            models.UniqueConstraint(fields=["corporatie", "gemeente"], name="uniek_toewijzingsnorm")
        ]

    def __str__(self) -> str:
        return f"{self.corporatie} in {self.gemeente}"

    def clean(self) -> None:
        if self.vrije_ruimte is not None and self.vrije_ruimte > Decimal("0.15"):
            raise ValidationError({"vrije_ruimte": _("The free share is at most 15%.")})


class Taakstelling(models.Model):
    """The corporation's share of the municipality's statushouder target in a year."""

    corporatie = models.ForeignKey(Organisatie, verbose_name=_("corporation"), **_ORG)
    gemeente = models.ForeignKey(Organisatie, verbose_name=_("municipality"), **_ORG)
    jaar = models.PositiveSmallIntegerField(_("year"))
    aantal = models.PositiveIntegerField(_("number of homes"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("statushouder target")
        verbose_name_plural = _("statushouder targets")
        constraints = [
            models.UniqueConstraint(
                fields=["corporatie", "gemeente", "jaar"], name="uniek_taakstelling"
            )
        ]

    def __str__(self) -> str:
        return f"{self.corporatie} {self.gemeente} {self.jaar}: {self.aantal}"


class Aanlevering(models.Model):
    """One imported file of lettings or seekers, for a workspace. The newest per organisation
    and kind counts; older ones stay for the record."""

    gemeente = models.ForeignKey(Organisatie, verbose_name=_("workspace"), **_ORG)
    organisatie = models.ForeignKey(Organisatie, null=True, verbose_name=_("supplied by"), **_ORG)
    soort = models.CharField(_("file kind"), max_length=20, choices=BestandSoort.choices)
    bestandsnaam = models.CharField(_("file name"), max_length=255)
    aantal = models.PositiveIntegerField(_("rows"), default=0)
    aangemaakt = models.DateTimeField(_("imported at"), auto_now_add=True)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("imported by"),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["-aangemaakt", "-pk"]
        verbose_name = _("data delivery")
        verbose_name_plural = _("data deliveries")

    def __str__(self) -> str:
        return self.bestandsnaam


class Verhuring(models.Model):
    """One letting, with only the attributes the rules need (no personal identifiers)."""

    aanlevering = models.ForeignKey(
        Aanlevering, on_delete=models.CASCADE, related_name="verhuringen"
    )
    rij = models.PositiveIntegerField(_("row"))
    datum = models.DateField(_("date"))
    jaar = models.PositiveSmallIntegerField(_("year"), db_index=True)
    corporatie = models.CharField(_("corporation"), max_length=200)
    gemeente = models.CharField(_("municipality"), max_length=200)
    kern = models.CharField(_("village"), max_length=200, blank=True)
    kale_huur = models.DecimalField(_("net rent"), max_digits=8, decimal_places=2)
    huishoudgrootte = models.PositiveSmallIntegerField(_("household size"))
    inkomen = models.DecimalField(_("household income"), max_digits=10, decimal_places=2)
    aow = models.BooleanField(_("pension age"))
    leeftijd = models.PositiveSmallIntegerField(_("age of main tenant"))
    route = models.CharField(_("allocation route"), max_length=30, choices=Route.choices)
    history = HistoricalRecords()

    class Meta:
        ordering = ["rij"]
        verbose_name = _("letting")
        verbose_name_plural = _("lettings")

    def __str__(self) -> str:
        return f"{self.corporatie} {self.datum} ({self.rij})"


class Zoekenden(models.Model):
    """Active home seekers of a group in a municipality and year."""

    aanlevering = models.ForeignKey(Aanlevering, on_delete=models.CASCADE, related_name="zoekenden")
    rij = models.PositiveIntegerField(_("row"))
    jaar = models.PositiveSmallIntegerField(_("year"))
    gemeente = models.CharField(_("municipality"), max_length=200)
    groep = models.CharField(_("group"), max_length=20, choices=ZoekendenGroep.choices)
    actief = models.PositiveIntegerField(_("active seekers"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["rij"]
        verbose_name = _("active home seekers")
        verbose_name_plural = _("active home seekers")

    def __str__(self) -> str:
        return f"{self.gemeente} {self.jaar} {self.groep}: {self.actief}"
