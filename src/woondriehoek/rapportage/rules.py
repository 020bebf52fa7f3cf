"""Rights of reports (django-rules).

- Whoever may read a workspace (members of the municipality or of a party to one of its
  agreements; functional administrators) sees its reports, requests new ones and downloads
  them. Reports hold internal information (drafts, meetings), so there is no public access.
"""

from __future__ import annotations

import rules

from woondriehoek.organisaties.services.lidmaatschap import (
    gemeenten_van,
    is_functioneel_beheerder,
)


@rules.predicate
def is_staff(user) -> bool:
    return is_functioneel_beheerder(user)


@rules.predicate
def leest_werkruimte(user, gemeente) -> bool:
    if gemeente is None:
        return False
    return gemeenten_van(user).filter(pk=gemeente.pk).exists()


@rules.predicate
def leest_rapport(user, rapport) -> bool:
    return rapport is not None and leest_werkruimte(user, rapport.gemeente)


kan_werkruimte_lezen = is_staff | leest_werkruimte

rules.add_perm("rapportage.view_rapporten", kan_werkruimte_lezen)
rules.add_perm("rapportage.add_rapport", kan_werkruimte_lezen)
rules.add_perm("rapportage.view_rapport", is_staff | leest_rapport)
