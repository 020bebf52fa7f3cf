"""An import job: one uploaded document on its way from file to reviewed register entry."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import BEZIG_STATUSES, Fase, TaakStatus
from .query import ImporttaakQuerySet
from .services.foutmeldingen import melding


class Importtaak(models.Model):
    bestand = models.FileField(_("file"), upload_to="importen/%Y/")
    naam = models.CharField(_("original name"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, db_index=True)
    gemeente = models.ForeignKey(
        "organisaties.Organisatie",
        verbose_name=_("municipality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="importtaken",
    )
    gemeente_naam = models.CharField(
        _("new municipality"),
        max_length=200,
        blank=True,
        help_text=_("Name of a municipality that is not in the register yet."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=TaakStatus.choices, default=TaakStatus.WACHTEND
    )
    foutmelding = models.TextField(_("error message"), blank=True)
    foutcode = models.CharField(_("error code"), max_length=40, blank=True)
    foutparameters = models.JSONField(_("error parameters"), default=dict, blank=True)
    voortgang = models.PositiveSmallIntegerField(_("progress"), default=0)
    fase = models.CharField(_("stage"), max_length=20, choices=Fase.choices, default=Fase.WACHTEND)
    resultaat = models.JSONField(_("result"), null=True, blank=True)
    bron = models.JSONField(_("source text"), default=list, blank=True)
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="importtaken",
    )
    aangemaakt_op = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    document = models.ForeignKey(
        "afspraken.Document",
        verbose_name=_("published document"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="importtaken",
    )
    history = HistoricalRecords(excluded_fields=["bron"])

    objects = ImporttaakQuerySet.as_manager()

    class Meta:
        ordering = ["-aangemaakt_op", "-pk"]
        verbose_name = _("import job")
        verbose_name_plural = _("import jobs")

    def __str__(self) -> str:
        return self.naam

    def get_absolute_url(self) -> str:
        return reverse("importeren:taak", args=[self.pk])

    @property
    def is_bezig(self) -> bool:
        return self.status in BEZIG_STATUSES

    @property
    def doel_gemeente(self) -> str:
        """The municipality name to publish under."""
        return self.gemeente.korte_naam if self.gemeente else self.gemeente_naam

    @property
    def foutmelding_tekst(self) -> str:
        """Why the job failed, in the active language (jobs from before error codes were
        kept show their stored text)."""
        if not self.foutcode:
            return self.foutmelding
        return melding(self.foutcode, self.foutparameters, self.foutmelding)
