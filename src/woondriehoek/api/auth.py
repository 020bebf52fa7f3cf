"""Bearer-token authentication for django-ninja."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from .services.tokens import ANONYMOUS, Principal, authenticate


class TokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`; required: without a valid token the answer is 401."""

    def authenticate(self, request: HttpRequest, token: str) -> Principal | None:
        principal = authenticate(token.strip())
        if principal is not None and principal.token.user_id is not None:
            # Personal tokens: the history of what they change records the person.
            request.user = principal.user
        return principal


class OptionalTokenAuth(TokenAuth):
    """Public endpoints: no header means anonymous; a header with a bad token means 401."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.headers.get(self.header):
            return ANONYMOUS
        return super().__call__(request)


def actor(request: HttpRequest):
    """The user (real, synthetic organisation member, or anonymous) the request acts as."""
    principal = getattr(request, "auth", None)
    return principal.user if isinstance(principal, Principal) else ANONYMOUS.user


token_required = TokenAuth()
token_optional = OptionalTokenAuth()


def author(request: HttpRequest):
    """The person to record as author: the user of a personal token; for an organisation
    token the beheerder who created it (accountable for it); else None."""
    principal = getattr(request, "auth", None)
    if not isinstance(principal, Principal) or principal.token is None:
        return None
    if principal.token.user_id:
        return principal.user
    return principal.token.aangemaakt_door
