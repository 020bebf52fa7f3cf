from __future__ import annotations

from django import forms
from django.forms import inlineformset_factory

from woondriehoek.organisaties.models import Organisatie

from .models import Project, ProjectOplevering


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = [
            "naam",
            "kern",
            "initiatiefnemer",
            "corporatie",
            "woningtype",
            "planstatus",
            "projectstatus",
            "toelichting",
        ]

    def __init__(self, *args, corporaties: set[int], vaste_corporatie: int | None, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["corporatie"]
        field.queryset = Organisatie.objects.filter(pk__in=corporaties)
        if vaste_corporatie is not None:
            field.queryset = Organisatie.objects.filter(pk=vaste_corporatie)
            field.required = True
            field.initial = vaste_corporatie


OpleveringFormSet = inlineformset_factory(
    Project,
    ProjectOplevering,
    fields=[
        "jaar",
        "sociale_huur",
        "middenhuur",
        "vrije_huur",
        "sociale_koop",
        "vrije_koop",
        "sloop",
        "verkoop",
        "overheveling",
    ],
    extra=2,
    can_delete=True,
)


def controleer_naam(form: ProjectForm) -> None:
    """Names are unique per municipality (the constraint includes a field not on the form)."""
    naam = form.cleaned_data.get("naam")
    inst = form.instance
    if (
        naam
        and Project.objects.filter(gemeente=inst.gemeente, naam=naam).exclude(pk=inst.pk).exists()
    ):
        from django.utils.translation import gettext as _

        form.add_error("naam", _("This municipality already has a project with this name."))
