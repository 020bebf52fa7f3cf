"""Presets: agreement schedules as found in the seeds, turned into rules for a document.

Each preset is a function of the agreement's period (first and last year) returning rule
specs with their active years filled in. Texts are Dutch data, not UI strings.
"""

from __future__ import annotations

from collections.abc import Callable

from ..constants import (
    PRESET_HALFJAARLIJKS,
    PRESET_JAARLIJKS,
    PRESET_MEERJARIG,
    OverlegSoort,
    RegelBron,
    RegelSoort,
)
from .schema import RegelSpec
from .woningwet import ALLEN, CORPORATIE, GEMEENTE, HUURDERS


def _datum(code, naam, maand, dag, typen, van, tot, uitleg="", dagen=21) -> RegelSpec:
    return RegelSpec(
        code=code,
        naam=naam,
        maand=maand,
        dag=dag,
        partijtypes=tuple(typen),
        jaar_van=van,
        jaar_tot=tot,
        bron=RegelBron.AFSPRAAK,
        toelichting=uitleg,
        herinnering_dagen=dagen,
    )


def _periode(code, naam, maand, eind_maand, typen, van, tot, uitleg="", dagen=21) -> RegelSpec:
    return RegelSpec(
        code=code,
        naam=naam,
        maand=maand,
        eind_maand=eind_maand,
        soort=RegelSoort.PERIODE,
        partijtypes=tuple(typen),
        jaar_van=van,
        jaar_tot=tot,
        bron=RegelBron.AFSPRAAK,
        toelichting=uitleg,
        herinnering_dagen=dagen,
    )


def tussenjaar(start: int, eind: int) -> int:
    """The year of the mid-term evaluation: 2027 for 2025–2028."""
    return start + (eind - start + 1) // 2


def meerjarig(start: int, eind: int) -> list[RegelSpec]:
    """Druten 2025–2028 §6.2: monitoring and a jaarschijf every year, a mid-term evaluation."""
    midden = tussenjaar(start, eind)
    return [
        _datum("monitoring", "Monitoring en accenten", 4, 1, ALLEN, start, eind),
        _periode(
            "resultaten-uitvraag",
            "Uitvraag resultaten afgelopen jaar",
            12,
            12,
            (GEMEENTE,),
            start,
            eind,
        ),
        _datum(
            "resultaten",
            "Resultaten van het afgelopen jaar aangeleverd",
            3,
            1,
            (CORPORATIE, HUURDERS),
            start + 1,
            eind + 1,
        ),
        _datum(
            "activiteiten",
            "Activiteitenoverzicht per partij voor volgend jaar",
            7,
            1,
            ALLEN,
            start,
            eind - 1,
            "Iedere partij levert haar activiteiten voor de jaarschijf aan.",
        ),
        _datum("afstemming", "Gezamenlijke afstemming jaarschijf", 9, 1, ALLEN, start, eind - 1),
        _periode(
            "bundeling",
            "Gebundeld overzicht (jaarschijf) verzonden",
            11,
            11,
            (GEMEENTE,),
            start,
            eind - 1,
        ),
        _periode("tussenevaluatie", "Tussenevaluatie", 1, 6, ALLEN, midden, midden, dagen=60),
        _periode(
            "tussenevaluatie-bestuurlijk",
            "Bestuurlijk overleg over de tussenevaluatie",
            5,
            6,
            ALLEN,
            midden,
            midden,
            dagen=30,
        ),
    ]


def jaarlijks(start: int, eind: int) -> list[RegelSpec]:
    """An annual agreement (Druten 2021): evaluated the next year by 1 July."""
    return [
        _datum(
            "evaluatie",
            "Evaluatie van de afspraken van vorig jaar",
            7,
            1,
            ALLEN,
            start + 1,
            eind + 1,
            dagen=30,
        )
    ]


def halfjaarlijks(start: int, eind: int) -> list[RegelSpec]:
    """Half-yearly monitoring in June, a look back and the jaarschijf in December."""
    return [
        _periode("monitoring-juni", "Halfjaarlijkse monitoring", 6, 6, ALLEN, start, eind),
        _periode("terugblik", "Terugblik op het jaar", 12, 12, ALLEN, start, eind),
        _periode(
            "jaarschijf-december",
            "Jaarschijf voor volgend jaar vastgesteld",
            12,
            12,
            ALLEN,
            start,
            eind - 1,
        ),
    ]


PRESETS: dict[str, Callable[[int, int], list[RegelSpec]]] = {
    PRESET_MEERJARIG: meerjarig,
    PRESET_JAARLIJKS: jaarlijks,
    PRESET_HALFJAARLIJKS: halfjaarlijks,
}

OVERLEGSTRUCTUUR: list[tuple[str, int]] = [
    (OverlegSoort.AMBTELIJK_SMAL, 4),
    (OverlegSoort.BESTUURLIJK_SMAL, 2),
    (OverlegSoort.AMBTELIJK_BREED, 2),
    (OverlegSoort.BESTUURLIJK_BREED, 4),
    (OverlegSoort.INFORMATIEAVOND, 1),
]
