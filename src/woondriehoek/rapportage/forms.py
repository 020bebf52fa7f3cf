from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import RapportFormaat, RapportSoort


def keuze_waarde(soort: str, formaat: str) -> str:
    return f"{soort}-{formaat}"


KEUZES = [
    (keuze_waarde(s, f), f"{s.label} ({f.label})") for s in RapportSoort for f in RapportFormaat
]


class AanvraagForm(forms.Form):
    """One request: a year, and the kind and format from the button that was pressed."""

    jaar = forms.TypedChoiceField(label=_("Year"), coerce=int)
    rapport = forms.ChoiceField(label=_("Report"), choices=KEUZES)

    def __init__(self, *args, jaren: list[int], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["jaar"].choices = [(j, str(j)) for j in jaren]

    @property
    def soort_formaat(self) -> tuple[str, str]:
        soort, formaat = self.cleaned_data["rapport"].split("-", 1)
        return soort, formaat
