"""Object permissions of API tokens (django-rules).

- Every logged-in user creates and revokes their own personal tokens.
- A beheerder of an organisation creates and revokes that organisation's tokens.
- Functional administrators (staff) revoke any token.
"""

from __future__ import annotations

import rules

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)


@rules.predicate
def is_real_user(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "pk", None))


@rules.predicate
def owns_token(user, token) -> bool:
    return token is not None and token.user_id is not None and token.user_id == user.pk


@rules.predicate
def administers_token_organisation(user, token) -> bool:
    return (
        token is not None
        and token.organisatie_id is not None
        and token.organisatie_id in organisatie_ids(user, Rol.BEHEERDER)
    )


@rules.predicate
def administers_organisation(user, organisatie) -> bool:
    return organisatie is not None and organisatie.pk in organisatie_ids(user, Rol.BEHEERDER)


@rules.predicate
def is_staff(user) -> bool:
    return is_functioneel_beheerder(user)


rules.add_perm("api.add_personal_token", is_real_user)
rules.add_perm("api.add_organisation_token", is_real_user & (is_staff | administers_organisation))
rules.add_perm(
    "api.revoke_token", is_real_user & (owns_token | administers_token_organisation | is_staff)
)
