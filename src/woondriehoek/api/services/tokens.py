"""Create, revoke and check API tokens. The secret is shown once; only its SHA-256 is kept.

A personal token acts as its user: it reads and writes exactly what that user may.
An organisation token acts as a synthetic member of its organisation with the role
bewerker: it reads what members of that organisation read and writes where a bewerker of
that organisation may write (e.g. progress of items the organisation leads). It is never
staff and never beheerder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Organisatie

from ..models import ApiToken

PREFIX = "wdh_"
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str


def _create(naam: str, **fields) -> NewToken:
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        naam=naam.strip(), prefix=secret[:12], sleutel_hash=hash_secret(secret), **fields
    )
    return NewToken(token=token, secret=secret)


def create_personal_token(user, naam: str) -> NewToken:
    return _create(naam, user=user, aangemaakt_door=user)


def create_organisation_token(organisatie: Organisatie, naam: str, created_by) -> NewToken:
    return _create(naam, organisatie=organisatie, aangemaakt_door=created_by)


def revoke(token: ApiToken, now: dt.datetime | None = None) -> ApiToken:
    if token.ingetrokken is None:
        token.ingetrokken = now or timezone.now()
        token.save(update_fields=["ingetrokken"])
    return token


class OrganisatieTokenUser(AnonymousUser):
    """The synthetic member an organisation token acts as: bewerker of one organisation.

    It carries its memberships in the cache that organisatie_ids() reads, so every rule and
    visible_to() queryset built on organisatie_ids()/gemeenten_van() treats it as a member.
    """

    is_active = True

    def __init__(self, token: ApiToken) -> None:
        self.token = token
        self.organisatie = token.organisatie
        self.username = f"token:{token.prefix}"
        self._woondriehoek_lidmaatschappen = [(token.organisatie_id, Rol.BEWERKER)]

    @property
    def is_anonymous(self) -> bool:
        return False

    @property
    def is_authenticated(self) -> bool:
        return True

    def __str__(self) -> str:
        return f"{self.organisatie} (API token {self.token.naam})"

    def __eq__(self, other) -> bool:
        return isinstance(other, OrganisatieTokenUser) and other.token.pk == self.token.pk

    def __hash__(self) -> int:
        return hash(("token", self.token.pk))


@dataclass(frozen=True)
class Principal:
    """Who an API request acts as."""

    user: object
    token: ApiToken | None = None

    @property
    def is_anonymous(self) -> bool:
        return self.token is None


ANONYMOUS = Principal(user=AnonymousUser())


def authenticate(secret: str, now: dt.datetime | None = None) -> Principal | None:
    """The principal of an active token with this secret, or None."""
    if not secret or not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    tokens = ApiToken.objects.active().select_related("user", "organisatie")
    try:  # get() on the unique hash: no ORDER BY to compile, unlike first()
        token = tokens.get(sleutel_hash=hash_secret(secret))
    except ApiToken.DoesNotExist:
        return None
    if token.user_id is not None:
        if not token.user.is_active:
            return None
        user = token.user
    else:
        user = OrganisatieTokenUser(token)
    _touch(token, now or timezone.now())
    return Principal(user=user, token=token)


def _touch(token: ApiToken, now: dt.datetime) -> None:
    """Record the last use, at most once a minute, without a history row."""
    if token.laatst_gebruikt is None or now - token.laatst_gebruikt >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(laatst_gebruikt=now)
        token.laatst_gebruikt = now
