from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .services.extractie import SUPPORTED
from .services.foutmeldingen import melding


class UploadForm(forms.Form):
    bestand = forms.FileField(
        label=_("Document"),
        help_text=_("PDF with a text layer, Word (.docx), Markdown or plain text."),
    )
    gemeente = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Organisatie.objects.filter(type=OrganisatieType.GEMEENTE),
        required=False,
    )
    gemeente_naam = forms.CharField(
        label=_("Or a new municipality"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the municipalities the document names."),
    )

    def clean_bestand(self):
        upload = self.cleaned_data["bestand"]
        limit = settings.WOONDRIEHOEK_UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                melding("bestand_te_groot", {"size_mb": upload.size / 1e6, "limit_mb": limit / 1e6})
            )
        if upload.size == 0:
            raise forms.ValidationError(melding("leeg_bestand"))
        if Path(upload.name).suffix.lower() not in SUPPORTED:
            raise forms.ValidationError(melding("formaat_niet_ondersteund"))
        return upload
