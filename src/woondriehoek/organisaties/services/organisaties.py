"""Finding organisations by the names documents use for them."""

from __future__ import annotations

from django.db.models import Q

from woondriehoek.core.text import fold

from ..constants import OrganisatieType
from ..models import Organisatie


def _short(name: str) -> str:
    name = " ".join(name.split())
    return name[len("gemeente ") :] if name.lower().startswith("gemeente ") else name


def find_gemeente(name: str) -> Organisatie | None:
    short = _short(name)
    return (
        Organisatie.objects.filter(type=OrganisatieType.GEMEENTE)
        .filter(Q(naam__iexact=f"Gemeente {short}") | Q(naam__iexact=short))
        .first()
    )


def find_or_create_gemeente(name: str, cbs_codes: dict[str, str] | None = None) -> Organisatie:
    found = find_gemeente(name)
    if found:
        return found
    short = _short(name)
    code = ""
    for key, value in (cbs_codes or {}).items():
        if _short(key).lower() == short.lower():
            code = value
    return Organisatie.objects.create(
        naam=f"Gemeente {short}", type=OrganisatieType.GEMEENTE, cbs_code=code
    )


def find_organisatie(name: str, type_: str | None = None, aliases=()) -> Organisatie | None:
    """Match on the exact name first, then on a known alias, accent- and case-insensitively."""
    qs = Organisatie.objects.all()
    if type_:
        qs = qs.filter(type=type_)
    exact = qs.filter(naam__iexact=name.strip()).first()
    if exact:
        return exact
    # The document's name matches a known name or alias; or one of the document's aliases is
    # a known organisation's full name. Two aliases alone ("Bewonersraad") never match.
    wanted, own_aliases = fold(name), {fold(a) for a in aliases}
    for org in qs.only("pk", "naam", "aliases", "type"):
        known = {fold(a) for a in org.aliases or []}
        if wanted in known or fold(org.naam) in own_aliases:
            return org
    return None


def find_or_create(name: str, type_: str, aliases=(), cbs_code: str = "") -> Organisatie:
    if type_ == OrganisatieType.GEMEENTE:
        return find_or_create_gemeente(name, {name: cbs_code} if cbs_code else None)
    found = find_organisatie(name, type_, aliases)
    if found:
        merged = [a for a in aliases if a not in (found.aliases or [])]
        if merged:
            found.aliases = [*(found.aliases or []), *merged]
            found.save(update_fields=["aliases"])
        return found
    return Organisatie.objects.create(
        naam=" ".join(name.split())[:200], type=type_, aliases=list(aliases)
    )
