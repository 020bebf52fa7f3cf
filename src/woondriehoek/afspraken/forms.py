from __future__ import annotations

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .constants import BetrokkenheidRol, ItemSoort
from .models import Betrokkenheid, Document, Doel, Item, Ondertekenaar, Partij, Thema


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = [
            "titel",
            "soort",
            "gemeenten",
            "status",
            "periode_start",
            "periode_eind",
            "ondertekend_op",
            "ondertekend_te",
            "toelichting",
            "vorige",
        ]
        widgets = {"ondertekend_op": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["gemeenten"].queryset = Organisatie.objects.filter(
            type=OrganisatieType.GEMEENTE
        )
        if self.instance.pk:
            self.fields["vorige"].queryset = Document.objects.exclude(pk=self.instance.pk)


PartijFormSet = inlineformset_factory(
    Document, Partij, fields=["organisatie", "aliases", "volgorde"], extra=1, can_delete=True
)
OndertekenaarFormSet = inlineformset_factory(
    Document,
    Ondertekenaar,
    fields=["naam", "functie", "organisatie", "volgorde"],
    extra=1,
    can_delete=True,
)


class ThemaForm(forms.ModelForm):
    class Meta:
        model = Thema
        fields = ["parent", "nummer", "titel", "volgorde"]

    def __init__(self, *args, document: Document, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.document = document
        qs = document.themas.all()
        if self.instance.pk:
            qs = qs.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = qs


class ItemForm(forms.ModelForm):
    class Meta:
        model = Item
        fields = [
            "soort",
            "thema",
            "nummer",
            "tekst",
            "uitvoering",
            "periode_start",
            "periode_eind",
            "verwijst_naar",
            "gewicht",
            "volgorde",
        ]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, document: Document, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.document = document
        self.fields["thema"].queryset = document.themas.all()
        others = document.items.filter(soort=ItemSoort.AFSPRAAK)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["verwijst_naar"].queryset = others


class BetrokkenheidForm(forms.ModelForm):
    class Meta:
        model = Betrokkenheid
        fields = ["rol", "organisatie", "tekst"]

    def __init__(self, *args, document: Document | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if document is not None:
            self.fields["organisatie"].queryset = Organisatie.objects.filter(
                partijschappen__document=document
            )
        self.fields["rol"].initial = BetrokkenheidRol.TREKKER

    def clean(self):
        data = super().clean()
        if not data.get("DELETE") and bool(data.get("organisatie")) == bool(
            (data.get("tekst") or "").strip()
        ):
            raise forms.ValidationError(_("Choose a party or type a name, not both."))
        return data


class BaseBetrokkenheidFormSet(forms.BaseInlineFormSet):
    def __init__(self, *args, document: Document | None = None, **kwargs) -> None:
        self.document = document
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "document": self.document}

    @property
    def empty_form(self):
        form = self.form(
            auto_id=self.auto_id,
            prefix=self.add_prefix("__prefix__"),
            empty_permitted=True,
            use_required_attribute=False,
            document=self.document,
        )
        self.add_fields(form, None)
        return form


BetrokkenheidFormSet = inlineformset_factory(
    Item,
    Betrokkenheid,
    form=BetrokkenheidForm,
    formset=BaseBetrokkenheidFormSet,
    extra=2,
    can_delete=True,
)
DoelFormSet = inlineformset_factory(
    Item,
    Doel,
    fields=["vergelijking", "waarde", "eenheid", "wat", "start_jaar", "eind_jaar"],
    extra=1,
    can_delete=True,
)


class ItemFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search text"), required=False, widget=forms.TextInput(attrs={"type": "search"})
    )
    organisatie = forms.ModelChoiceField(
        label=_("Party"),
        queryset=Organisatie.objects.none(),
        required=False,
        empty_label=_("All parties"),
    )
    rol = forms.ChoiceField(
        label=_("As"),
        required=False,
        choices=[("", _("lead or involved")), *BetrokkenheidRol.choices],
    )
    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Thema.objects.none(),
        required=False,
        empty_label=_("All themes"),
    )
    soort = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *ItemSoort.choices]
    )
    jaar = forms.IntegerField(label=_("Year"), required=False, min_value=1990, max_value=2100)
    op = forms.DateField(
        label=_("Register as it stood on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, document: Document, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.filter(
            partijschappen__document=document
        )
        self.fields["thema"].queryset = document.themas.all()
