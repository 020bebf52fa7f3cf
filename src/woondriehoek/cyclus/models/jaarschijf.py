"""The jaarschijf: each party's activities for next year, bundled and adopted together."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.afspraken.models import Document, Item
from woondriehoek.organisaties.models import Organisatie

from ..constants import IndieningStatus, JaarschijfStatus
from ..query import JaarschijfQuerySet


class Jaarschijf(models.Model):
    """The yearly work-out of a multi-year agreement."""

    document = models.ForeignKey(
        Document,
        on_delete=models.CASCADE,
        related_name="cyclus_jaarschijven",
        verbose_name=_("multi-year agreement"),
    )
    jaar = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(
        _("status"), max_length=20, choices=JaarschijfStatus.choices, default="concept"
    )
    indienen_voor = models.DateField(_("parties submit by"))
    gebundeld_op = models.DateTimeField(_("bundled on"), null=True, blank=True)
    vastgesteld_op = models.DateTimeField(_("adopted on"), null=True, blank=True)
    toelichting = models.TextField(_("introduction"), blank=True)
    history = HistoricalRecords()

    objects = JaarschijfQuerySet.as_manager()

    class Meta:
        ordering = ["-jaar", "pk"]
        verbose_name = _("jaarschijf")
        verbose_name_plural = _("jaarschijven")
        constraints = [
            models.UniqueConstraint(fields=["document", "jaar"], name="uniek_jaarschijf")
        ]

    def __str__(self) -> str:
        return f"Jaarschijf {self.jaar} – {self.document}"

    def get_absolute_url(self) -> str:
        return reverse("cyclus:jaarschijf", args=[self.pk])

    def clean(self) -> None:
        doc = self.document if self.document_id else None
        if (
            doc
            and doc.periode_start
            and doc.periode_eind
            and not (doc.periode_start <= self.jaar <= doc.periode_eind)
        ):
            raise ValidationError({"jaar": _("The year lies outside the period of the agreement.")})


class Indiening(models.Model):
    """One party's submission to a jaarschijf, and its adoption of the bundle."""

    jaarschijf = models.ForeignKey(
        Jaarschijf,
        on_delete=models.CASCADE,
        related_name="indieningen",
        verbose_name=_("jaarschijf"),
    )
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="+", verbose_name=_("party")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=IndieningStatus.choices, default="concept"
    )
    ingediend_op = models.DateTimeField(_("submitted on"), null=True, blank=True)
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    akkoord_op = models.DateTimeField(_("adopted on"), null=True, blank=True)
    akkoord_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("adopted by"),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["jaarschijf", "organisatie__naam"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        constraints = [
            models.UniqueConstraint(fields=["jaarschijf", "organisatie"], name="uniek_indiening")
        ]

    def __str__(self) -> str:
        return f"{self.jaarschijf} – {self.organisatie}"

    @property
    def is_ingediend(self) -> bool:
        return self.status == IndieningStatus.INGEDIEND


class Activiteit(models.Model):
    """What a party will do next year, what it needs from the others, and what it serves."""

    jaarschijf = models.ForeignKey(
        Jaarschijf,
        on_delete=models.CASCADE,
        related_name="activiteiten",
        verbose_name=_("jaarschijf"),
    )
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="+", verbose_name=_("party")
    )
    item = models.ForeignKey(
        Item,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cyclus_activiteiten",
        verbose_name=_("serves agreement or ambition"),
    )
    wat = models.TextField(_("what we do"))
    nodig_van_anderen = models.TextField(_("what we need from the other parties"), blank=True)
    volgorde = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self) -> str:
        return self.wat[:80]

    def clean(self) -> None:
        if (
            self.item_id
            and self.jaarschijf_id
            and self.item.document_id != self.jaarschijf.document_id
        ):
            raise ValidationError({"item": _("The agreement belongs to another document.")})
