from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _


class StreefhuurForm(forms.Form):
    bestand = forms.FileField(
        label=_("Stock file (CSV or XLSX)"),
        help_text=_(
            "Columns: huur, max_huur, type, label, mutatiekans, verduurzaming_huurverhoging."
        ),
    )
    percentage = forms.DecimalField(
        label=_("Target rent as a percentage of the maximum reasonable rent"),
        min_value=Decimal("1"),
        max_value=Decimal("100"),
        initial=Decimal("72"),
        decimal_places=2,
    )
    vergelijk = forms.DecimalField(
        label=_("Compare with (%)"),
        required=False,
        min_value=Decimal("1"),
        max_value=Decimal("100"),
        initial=Decimal("67.5"),
        decimal_places=2,
    )
    jaar = forms.IntegerField(label=_("Year of the limits"), min_value=2000, max_value=2100)

    def __init__(self, *args, today: dt.date | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["jaar"].initial = (today or dt.date.today()).year

    def percentages(self) -> list[float]:
        out = [float(self.cleaned_data["percentage"])]
        if self.cleaned_data.get("vergelijk"):
            out.append(float(self.cleaned_data["vergelijk"]))
        return out
