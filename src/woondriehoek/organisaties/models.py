from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .constants import OrganisatieType, Rol
from .query import LidmaatschapQuerySet


class Organisatie(models.Model):
    """A party of the woondriehoek: gemeente, corporatie, huurdersorganisatie or other."""

    naam = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True)
    type = models.CharField(_("type"), max_length=30, choices=OrganisatieType.choices)
    aliases = models.JSONField(
        _("aliases"),
        default=list,
        blank=True,
        help_text=_("Other names the documents use, e.g. an abbreviation."),
    )
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=6,
        blank=True,
        help_text=_("Municipality code of Statistics Netherlands, e.g. GM0225."),
    )
    website = models.URLField(_("website"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["naam"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.naam

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.korte_naam)[:200] or slugify(self.naam)[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        if self.is_gemeente:
            return reverse("afspraken:werkruimte", args=[self.slug])
        return reverse("organisaties:detail", args=[self.slug])

    @property
    def is_gemeente(self) -> bool:
        return self.type == OrganisatieType.GEMEENTE

    @property
    def korte_naam(self) -> str:
        """The name without the word 'Gemeente', as municipalities are listed."""
        if self.is_gemeente and self.naam.lower().startswith("gemeente "):
            return self.naam[len("gemeente ") :]
        return self.naam

    def clean(self) -> None:
        if self.cbs_code and not self.is_gemeente:
            raise ValidationError({"cbs_code": _("Only a municipality has a CBS code.")})
        if self.cbs_code and not (
            self.cbs_code.startswith("GM")
            and self.cbs_code[2:].isdigit()
            and len(self.cbs_code) == 6
        ):
            raise ValidationError({"cbs_code": _("A CBS code looks like GM0225.")})
        if not isinstance(self.aliases, list) or not all(isinstance(a, str) for a in self.aliases):
            raise ValidationError({"aliases": _("Aliases must be a list of names.")})


class Lidmaatschap(models.Model):
    """A user belongs to an organisation with a role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lidmaatschappen",
        verbose_name=_("user"),
    )
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="leden", verbose_name=_("organisation")
    )
    rol = models.CharField(_("role"), max_length=20, choices=Rol.choices, default=Rol.LEZER)
    history = HistoricalRecords()

    objects = LidmaatschapQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisatie"], name="uniek_lidmaatschap")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisatie} ({self.get_rol_display()})"
