from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.afspraken.models import Doel
from woondriehoek.organisaties.models import Organisatie

from ..query import RealisatieQuerySet


class Realisatie(models.Model):
    """A realised value of a target in a year, optionally per organisation. Every version is
    kept; the newest per (doel, jaar, organisatie) counts."""

    doel = models.ForeignKey(
        Doel, on_delete=models.CASCADE, related_name="realisaties", verbose_name=_("target")
    )
    jaar = models.PositiveSmallIntegerField(_("year"))
    waarde = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    organisatie = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("Leave empty for a figure for all parties together."),
    )
    bron = models.CharField(_("source"), max_length=300, blank=True)
    toelichting = models.TextField(_("explanation"), max_length=2000, blank=True)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    aangemaakt = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    objects = RealisatieQuerySet.as_manager()

    class Meta:
        ordering = ["jaar", "organisatie__naam", "-aangemaakt", "-pk"]
        verbose_name = _("realisation")
        verbose_name_plural = _("realisations")
        indexes = [models.Index(fields=["doel", "jaar"])]

    def __str__(self) -> str:
        who = f" ({self.organisatie})" if self.organisatie_id else ""
        return f"{self.jaar}: {self.waarde.normalize():f}{who}"
