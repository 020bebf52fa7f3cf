from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.core.text import fold
from woondriehoek.organisaties.models import Organisatie

from ..constants import BetrokkenheidRol, ItemSoort, Vergelijking
from ..query import ItemQuerySet
from .document import Document, validate_period
from .thema import Thema


class Item(models.Model):
    """An afspraak, ambitie, voornemen or opgave of a document."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="items", verbose_name=_("document")
    )
    thema = models.ForeignKey(
        Thema,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="items",
        verbose_name=_("theme"),
    )
    soort = models.CharField(
        _("kind"), max_length=20, choices=ItemSoort.choices, default=ItemSoort.AFSPRAAK
    )
    nummer = models.CharField(_("number"), max_length=20, blank=True)
    tekst = models.TextField(_("text"))
    uitvoering = models.CharField(
        _("execution"),
        max_length=300,
        blank=True,
        help_text=_("The period column as written, e.g. '2025 - 2028' or 'Doorlopend'."),
    )
    periode_start = models.PositiveSmallIntegerField(_("first year"), null=True, blank=True)
    periode_eind = models.PositiveSmallIntegerField(_("last year"), null=True, blank=True)
    verwijst_naar = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="uitwerkingen",
        verbose_name=_("works out"),
        help_text=_("The afspraak this item works out ('Bij 1.')."),
    )
    gewicht = models.DecimalField(
        _("weight"),
        max_digits=6,
        decimal_places=2,
        default=1,
        help_text=_("Weight of this item when progress is rolled up."),
    )
    volgorde = models.PositiveIntegerField(_("order"), default=0)
    bron_regel = models.PositiveIntegerField(_("source line"), null=True, blank=True)
    bron_pagina = models.PositiveIntegerField(_("source page"), null=True, blank=True)
    extern_id = models.CharField(_("external id"), max_length=40, blank=True)
    zoektekst = models.TextField(editable=False, blank=True)
    history = HistoricalRecords(excluded_fields=["zoektekst"])

    objects = ItemQuerySet.as_manager()

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = _("item")
        verbose_name_plural = _("items")
        indexes = [models.Index(fields=["document", "soort"])]

    def __str__(self) -> str:
        head = self.tekst[:80] + ("…" if len(self.tekst) > 80 else "")
        return f"{self.nummer}. {head}" if self.nummer and self.nummer[-1:].isdigit() else head

    def save(self, *args, **kwargs) -> None:
        self.zoektekst = fold(" ".join([self.nummer, self.tekst, self.uitvoering]))
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("afspraken:item", args=[self.pk])

    @property
    def trekkers(self) -> list[Betrokkenheid]:
        return [b for b in self.betrokkenheden.all() if b.rol == BetrokkenheidRol.TREKKER]

    @property
    def betrokkenen(self) -> list[Betrokkenheid]:
        return [b for b in self.betrokkenheden.all() if b.rol == BetrokkenheidRol.BETROKKENE]

    def clean(self) -> None:
        validate_period(self.periode_start, self.periode_eind)
        if self.thema_id and self.thema.document_id != self.document_id:
            raise ValidationError({"thema": _("The theme belongs to another document.")})
        if self.verwijst_naar_id:
            if self.verwijst_naar_id == self.pk:
                raise ValidationError({"verwijst_naar": _("An item cannot work out itself.")})
            if self.verwijst_naar.document_id != self.document_id:
                raise ValidationError(
                    {"verwijst_naar": _("The item worked out belongs to another document.")}
                )


class Betrokkenheid(models.Model):
    """A trekker or betrokkene of an item: a party of the document, or free text."""

    item = models.ForeignKey(
        Item, on_delete=models.CASCADE, related_name="betrokkenheden", verbose_name=_("item")
    )
    rol = models.CharField(_("role"), max_length=20, choices=BetrokkenheidRol.choices)
    organisatie = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="betrokkenheden",
        verbose_name=_("party"),
    )
    tekst = models.CharField(
        _("other (free text)"),
        max_length=200,
        blank=True,
        help_text=_("For someone who is not a party, e.g. 'Sociaal Team'."),
    )
    volgorde = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["rol", "volgorde", "pk"]
        verbose_name = _("involvement")
        verbose_name_plural = _("involvements")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(organisatie__isnull=False) & models.Q(tekst=""))
                | (models.Q(organisatie__isnull=True) & ~models.Q(tekst="")),
                name="betrokkenheid_partij_of_tekst",
            )
        ]

    def __str__(self) -> str:
        return self.tekst or str(self.organisatie)

    @property
    def label(self) -> str:
        return str(self)

    def clean(self) -> None:
        if bool(self.organisatie_id) == bool(self.tekst.strip()):
            raise ValidationError(_("Choose a party or type a name, not both."))
        if (
            self.organisatie_id
            and self.item_id
            and not self.item.document.partijen.filter(organisatie_id=self.organisatie_id).exists()
        ):
            raise ValidationError(
                {
                    "organisatie": _(
                        "%(org)s is not a party to this agreement; add it as a party "
                        "first or type the name as free text."
                    )
                    % {"org": self.organisatie}
                }
            )


class Doel(models.Model):
    """A measurable target of an item: value, unit, what, by when."""

    item = models.ForeignKey(
        Item, on_delete=models.CASCADE, related_name="doelen", verbose_name=_("item")
    )
    waarde = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    eenheid = models.CharField(
        _("unit"), max_length=40, help_text=_("e.g. woningen, procent, euro, jaar, aantal, label")
    )
    wat = models.CharField(_("what"), max_length=300, blank=True)
    vergelijking = models.CharField(
        _("comparator"), max_length=2, choices=Vergelijking.choices, default=Vergelijking.GELIJK
    )
    start_jaar = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    eind_jaar = models.PositiveSmallIntegerField(_("by year"), null=True, blank=True)
    volgorde = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self) -> str:
        value = f"{self.waarde.normalize():f}" if self.waarde is not None else "?"
        when = f" ({self.periode_label})" if self.periode_label else ""
        return f"{self.get_vergelijking_display()} {value} {self.eenheid} {self.wat}{when}".strip()

    @property
    def periode_label(self) -> str:
        if self.start_jaar and self.eind_jaar:
            return f"{self.start_jaar}–{self.eind_jaar}"
        if self.eind_jaar:
            return _("by %(year)s") % {"year": self.eind_jaar}
        return str(self.start_jaar or "")

    def clean(self) -> None:
        validate_period(self.start_jaar, self.eind_jaar, "eind_jaar")
