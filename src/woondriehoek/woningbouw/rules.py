"""Rights of the planmonitor (django-rules).

- Everyone who may read a workspace reads its planmonitor.
- Bewerkers and beheerders of the gemeente maintain every project of the workspace.
- Bewerkers and beheerders of a corporation that is party to the workspace's agreements add
  projects and maintain their own (project.corporatie is their organisation).
- Functional administrators may do everything.
"""

from __future__ import annotations

import rules

from woondriehoek.organisaties.constants import OrganisatieType, Rol
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import (
    gemeenten_van,
    is_functioneel_beheerder,
    organisatie_ids,
)


def schrijvende_orgs(user) -> set[int]:
    return organisatie_ids(user, Rol.BEHEERDER, Rol.BEWERKER)


def werkruimte_corporaties(gemeente) -> set[int]:
    """Corporations that are party to an agreement of the municipality."""
    return set(
        Organisatie.objects.filter(
            type=OrganisatieType.CORPORATIE, partijschappen__document__gemeenten=gemeente
        ).values_list("pk", flat=True)
    )


@rules.predicate
def is_staff(user) -> bool:
    return is_functioneel_beheerder(user)


@rules.predicate
def kan_werkruimte_lezen(user, gemeente) -> bool:
    if gemeente is None:
        return False
    return gemeenten_van(user).filter(pk=gemeente.pk).exists()


@rules.predicate
def is_gemeente_bewerker(user, gemeente) -> bool:
    return gemeente is not None and gemeente.pk in schrijvende_orgs(user)


@rules.predicate
def is_corporatie_bewerker_in(user, gemeente) -> bool:
    orgs = schrijvende_orgs(user)
    return gemeente is not None and bool(orgs & werkruimte_corporaties(gemeente))


@rules.predicate
def beheert_project(user, project) -> bool:
    if project is None:
        return False
    orgs = schrijvende_orgs(user)
    if project.gemeente_id in orgs:
        return True
    return project.corporatie_id in orgs and project.corporatie_id in werkruimte_corporaties(
        project.gemeente
    )


kan_lezen = is_staff | kan_werkruimte_lezen
kan_aanleveren = is_staff | is_gemeente_bewerker | is_corporatie_bewerker_in

rules.add_perm("woningbouw.view_planmonitor", kan_lezen)
rules.add_perm("woningbouw.add_project", kan_aanleveren)
rules.add_perm("woningbouw.change_project", is_staff | beheert_project)
