"""From a target's overview to its chart (spec + SVG) and the data table under it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from ..constants import Interpretatie, Oordeel
from .charts import doel_spec, render_svg
from .doelen import DoelOverzicht


@dataclass
class Tabelrij:
    jaar: int
    per_organisatie: list[Decimal | None]
    gerealiseerd: Decimal | None
    waarde: Decimal | None
    pad: Decimal | None
    oordeel: str
    oordeel_label: str


@dataclass
class Grafiek:
    overzicht: DoelOverzicht
    spec: dict
    svg: SafeString
    rijen: list[Tabelrij]

    @property
    def interpretatie_label(self) -> str:
        return str(Interpretatie(self.overzicht.stand.interpretatie).label)

    @property
    def oordeel_label(self) -> str:
        return str(Oordeel(self.overzicht.stand.oordeel).label)

    @property
    def cumulatief(self) -> bool:
        return self.overzicht.stand.interpretatie == Interpretatie.CUMULATIEF


def balken(overzicht: DoelOverzicht) -> list[dict]:
    """Bars per (year, organisation): cumulative sums for a cumulative target."""
    doel = overzicht.doel
    rows = overzicht.realisaties
    if overzicht.stand.interpretatie != Interpretatie.CUMULATIEF:
        return [
            {
                "jaar": r.jaar,
                "organisatie": r.organisatie.naam if r.organisatie else "",
                "waarde": r.waarde,
            }
            for r in rows
        ]
    running: dict[str, Decimal] = defaultdict(Decimal)
    result = []
    for r in sorted(rows, key=lambda r: r.jaar):
        if doel.start_jaar and r.jaar < doel.start_jaar:
            continue
        name = r.organisatie.naam if r.organisatie else ""
        running[name] += r.waarde
        result.append({"jaar": r.jaar, "organisatie": name, "waarde": running[name]})
    return result


def tabel(overzicht: DoelOverzicht) -> list[Tabelrij]:
    figures = {
        (r.jaar, r.organisatie.naam if r.organisatie else ""): r.waarde
        for r in overzicht.realisaties
    }
    result = []
    for j in overzicht.stand.jaren:
        result.append(
            Tabelrij(
                jaar=j.jaar,
                per_organisatie=[figures.get((j.jaar, org)) for org in overzicht.organisaties],
                gerealiseerd=j.gerealiseerd,
                waarde=j.waarde,
                pad=j.pad,
                oordeel=j.oordeel,
                oordeel_label=str(Oordeel(j.oordeel).label),
            )
        )
    return result


def spec_voor(overzicht: DoelOverzicht) -> dict:
    doel = overzicht.doel
    stand = overzicht.stand
    cumulative = stand.interpretatie == Interpretatie.CUMULATIEF
    return doel_spec(
        titel=str(doel)[:90],
        beschrijving=_("Realisation per year against the target path: %(target)s")
        % {"target": doel},
        jaren=[j.jaar for j in stand.jaren],
        balken=balken(overzicht),
        pad=[{"jaar": j.jaar, "waarde": j.pad} for j in stand.jaren],
        gestapeld=overzicht.gestapeld,
        labels={
            "jaar": _("Year"),
            "waarde": _("Realised so far") if cumulative else _("Realised"),
            "organisatie": _("Organisation"),
            "pad": _("Target path"),
        },
    )


def grafiek(overzicht: DoelOverzicht) -> Grafiek:
    spec = spec_voor(overzicht)
    return Grafiek(overzicht, spec, mark_safe(render_svg(spec)), tabel(overzicht))
