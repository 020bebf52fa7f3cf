"""API tokens: personal (acting as a user) or of an organisation (acting as its bewerker)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from woondriehoek.organisaties.models import Organisatie

from .query import ApiTokenQuerySet


class ApiToken(models.Model):
    """A bearer token for the API. Only the SHA-256 of the secret is stored."""

    naam = models.CharField(_("name"), max_length=100)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("user"),
        help_text=_("For a personal token: the user the token acts as."),
    )
    organisatie = models.ForeignKey(
        Organisatie,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("organisation"),
        help_text=_("For an organisation token: it acts as an editor of this organisation."),
    )
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    prefix = models.CharField(_("prefix"), max_length=16, editable=False)
    sleutel_hash = models.CharField(
        _("SHA-256 of the secret"), max_length=64, unique=True, editable=False
    )
    aangemaakt = models.DateTimeField(_("created"), auto_now_add=True)
    laatst_gebruikt = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    ingetrokken = models.DateTimeField(_("revoked"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["laatst_gebruikt"])

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-aangemaakt", "-pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        constraints = [
            models.CheckConstraint(
                condition=(Q(user__isnull=False) & Q(organisatie__isnull=True))
                | (Q(user__isnull=True) & Q(organisatie__isnull=False)),
                name="apitoken_persoon_of_organisatie",
            )
        ]

    def __str__(self) -> str:
        return f"{self.naam} ({self.prefix}…)"

    @property
    def is_organisatie_token(self) -> bool:
        return self.organisatie_id is not None

    @property
    def is_active(self) -> bool:
        return self.ingetrokken is None

    @property
    def eigenaar(self) -> str:
        return str(self.organisatie) if self.organisatie_id else str(self.user)


class DataVersion(models.Model):
    """One row: the version of the register's data, replaced after every committed write
    (services/dataversion.py). Cached API answers are keyed by it."""

    id = models.PositiveSmallIntegerField(primary_key=True)
    value = models.BigIntegerField()

    class Meta:
        db_table = "api_dataversion"
        verbose_name = _("data version")

    def __str__(self) -> str:
        return f"{self.value:x}"
