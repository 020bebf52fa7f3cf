from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.afspraken.models import Item
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..constants import PeriodeDeel
from ..query import OverlegQuerySet
from ..services.periode import Periode
from .voortgang import Voortgang


class Reactie(models.Model):
    """A comment by a party on an item or on one of its progress updates."""

    item = models.ForeignKey(
        Item, on_delete=models.CASCADE, related_name="reacties", verbose_name=_("item")
    )
    voortgang = models.ForeignKey(
        Voortgang,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reacties",
        verbose_name=_("on update"),
    )
    tekst = models.TextField(_("comment"), max_length=2000)
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
    gericht_aan = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("addressed to"),
    )
    aangemaakt = models.DateTimeField(_("created"), auto_now_add=True)
    afgehandeld_op = models.DateTimeField(_("handled on"), null=True, blank=True)
    afgehandeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("handled by"),
    )
    history = HistoricalRecords()

    objects = OverlegQuerySet.as_manager()

    class Meta:
        ordering = ["aangemaakt", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.organisatie}: {self.tekst[:60]}"

    @property
    def is_open(self) -> bool:
        return self.afgehandeld_op is None


class Zienswijze(models.Model):
    """The view of a tenant organisation on an item for a period."""

    item = models.ForeignKey(
        Item, on_delete=models.CASCADE, related_name="zienswijzen", verbose_name=_("item")
    )
    jaar = models.PositiveSmallIntegerField(_("year"))
    deel = models.CharField(
        _("period"), max_length=4, choices=PeriodeDeel.choices, default=PeriodeDeel.H1
    )
    tekst = models.TextField(_("view"), max_length=4000)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("tenant organisation"),
        limit_choices_to={"type": OrganisatieType.HUURDERSORGANISATIE},
    )
    aangemaakt = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    objects = OverlegQuerySet.as_manager()

    class Meta:
        ordering = ["-jaar", "-aangemaakt", "-pk"]
        verbose_name = _("tenants' view")
        verbose_name_plural = _("tenants' views")

    def __str__(self) -> str:
        return f"{self.organisatie} ({self.periode})"

    @property
    def periode(self) -> Periode:
        return Periode(self.jaar, self.deel)
