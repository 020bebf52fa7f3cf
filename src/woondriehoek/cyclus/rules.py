"""Object permissions of the cycle (django-rules).

- Beheerders of the municipality coordinate its workspace: configure the schedule, plan
  meetings and record decisions, open and bundle jaarschijven.
- Beheerders and bewerkers of a party draft and submit their own activities and mark their
  own deadlines done; beheerders of a party adopt the bundled jaarschijf for their party.
- Members of the workspace's parties (lezers included) read meetings and jaarschijven.
- Functional administrators (staff) may do everything.
"""

from __future__ import annotations

import rules

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.services.lidmaatschap import (
    gemeenten_van,
    is_functioneel_beheerder,
    organisatie_ids,
)

from .constants import IndieningStatus, JaarschijfStatus


@rules.predicate
def is_staff(user) -> bool:
    return is_functioneel_beheerder(user)


@rules.predicate
def is_gemeente_beheerder(user, gemeente) -> bool:
    return gemeente is not None and gemeente.pk in organisatie_ids(user, Rol.BEHEERDER)


@rules.predicate
def is_werkruimte_lid(user, gemeente) -> bool:
    return gemeente is not None and gemeenten_van(user).filter(pk=gemeente.pk).exists()


@rules.predicate
def is_partij_bewerker(user, organisatie) -> bool:
    return organisatie is not None and organisatie.pk in organisatie_ids(
        user, Rol.BEHEERDER, Rol.BEWERKER
    )


@rules.predicate
def is_overleg_coordinator(user, overleg) -> bool:
    return overleg is not None and is_gemeente_beheerder(user, overleg.gemeente)


@rules.predicate
def is_overleg_lid(user, overleg) -> bool:
    return overleg is not None and is_werkruimte_lid(user, overleg.gemeente)


@rules.predicate
def is_jaarschijf_coordinator(user, jaarschijf) -> bool:
    if jaarschijf is None:
        return False
    orgs = organisatie_ids(user, Rol.BEHEERDER)
    return bool(orgs) and jaarschijf.document.gemeenten.filter(pk__in=orgs).exists()


@rules.predicate
def is_jaarschijf_concept(user, jaarschijf) -> bool:
    return jaarschijf is not None and jaarschijf.status == JaarschijfStatus.CONCEPT


@rules.predicate
def is_indiener(user, indiening) -> bool:
    return indiening is not None and is_partij_bewerker(user, indiening.organisatie)


@rules.predicate
def is_indiening_open(user, indiening) -> bool:
    return (
        indiening is not None
        and indiening.status == IndieningStatus.CONCEPT
        and indiening.jaarschijf.status == JaarschijfStatus.CONCEPT
    )


@rules.predicate
def is_indiening_ingediend(user, indiening) -> bool:
    return (
        indiening is not None
        and indiening.status == IndieningStatus.INGEDIEND
        and indiening.jaarschijf.status == JaarschijfStatus.CONCEPT
    )


@rules.predicate
def is_partij_beheerder(user, indiening) -> bool:
    return indiening is not None and indiening.organisatie_id in organisatie_ids(
        user, Rol.BEHEERDER
    )


@rules.predicate
def wacht_op_akkoord(user, indiening) -> bool:
    return (
        indiening is not None
        and indiening.akkoord_op is None
        and indiening.jaarschijf.status == JaarschijfStatus.GEBUNDELD
    )


can_coordinate = is_staff | is_gemeente_beheerder

rules.add_perm("cyclus.coordinate", can_coordinate)
rules.add_perm("cyclus.view_werkruimte", is_staff | is_werkruimte_lid)
rules.add_perm("cyclus.view_overleg", is_staff | is_overleg_lid)
rules.add_perm("cyclus.change_overleg", is_staff | is_overleg_coordinator)
rules.add_perm("cyclus.mark_done", is_staff | is_partij_bewerker)
rules.add_perm("cyclus.edit_indiening", (is_staff | is_indiener) & is_indiening_open)
rules.add_perm("cyclus.submit_indiening", (is_staff | is_indiener) & is_indiening_open)
rules.add_perm("cyclus.reopen_indiening", (is_staff | is_indiener) & is_indiening_ingediend)
rules.add_perm(
    "cyclus.bundle_jaarschijf", (is_staff | is_jaarschijf_coordinator) & is_jaarschijf_concept
)
rules.add_perm("cyclus.adopt_indiening", (is_staff | is_partij_beheerder) & wacht_op_akkoord)
