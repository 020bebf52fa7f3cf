from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from ..constants import PUBLISHED_STATUSES, DocumentSoort, DocumentStatus
from ..query import DocumentQuerySet


def validate_period(start: int | None, end: int | None, field: str = "periode_eind") -> None:
    if start and end and end < start:
        raise ValidationError(
            {
                field: _("The period ends (%(end)s) before it starts (%(start)s).")
                % {"end": end, "start": start}
            }
        )


class Document(models.Model):
    """An agreement document: prestatieafspraken, jaarschijf, bod, kennisgeving, beleidsplan."""

    titel = models.CharField(_("title"), max_length=300)
    soort = models.CharField(
        _("kind"),
        max_length=30,
        choices=DocumentSoort.choices,
        default=DocumentSoort.PRESTATIEAFSPRAKEN,
    )
    gemeenten = models.ManyToManyField(
        Organisatie,
        related_name="documenten",
        verbose_name=_("municipalities"),
        limit_choices_to={"type": OrganisatieType.GEMEENTE},
    )
    status = models.CharField(
        _("status"), max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.CONCEPT
    )
    periode_start = models.PositiveSmallIntegerField(_("first year"), null=True, blank=True)
    periode_eind = models.PositiveSmallIntegerField(_("last year"), null=True, blank=True)
    ondertekend_op = models.DateField(_("signed on"), null=True, blank=True)
    ondertekend_te = models.CharField(_("signed at"), max_length=100, blank=True)
    toelichting = models.TextField(_("description"), blank=True)
    vorige = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="vervolgen",
        verbose_name=_("builds on"),
        help_text=_(
            "The document this one works out, e.g. the multi-year agreement of a jaarschijf."
        ),
    )
    bron_bestand = models.CharField(_("source file"), max_length=255, blank=True)
    bron_sha256 = models.CharField(_("source SHA-256"), max_length=64, blank=True, db_index=True)
    aangemaakt = models.DateTimeField(_("created"), auto_now_add=True)
    gewijzigd = models.DateTimeField(_("changed"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[gemeenten])

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-periode_start", "titel"]
        verbose_name = _("agreement document")
        verbose_name_plural = _("agreement documents")

    def __str__(self) -> str:
        return self.titel

    def get_absolute_url(self) -> str:
        return reverse("afspraken:document", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status in PUBLISHED_STATUSES

    @property
    def periode_label(self) -> str:
        if not self.periode_start:
            return ""
        if not self.periode_eind or self.periode_eind == self.periode_start:
            return str(self.periode_start)
        return f"{self.periode_start}–{self.periode_eind}"

    def clean(self) -> None:
        validate_period(self.periode_start, self.periode_eind)
        if (
            self.soort == DocumentSoort.PRESTATIEAFSPRAKEN
            and self.status == DocumentStatus.VASTGESTELD
            and not self.ondertekend_op
        ):
            raise ValidationError(
                {"ondertekend_op": _("An adopted agreement needs its signing date.")}
            )


class Partij(models.Model):
    """An organisation that is party to a document."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="partijen", verbose_name=_("document")
    )
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        related_name="partijschappen",
        verbose_name=_("organisation"),
    )
    code = models.CharField(
        _("code"), max_length=20, blank=True, help_text=_("Party id in Afspraken-JSON, e.g. p2.")
    )
    aliases = models.JSONField(
        _("aliases in this document"),
        default=list,
        blank=True,
        help_text=_("Names this document uses for the party, e.g. 'hierna te noemen: WSN'."),
    )
    volgorde = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [
            models.UniqueConstraint(fields=["document", "organisatie"], name="uniek_partij")
        ]

    def __str__(self) -> str:
        return str(self.organisatie)


class Ondertekenaar(models.Model):
    """A person who signed a document on behalf of a party."""

    document = models.ForeignKey(
        Document,
        on_delete=models.CASCADE,
        related_name="ondertekenaars",
        verbose_name=_("document"),
    )
    naam = models.CharField(_("name"), max_length=200)
    functie = models.CharField(_("role"), max_length=200, blank=True)
    organisatie = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ondertekeningen",
        verbose_name=_("on behalf of"),
    )
    volgorde = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self) -> str:
        return f"{self.naam} ({self.functie})" if self.functie else self.naam

    def clean(self) -> None:
        if (
            self.organisatie_id
            and self.document_id
            and not self.document.partijen.filter(organisatie_id=self.organisatie_id).exists()
        ):
            raise ValidationError(
                {
                    "organisatie": _("%(org)s is not a party to this agreement.")
                    % {"org": self.organisatie}
                }
            )
