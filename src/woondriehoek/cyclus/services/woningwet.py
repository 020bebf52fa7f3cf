"""The legal cycle of the Woningwet (art. 42–44), as pure rules.

- Before 1 July every corporation sends its bid (bod) to the municipality and the tenant
  organisations and invites them to tripartite talks.
- Agreements are made before 15 December, sent with the corporation's annual accounts
  (jaarstukken, due 1 July of the next year) and published.
- Without agreement six months after the talks started, a party may put the dispute to the
  minister within four weeks.
- A multi-year agreement replaces the yearly bid, except in its last year, and is worked out
  in a yearly jaarschijf.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dateutil.relativedelta import relativedelta

from woondriehoek.organisaties.constants import OrganisatieType

from ..constants import RegelBron, Voorwaarde
from .schema import RegelSpec
from .werkdagen import volgende_werkdag

Periode = tuple[int, int]

GESCHIL_NA = relativedelta(months=6)
GESCHIL_BINNEN = dt.timedelta(weeks=4)


def meerjarige(perioden: Iterable[Periode]) -> list[Periode]:
    return [(start, eind) for start, eind in perioden if start and eind and eind > start]


def lopend_meerjarig(jaar: int, perioden: Iterable[Periode]) -> bool:
    """True when a multi-year agreement runs in this year and continues into the next."""
    return any(start <= jaar < eind for start, eind in meerjarige(perioden))


def bod_vereist(jaar: int, perioden: Iterable[Periode]) -> bool:
    """A bid is due this year unless a multi-year agreement covers next year too;
    in the last year of a multi-year agreement a bid is due again."""
    return not lopend_meerjarig(jaar, perioden)


def jaarschijf_vereist(jaar: int, perioden: Iterable[Periode]) -> bool:
    """In the years a multi-year agreement replaces the bid, next year's jaarschijf is due."""
    return lopend_meerjarig(jaar, perioden)


def voorwaarde_geldt(voorwaarde: str, jaar: int, perioden: Iterable[Periode]) -> bool:
    if voorwaarde == Voorwaarde.BODJAAR:
        return bod_vereist(jaar, perioden)
    if voorwaarde == Voorwaarde.JAARSCHIJFJAAR:
        return jaarschijf_vereist(jaar, perioden)
    return True


def geschil_venster(start_overleg: dt.date) -> tuple[dt.date, dt.date]:
    """(opens, last day) of the window to put a dispute to the minister: it opens six months
    after the talks started and closes four weeks later (moved to a working day)."""
    opent = start_overleg + GESCHIL_NA
    return opent, volgende_werkdag(opent + GESCHIL_BINNEN)


GEMEENTE = OrganisatieType.GEMEENTE.value
CORPORATIE = OrganisatieType.CORPORATIE.value
HUURDERS = OrganisatieType.HUURDERSORGANISATIE.value
CORP = (CORPORATIE,)
ALLEN = (GEMEENTE, CORPORATIE, HUURDERS)


def _wet(code: str, naam: str, maand: int, dag: int, partijtypes, voorwaarde="", uitleg=""):
    return RegelSpec(
        code=code,
        naam=naam,
        maand=maand,
        dag=dag,
        partijtypes=tuple(partijtypes),
        voorwaarde=voorwaarde,
        bron=RegelBron.WET,
        toelichting=uitleg,
        herinnering_dagen=30,
    )


def regels() -> list[RegelSpec]:
    """The Woningwet deadlines of one workspace (Dutch texts: they are data, not UI)."""
    return [
        _wet(
            "ww-bod",
            "Bod naar gemeente en huurdersorganisaties",
            7,
            1,
            CORP,
            Voorwaarde.BODJAAR,
            "Overzicht van de voorgenomen werkzaamheden (vijfjaarsperspectief), vóór 1 juli.",
        ),
        _wet(
            "ww-uitnodiging",
            "Uitnodiging voor het driepartijenoverleg",
            7,
            1,
            CORP,
            Voorwaarde.BODJAAR,
            "Met het bod nodigt de corporatie gemeente en huurders uit voor overleg.",
        ),
        _wet(
            "ww-afspraken",
            "Prestatieafspraken voor volgend jaar gemaakt",
            12,
            15,
            ALLEN,
            Voorwaarde.BODJAAR,
            "Afspraken vóór 15 december; daarna binnen zes maanden geschil mogelijk.",
        ),
        _wet(
            "ww-jaarschijf",
            "Jaarschijf voor volgend jaar vastgesteld",
            12,
            15,
            ALLEN,
            Voorwaarde.JAARSCHIJFJAAR,
            "Meerjarige afspraken vervangen het bod en worden jaarlijks uitgewerkt.",
        ),
        _wet(
            "ww-jaarstukken",
            "Afspraken van vorig jaar meegezonden met de jaarstukken",
            7,
            1,
            CORP,
            uitleg="De corporatie zendt de afspraken mee met haar jaarstukken.",
        ),
        _wet(
            "ww-publicatie",
            "Afspraken van vorig jaar openbaar gemaakt",
            7,
            1,
            (GEMEENTE, CORPORATIE),
            uitleg="De gemaakte afspraken zijn openbaar (website en jaarverslag).",
        ),
    ]
