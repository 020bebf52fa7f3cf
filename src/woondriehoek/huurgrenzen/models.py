"""Official rent and income limits per year, loaded from data/huurgrenzen.csv."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


def _bedrag(label: str, **kwargs) -> models.DecimalField:
    return models.DecimalField(label, max_digits=9, decimal_places=2, **kwargs)


def _optioneel(label: str) -> models.DecimalField:
    return _bedrag(label, null=True, blank=True)


class Huurgrens(models.Model):
    """The limits of one calendar year. Rents per month, incomes per year, in euro."""

    jaar = models.PositiveSmallIntegerField(_("year"), unique=True)
    kwaliteitskortingsgrens = _bedrag(_("quality discount limit"))
    aftoppingsgrens_laag = _bedrag(_("capping limit (1–2 persons)"))
    aftoppingsgrens_hoog = _bedrag(_("capping limit (3+ persons)"))
    liberalisatiegrens = _bedrag(_("liberalisation limit (DAEB rent limit)"))
    daeb_inkomensgrens_1p = _bedrag(_("DAEB income limit, single person"))
    daeb_inkomensgrens_mp = _bedrag(_("DAEB income limit, multi-person"))
    lage_middeninkomensgrens = _optioneel(_("lower middle income limit (before 2022)"))
    passend_toewijzen_1p = _optioneel(_("appropriate allocation limit, single person"))
    passend_toewijzen_mp = _optioneel(_("appropriate allocation limit, multi-person"))
    passend_toewijzen_1p_aow = _optioneel(
        _("appropriate allocation limit, single person of pension age")
    )
    passend_toewijzen_mp_aow = _optioneel(
        _("appropriate allocation limit, multi-person of pension age")
    )
    middenhuur_max = _optioneel(_("highest mid-market rent"))
    wws_sociaal_max = models.PositiveSmallIntegerField(
        _("highest WWS points social"), null=True, blank=True
    )
    wws_middenhuur_max = models.PositiveSmallIntegerField(
        _("highest WWS points mid-market"), null=True, blank=True
    )
    bron = models.TextField(_("source"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["-jaar"]
        verbose_name = _("rent and income limits")
        verbose_name_plural = _("rent and income limits")

    def __str__(self) -> str:
        return str(self.jaar)
