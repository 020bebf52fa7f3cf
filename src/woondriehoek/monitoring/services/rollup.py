"""Roll progress up to themes, parties and the agreement. Pure functions, no database.

Rule (see docs/monitoring.md):
- an item counts with its weight (Item.gewicht); cancelled items (vervallen) and items with a
  weight of 0 or less are left out of the percentage;
- an item without any update counts as 0%, status niet gestart;
- the roll-up of a node is the weighted mean of the percentages of all items below it, so a
  parent theme shows the roll-up of its children (weighted by their total weight);
- traffic light from the "attention score": the share of the counted weight that is at risk or
  not started, with delayed items counting double. Red at 50% or more (so a quarter delayed, or
  half at risk, is red); orange at 20% or more, or when any item is delayed; green otherwise;
  grey when nothing is counted. Because the score of a parent is the weighted mean of its
  children's scores, a parent's light always lies between its children's lights.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from ..constants import ORANJE_ZORG, ROOD_ZORG, Stoplicht, VoortgangStatus

ZORG_GEWICHT = {
    VoortgangStatus.VERTRAAGD: 2,
    VoortgangStatus.RISICO: 1,
    VoortgangStatus.NIET_GESTART: 1,
}


@dataclass(frozen=True)
class Meting:
    """What one item contributes: its current percentage and status, and its weight."""

    percentage: Decimal
    status: str
    gewicht: Decimal = Decimal(1)
    bijgewerkt: bool = True

    @classmethod
    def leeg(cls, gewicht: Decimal = Decimal(1)) -> Meting:
        """An item without any update: 0%, not started."""
        return cls(Decimal(0), VoortgangStatus.NIET_GESTART, Decimal(gewicht), False)

    @property
    def telt(self) -> bool:
        return self.status != VoortgangStatus.VERVALLEN and self.gewicht > 0


@dataclass
class Rollup:
    percentage: Decimal | None
    stoplicht: str
    aantal: int = 0
    gewicht: Decimal = Decimal(0)
    zonder_update: int = 0
    vervallen: int = 0
    per_status: dict[str, int] = field(default_factory=dict)

    @property
    def stoplicht_label(self) -> str:
        return str(Stoplicht(self.stoplicht).label)

    @property
    def status_counts(self) -> list[tuple[str, str, int]]:
        return [
            (s.value, str(s.label), self.per_status[s.value])
            for s in VoortgangStatus
            if self.per_status.get(s.value)
        ]


def zorgscore(metingen: Iterable[Meting]) -> Decimal | None:
    """Share of the counted weight that needs attention, delayed items counting double."""
    counted = [m for m in metingen if m.telt]
    total = sum((m.gewicht for m in counted), Decimal(0))
    if not total:
        return None
    zorg = sum((m.gewicht * ZORG_GEWICHT.get(m.status, 0) for m in counted), Decimal(0))
    return zorg / total


def stoplicht(metingen: Iterable[Meting]) -> str:
    metingen = list(metingen)
    score = zorgscore(metingen)
    if score is None:
        return Stoplicht.GRIJS
    if score >= ROOD_ZORG:
        return Stoplicht.ROOD
    delayed = any(m.telt and m.status == VoortgangStatus.VERTRAAGD for m in metingen)
    if delayed or score >= ORANJE_ZORG:
        return Stoplicht.ORANJE
    return Stoplicht.GROEN


def rollup(metingen: Iterable[Meting]) -> Rollup:
    metingen = list(metingen)
    counted = [m for m in metingen if m.telt]
    total = sum((m.gewicht for m in counted), Decimal(0))
    percentage = (
        sum((Decimal(m.percentage) * m.gewicht for m in counted), Decimal(0)) / total
        if total
        else None
    )
    return Rollup(
        percentage=percentage,
        stoplicht=stoplicht(metingen),
        aantal=len(counted),
        gewicht=total,
        zonder_update=sum(1 for m in metingen if not m.bijgewerkt),
        vervallen=sum(1 for m in metingen if m.status == VoortgangStatus.VERVALLEN),
        per_status=dict(Counter(m.status for m in metingen)),
    )


def subtree(node: Hashable, parents: Mapping[Hashable, Hashable | None]) -> set[Hashable]:
    """The node and every node below it; robust against cycles."""
    children: dict[Hashable, list[Hashable]] = defaultdict(list)
    for child, parent in parents.items():
        children[parent].append(child)
    seen, stack = set(), [node]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack.extend(children.get(current, []))
    return seen


def rollup_boom(
    parents: Mapping[Hashable, Hashable | None],
    metingen: Mapping[Hashable, list[Meting]],
) -> dict[Hashable, Rollup]:
    """Roll-up per node of a tree (parents maps node -> parent) over the items of the node
    and all its descendants."""
    return {
        node: rollup(m for n in subtree(node, parents) for m in metingen.get(n, []))
        for node in parents
    }


def rollup_per_partij(rows: Iterable[tuple[Iterable[Hashable], Meting]]) -> dict:
    """Roll-up per party over the items where the party is trekker."""
    grouped: dict[Hashable, list[Meting]] = defaultdict(list)
    for partijen, meting in rows:
        for partij in set(partijen):
            grouped[partij].append(meting)
    return {partij: rollup(ms) for partij, ms in grouped.items()}
