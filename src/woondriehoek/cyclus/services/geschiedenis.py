"""History of meetings and jaarschijven, in the register's history format."""

from __future__ import annotations

from woondriehoek.afspraken.services.geschiedenis import Wijziging, describe_record, newest_first

from ..models import Activiteit, Besluit, Indiening, Jaarschijf, Overleg


def overleg_history(overleg: Overleg, limit: int = 100) -> list[Wijziging]:
    records = list(overleg.history.select_related("history_user"))
    records += list(
        Besluit.history.filter(overleg_id=overleg.pk).select_related("history_user")[:limit]
    )
    return newest_first([describe_record(r) for r in records])[:limit]


def jaarschijf_history(jaarschijf: Jaarschijf, limit: int = 200) -> list[Wijziging]:
    records = list(jaarschijf.history.select_related("history_user"))
    for model in (Indiening, Activiteit):
        records += list(
            model.history.filter(jaarschijf_id=jaarschijf.pk)
            .select_related("history_user")
            .order_by("-history_date")[:limit]
        )
    return newest_first([describe_record(r) for r in records])[:limit]
