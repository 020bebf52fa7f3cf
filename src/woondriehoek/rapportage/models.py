"""A generated report: requested in the web app, made in the background, kept for download."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from woondriehoek.organisaties.models import Organisatie

from .constants import BEZIG_STATUSES, RapportFormaat, RapportSoort, RapportStatus
from .query import RapportQuerySet


class Rapport(models.Model):
    gemeente = models.ForeignKey(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="rapporten",
        verbose_name=_("municipality"),
    )
    soort = models.CharField(_("kind"), max_length=20, choices=RapportSoort.choices)
    formaat = models.CharField(_("format"), max_length=10, choices=RapportFormaat.choices)
    jaar = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(
        _("status"), max_length=20, choices=RapportStatus.choices, default=RapportStatus.WACHTEND
    )
    bestand = models.FileField(_("file"), upload_to="rapporten/%Y/", blank=True)
    bestandsnaam = models.CharField(_("file name"), max_length=255, blank=True)
    foutmelding = models.TextField(_("error message"), blank=True)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    aangevraagd_op = models.DateTimeField(_("requested at"), auto_now_add=True)
    klaar_op = models.DateTimeField(_("finished at"), null=True, blank=True)
    basis_url = models.CharField(
        _("site address"),
        max_length=200,
        blank=True,
        help_text=_("Where the report was requested; links in the report point there."),
    )

    objects = RapportQuerySet.as_manager()

    class Meta:
        ordering = ["-aangevraagd_op", "-pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        indexes = [models.Index(fields=["gemeente", "-aangevraagd_op"])]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.jaar} ({self.get_formaat_display()})"

    def get_absolute_url(self) -> str:
        return reverse("rapportage:download", args=[self.pk])

    @property
    def is_bezig(self) -> bool:
        return self.status in BEZIG_STATUSES

    @property
    def is_klaar(self) -> bool:
        return self.status == RapportStatus.KLAAR and bool(self.bestand)
