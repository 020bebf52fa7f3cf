from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.afspraken.models import Item
from woondriehoek.organisaties.models import Organisatie

from ..constants import DEFAULT_PERCENTAGE, PeriodeDeel, VoortgangStatus
from ..query import VoortgangQuerySet
from ..services.periode import Periode
from ..validators import extensie, validate_bewijs


class Voortgang(models.Model):
    """One progress update on an item for a period. Updates are never overwritten: the
    current progress of an item for a period is its newest row."""

    item = models.ForeignKey(
        Item, on_delete=models.CASCADE, related_name="voortgang", verbose_name=_("item")
    )
    jaar = models.PositiveSmallIntegerField(_("year"))
    deel = models.CharField(
        _("period"), max_length=4, choices=PeriodeDeel.choices, default=PeriodeDeel.H1
    )
    deel_rang = models.PositiveSmallIntegerField(editable=False, default=1)
    status = models.CharField(_("status"), max_length=20, choices=VoortgangStatus.choices)
    percentage = models.PositiveSmallIntegerField(
        _("percentage done"), validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    toelichting = models.TextField(_("explanation"), max_length=2000, blank=True)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.PROTECT, related_name="+", verbose_name=_("on behalf of")
    )
    aangemaakt = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    objects = VoortgangQuerySet.as_manager()

    class Meta:
        ordering = ["-jaar", "-deel_rang", "-aangemaakt", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        indexes = [
            models.Index(fields=["item", "jaar", "deel_rang"]),
            # the API's and the exports' "all progress of a period", in id order
            models.Index(fields=["jaar", "deel", "id"], name="voortgang_periode_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percentage__lte=100), name="voortgang_percentage_max_100"
            )
        ]

    def __str__(self) -> str:
        return f"{self.periode}: {self.get_status_display()} ({self.percentage}%)"

    def save(self, *args, **kwargs) -> None:
        if self.percentage is None and self.status:
            self.percentage = DEFAULT_PERCENTAGE[self.status]
        self.deel_rang = self.periode.sleutel[1]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("monitoring:item_voortgang", args=[self.item_id]) + f"#voortgang-{self.pk}"

    def clean(self) -> None:
        if self.percentage is None:
            return
        if self.status == VoortgangStatus.GEREALISEERD and self.percentage != 100:
            raise ValidationError({"percentage": _("A realised item is 100% done.")})
        if self.status == VoortgangStatus.NIET_GESTART and self.percentage != 0:
            raise ValidationError({"percentage": _("An item that has not started is 0% done.")})

    @property
    def periode(self) -> Periode:
        return Periode(self.jaar, self.deel)


def _bewijs_pad(instance: Bewijs, filename: str) -> str:
    return f"monitoring/bewijs/{uuid.uuid4().hex}.{extensie(filename)}"


class Bewijs(models.Model):
    """Evidence for a progress update: an uploaded file or a link."""

    voortgang = models.ForeignKey(
        Voortgang, on_delete=models.CASCADE, related_name="bewijzen", verbose_name=_("update")
    )
    bestand = models.FileField(
        _("file"), upload_to=_bewijs_pad, blank=True, validators=[validate_bewijs]
    )
    bestandsnaam = models.CharField(_("file name"), max_length=255, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    omschrijving = models.CharField(_("description"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(bestand="") | ~models.Q(url=""), name="bewijs_bestand_of_url"
            )
        ]

    def __str__(self) -> str:
        return self.omschrijving or self.bestandsnaam or self.url

    def get_absolute_url(self) -> str:
        if self.bestand:
            return reverse("monitoring:bewijs", args=[self.pk])
        return self.url
