from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie

from .extract import errors
from .services.extractie import SUPPORTED


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
            # the extractor's Dutch wording, so CLI and web say the same
            raise forms.ValidationError(
                f"Het bestand is {upload.size / 1e6:.1f} MB; de grens is {limit / 1e6:.1f} MB."
            )
        if upload.size == 0:
            raise forms.ValidationError(errors.EmptyDocumentError().message)
        if Path(upload.name).suffix.lower() not in SUPPORTED:
            raise forms.ValidationError(errors.UnsupportedFormatError().message)
        return upload
