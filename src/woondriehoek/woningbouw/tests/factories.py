from __future__ import annotations

import factory

from woondriehoek.woningbouw.models import Project, ProjectOplevering


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    naam = factory.Sequence(lambda n: f"Project {n}")
    kern = "Druten"
    planstatus = "2A"


class OpleveringFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProjectOplevering

    project = factory.SubFactory(ProjectFactory)
    jaar = 2026
    sociale_huur = 10
