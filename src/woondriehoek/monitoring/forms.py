from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from woondriehoek.afspraken.models import Doel, Item

from .constants import BEWIJS_EXTENSIES, DEFAULT_PERCENTAGE, VoortgangStatus
from .services.periode import Periode, keuzes
from .validators import validate_bewijs


class PeriodeField(forms.TypedChoiceField):
    def __init__(self, perioden: list[Periode], **kwargs) -> None:
        super().__init__(
            choices=[(p.code, p.label) for p in perioden],
            coerce=Periode.parse,
            label=_("Period"),
            **kwargs,
        )


def _namens(organisaties) -> forms.ModelChoiceField:
    field = forms.ModelChoiceField(queryset=organisaties, label=_("On behalf of"), empty_label=None)
    return field


class VoortgangForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=VoortgangStatus.choices)
    percentage = forms.IntegerField(
        label=_("Percentage done"),
        min_value=0,
        max_value=100,
        required=False,
        help_text=_(
            "Leave empty to use the status' usual value: not started 0%, on schedule 50%, "
            "at risk 35%, delayed 20%, realised 100%."
        ),
    )
    toelichting = forms.CharField(
        label=_("Explanation"), widget=forms.Textarea(attrs={"rows": 4}), max_length=2000
    )
    bestand = forms.FileField(
        label=_("Evidence (file)"),
        required=False,
        validators=[validate_bewijs],
        help_text=_("PDF, Word, Excel, PNG, JPG or CSV, at most 10 MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(f".{e}" for e in BEWIJS_EXTENSIES)}
        ),
    )
    url = forms.URLField(label=_("Evidence (link)"), required=False, assume_scheme="https")
    omschrijving = forms.CharField(
        label=_("Description of the evidence"), required=False, max_length=200
    )

    def __init__(self, *args, item: Item, organisaties, today: dt.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        document = item.document
        perioden = keuzes(
            item.periode_start or document.periode_start, document.periode_eind, today
        )
        self.fields = {
            "periode": PeriodeField(perioden, initial=Periode.huidige(today).code),
            "organisatie": _namens(organisaties),
            **self.fields,
        }

    def clean(self) -> dict:
        data = super().clean()
        status, percentage = data.get("status"), data.get("percentage")
        if status and percentage is not None:
            if status == VoortgangStatus.GEREALISEERD and percentage != 100:
                self.add_error("percentage", _("A realised item is 100% done."))
            if status == VoortgangStatus.NIET_GESTART and percentage != 0:
                self.add_error("percentage", _("An item that has not started is 0% done."))
        if status and percentage is None:
            data["percentage"] = DEFAULT_PERCENTAGE[status]
        return data


class ReactieForm(forms.Form):
    tekst = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )

    def __init__(self, *args, organisaties, partijen, voortgangen, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisatie"] = _namens(organisaties)
        self.fields["gericht_aan"] = forms.ModelChoiceField(
            queryset=partijen, label=_("Addressed to"), required=False, empty_label=_("everyone")
        )
        self.fields["voortgang"] = forms.ModelChoiceField(
            queryset=voortgangen,
            label=_("About update"),
            required=False,
            empty_label=_("the item as a whole"),
        )


class ZienswijzeForm(forms.Form):
    tekst = forms.CharField(
        label=_("Our view"), widget=forms.Textarea(attrs={"rows": 4}), max_length=4000
    )

    def __init__(self, *args, item: Item, organisaties, today: dt.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        document = item.document
        perioden = keuzes(
            item.periode_start or document.periode_start, document.periode_eind, today
        )
        self.fields = {
            "periode": PeriodeField(perioden, initial=Periode.huidige(today).code),
            "organisatie": _namens(organisaties),
            **self.fields,
        }


class RealisatieForm(forms.Form):
    jaar = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100)
    waarde = forms.DecimalField(label=_("Realised value"), max_digits=14, decimal_places=2)
    bron = forms.CharField(label=_("Source"), required=False, max_length=300)
    toelichting = forms.CharField(
        label=_("Explanation"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, doel: Doel, organisaties, today: dt.date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["jaar"].initial = today.year - 1 if today.month < 4 else today.year
        self.fields["organisatie"] = forms.ModelChoiceField(
            queryset=organisaties,
            label=_("Organisation"),
            required=False,
            empty_label=_("all parties together"),
            help_text=_("For a figure per corporation, choose the corporation."),
        )
        order = ["jaar", "waarde", "organisatie", "bron", "toelichting"]
        self.fields = {name: self.fields[name] for name in order}
