from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .document import Document


class Thema(models.Model):
    """A theme or sub-theme (chapter, paragraph) of a document; themes form a tree."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="themas", verbose_name=_("document")
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        verbose_name=_("part of"),
    )
    nummer = models.CharField(_("number"), max_length=20, blank=True)
    titel = models.CharField(_("title"), max_length=300)
    volgorde = models.PositiveIntegerField(_("order"), default=0)
    extern_id = models.CharField(_("external id"), max_length=40, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["volgorde", "pk"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self) -> str:
        return f"{self.nummer} {self.titel}".strip()

    def ancestors(self) -> list[Thema]:
        chain, node, seen = [], self.parent, {self.pk}
        while node is not None and node.pk not in seen:
            chain.append(node)
            seen.add(node.pk)
            node = node.parent
        return list(reversed(chain))

    def clean(self) -> None:
        if self.parent_id is None:
            return
        if self.parent.document_id != self.document_id:
            raise ValidationError({"parent": _("A sub-theme must belong to the same document.")})
        if self.pk and (self.parent_id == self.pk or self in self.parent.ancestors()):
            raise ValidationError({"parent": _("A theme cannot be part of itself.")})
