from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from woondriehoek.afspraken.constants import ItemSoort
from woondriehoek.afspraken.models import Document, Item
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .constants import DOCUMENT_PRESETS, PRESET_WONINGWET
from .models import Activiteit, Besluit, Cyclusregel, Jaarschijf, Overleg
from .services.termijnen import workspace_documenten

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def partijen_van(gemeente: Organisatie):
    return Organisatie.objects.filter(
        pk__in=[p.organisatie_id for d in workspace_documenten(gemeente) for p in d.partijen.all()]
        + [gemeente.pk]
    )


def documenten_van(gemeente: Organisatie):
    return Document.objects.filter(pk__in=[d.pk for d in workspace_documenten(gemeente)])


class CyclusregelForm(forms.ModelForm):
    partijtypes = forms.MultipleChoiceField(
        label=_("Party types that must act"),
        choices=OrganisatieType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Cyclusregel
        fields = [
            "naam",
            "code",
            "document",
            "bron",
            "soort",
            "dag",
            "maand",
            "eind_maand",
            "partijtypes",
            "organisaties",
            "herinnering_dagen",
            "jaar_van",
            "jaar_tot",
            "voorwaarde",
            "actief",
            "toelichting",
        ]

    def __init__(self, *args, gemeente: Organisatie, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.gemeente = gemeente
        self.fields["document"].queryset = documenten_van(gemeente)
        self.fields["organisaties"].queryset = partijen_van(gemeente)
        self.fields["organisaties"].widget = forms.CheckboxSelectMultiple(
            choices=self.fields["organisaties"].choices
        )
        self.fields["organisaties"].required = False


class PresetForm(forms.Form):
    preset = forms.ChoiceField(
        label=_("Preset"),
        choices=[
            (PRESET_WONINGWET, _("Woningwet (whole workspace)")),
            ("meerjarig-druten-stijl", _("Multi-year agreement (Druten style)")),
            ("jaarlijks", _("Annual agreement, evaluated next year")),
            ("halfjaarlijks", _("Half-yearly monitoring, jaarschijf in December")),
        ],
    )
    document = forms.ModelChoiceField(
        label=_("Agreement"), queryset=Document.objects.none(), required=False
    )

    def __init__(self, *args, gemeente: Organisatie, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = documenten_van(gemeente)

    def clean(self) -> dict:
        data = super().clean()
        preset, doc = data.get("preset"), data.get("document")
        if preset in DOCUMENT_PRESETS:
            if doc is None:
                raise forms.ValidationError(_("Choose the agreement to apply this preset to."))
            if not (doc.periode_start and doc.periode_eind):
                raise forms.ValidationError(_("The agreement has no first and last year."))
        return data


class OverlegForm(forms.ModelForm):
    class Meta:
        model = Overleg
        fields = [
            "titel",
            "soort",
            "begin",
            "eind",
            "locatie",
            "voorzitter",
            "agenda",
            "verslag",
            "start_onderhandelingen",
        ]
        widgets = {"begin": DATETIME, "eind": DATETIME}

    def __init__(self, *args, gemeente: Organisatie, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.gemeente = gemeente
        self.fields["voorzitter"].queryset = partijen_van(gemeente)
        for name in ("begin", "eind"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


class BesluitForm(forms.ModelForm):
    class Meta:
        model = Besluit
        fields = ["tekst", "items", "eigenaar", "deadline", "afgerond_op"]
        widgets = {"deadline": DATE, "afgerond_op": DATE}

    def __init__(self, *args, overleg: Overleg, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.overleg = overleg
        self.fields["items"].queryset = (
            Item.objects.visible_to(user)
            .filter(document__in=documenten_van(overleg.gemeente))
            .filter(soort__in=[ItemSoort.AFSPRAAK, ItemSoort.AMBITIE])
            .select_related("document")
            .order_by("document", "volgorde")
        )
        self.fields["items"].label_from_instance = lambda i: f"{i.document.periode_label} · {i}"
        self.fields["eigenaar"].queryset = partijen_van(overleg.gemeente)


class JaarschijfForm(forms.ModelForm):
    indienen_voor = forms.DateField(
        label=_("Parties submit by"),
        required=False,
        widget=DATE,
        help_text=_("Leave empty to use the agreement's schedule (activity overview)."),
    )

    class Meta:
        model = Jaarschijf
        fields = ["document", "jaar", "indienen_voor", "toelichting"]

    def __init__(self, *args, gemeente: Organisatie, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        docs = documenten_van(gemeente)
        meerjarig = [
            d.pk
            for d in docs
            if d.periode_start and d.periode_eind and d.periode_eind > d.periode_start
        ]
        self.fields["document"].queryset = Document.objects.filter(pk__in=meerjarig)

    def validate_unique(self) -> None:
        """Opening an existing jaarschijf simply opens it (see the view)."""


class ActiviteitForm(forms.ModelForm):
    class Meta:
        model = Activiteit
        fields = ["item", "wat", "nodig_van_anderen"]
        widgets = {
            "wat": forms.Textarea(attrs={"rows": 3}),
            "nodig_van_anderen": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, jaarschijf: Jaarschijf, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = jaarschijf.document.items.filter(
            soort__in=[ItemSoort.AFSPRAAK, ItemSoort.AMBITIE]
        )


ActiviteitFormSet = forms.modelformset_factory(
    Activiteit, form=ActiviteitForm, extra=2, can_delete=True
)
