from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)


class PersonalTokenForm(forms.Form):
    naam = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. 'Dashboard script'."),
    )


class OrganisationTokenForm(forms.Form):
    organisatie = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisatie.objects)
    naam = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. 'Import from our housing system'."),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, prefix="org", **kwargs)
        self.fields["organisatie"].queryset = administered_organisations(user)


def administered_organisations(user):
    if is_functioneel_beheerder(user):
        return Organisatie.objects.all()
    return Organisatie.objects.filter(pk__in=organisatie_ids(user, Rol.BEHEERDER))
