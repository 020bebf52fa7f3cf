"""Response and request schemas of the API. Ids are database ids and stay stable."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from ninja import Field, Schema
from pydantic import AfterValidator

MAX_ID = 2_147_483_647


def _no_nul(value: str | None) -> str | None:
    if value is not None and "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Jaar = Annotated[int, Field(ge=1900, le=2200)]
Text = Annotated[str, Field(max_length=200), AfterValidator(_no_nul)]


class Error(Schema):
    detail: str = Field(..., description="What went wrong, in one sentence.")


class ValidationProblem(Schema):
    detail: str
    errors: list[dict[str, Any]] = Field(
        default_factory=list, description="One entry per invalid field (loc, msg, type)."
    )


class GemeenteOut(Schema):
    id: int
    naam: str
    korte_naam: str
    slug: str
    cbs_code: str | None = Field(None, description="CBS code, e.g. GM0225.")

    @staticmethod
    def resolve_cbs_code(obj) -> str | None:
        return obj.cbs_code or None


class OrganisatieOut(Schema):
    id: int
    naam: str
    type: str
    slug: str
    cbs_code: str | None = None
    website: str | None = None

    @staticmethod
    def resolve_cbs_code(obj) -> str | None:
        return obj.cbs_code or None

    @staticmethod
    def resolve_website(obj) -> str | None:
        return obj.website or None


class DocumentOut(Schema):
    id: int
    titel: str
    soort: str
    status: str
    periode_start: int | None
    periode_eind: int | None
    ondertekend_op: dt.date | None
    ondertekend_te: str
    gemeenten: list[int] = Field(..., description="Ids of the municipalities.")
    vorige: int | None = Field(None, description="Id of the document this one builds on.")
    aangemaakt: dt.datetime
    gewijzigd: dt.datetime

    @staticmethod
    def resolve_gemeenten(obj) -> list[int]:
        return sorted(g.pk for g in obj.gemeenten.all())

    @staticmethod
    def resolve_vorige(obj) -> int | None:
        return obj.vorige_id


class PartijOut(Schema):
    organisatie: int
    naam: str
    type: str
    code: str

    @staticmethod
    def resolve_organisatie(obj) -> int:
        return obj.organisatie_id

    @staticmethod
    def resolve_naam(obj) -> str:
        return obj.organisatie.naam

    @staticmethod
    def resolve_type(obj) -> str:
        return obj.organisatie.type


class OndertekenaarOut(Schema):
    naam: str
    functie: str
    organisatie: int | None

    @staticmethod
    def resolve_organisatie(obj) -> int | None:
        return obj.organisatie_id


class DocumentDetailOut(DocumentOut):
    toelichting: str
    partijen: list[PartijOut]
    ondertekenaars: list[OndertekenaarOut]

    @staticmethod
    def resolve_partijen(obj) -> list:
        return list(obj.partijen.all())

    @staticmethod
    def resolve_ondertekenaars(obj) -> list:
        return list(obj.ondertekenaars.all())


class ThemaOut(Schema):
    id: int
    document: int
    parent: int | None
    nummer: str
    titel: str
    volgorde: int

    @staticmethod
    def resolve_document(obj) -> int:
        return obj.document_id

    @staticmethod
    def resolve_parent(obj) -> int | None:
        return obj.parent_id


class DoelOut(Schema):
    id: int
    item: int
    waarde: float
    eenheid: str
    wat: str
    vergelijking: str = Field(..., description="One of =, >=, <=, ~.")
    start_jaar: int | None
    eind_jaar: int | None

    @staticmethod
    def resolve_item(obj) -> int:
        return obj.item_id


class BetrokkeneOut(Schema):
    organisatie: int | None = Field(None, description="Id of the party, or null for free text.")
    naam: str

    @staticmethod
    def resolve_organisatie(obj) -> int | None:
        return obj.organisatie_id

    @staticmethod
    def resolve_naam(obj) -> str:
        return obj.tekst or obj.organisatie.naam


class ItemOut(Schema):
    id: int
    document: int
    thema: int | None
    soort: str
    nummer: str
    tekst: str
    uitvoering: str
    periode_start: int | None
    periode_eind: int | None
    verwijst_naar: int | None
    gewicht: float
    trekkers: list[BetrokkeneOut]
    betrokkenen: list[BetrokkeneOut]
    doelen: list[DoelOut]

    @staticmethod
    def resolve_document(obj) -> int:
        return obj.document_id

    @staticmethod
    def resolve_thema(obj) -> int | None:
        return obj.thema_id

    @staticmethod
    def resolve_verwijst_naar(obj) -> int | None:
        return obj.verwijst_naar_id

    @staticmethod
    def resolve_doelen(obj) -> list:
        return list(obj.doelen.all())
