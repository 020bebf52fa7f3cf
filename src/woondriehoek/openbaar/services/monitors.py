"""Monitor tables: planmonitor projects per delivery year and allocation-monitor results.

Both are internal to the workspace: an export holds them only when the user may read the
monitor (never for anonymous visitors).
"""

from __future__ import annotations

from woondriehoek.toewijzing.services.monitor import resultaten
from woondriehoek.woningbouw.constants import ONTTREKKINGEN, SEGMENTEN, is_hard
from woondriehoek.woningbouw.models import ProjectOplevering

from .bereik import Bereik
from .tabel import Tabel, kolommen

PROJECTEN = kolommen(
    "project_id:getal project kern corporatie initiatiefnemer woningtype planstatus "
    "hard:janee projectstatus jaar:getal "
    + " ".join(f"{k}:getal" for k in [*SEGMENTEN, *ONTTREKKINGEN])
)
TOEWIJZING = kolommen(
    "jaar:getal grenzen_jaar:getal corporatie gemeente verhuringen:getal "
    "passend_toewijzen:procent passend_norm:procent passend_voldoet:janee "
    "daeb_doelgroep:procent daeb_norm:procent daeb_regel daeb_voldoet:janee "
    "urgent:procent urgent_max:procent urgent_voldoet:janee loting:procent jongeren:procent "
    "statushouders:getal taakstelling:getal statushouders_voldoet:janee"
)


def projecten(bereik: Bereik) -> Tabel:
    tabel = Tabel("projecten", PROJECTEN)
    if not bereik.planmonitor:
        return tabel
    rows = (
        ProjectOplevering.objects.filter(project__gemeente=bereik.gemeente)
        .select_related("project__corporatie")
        .order_by("project__kern", "project__naam", "jaar")
    )
    for o in rows:
        p = o.project
        tabel.voeg_toe(
            project_id=p.pk,
            project=p.naam,
            kern=p.kern,
            corporatie=p.corporatie.naam if p.corporatie else "",
            initiatiefnemer=p.initiatiefnemer,
            woningtype=p.woningtype,
            planstatus=p.planstatus,
            hard=is_hard(p.planstatus),
            projectstatus=p.projectstatus,
            jaar=o.jaar,
            **{k: getattr(o, k) for k in [*SEGMENTEN, *ONTTREKKINGEN]},
        )
    return tabel


def _deel(groep: dict, sleutel: str) -> dict:
    return groep.get(sleutel) or {}


def toewijzing(bereik: Bereik) -> Tabel:
    tabel = Tabel("toewijzing", TOEWIJZING)
    if not bereik.toewijzing:
        return tabel
    for jaar in resultaten(bereik.gemeente):
        for g in jaar["groepen"]:
            passend, daeb = _deel(g, "passend_toewijzen"), _deel(g, "daeb_doelgroep")
            urgent, status = _deel(g, "urgent"), _deel(g, "statushouders")
            tabel.voeg_toe(
                jaar=jaar["jaar"],
                grenzen_jaar=jaar["grenzen_jaar"],
                corporatie=g["corporatie"],
                gemeente=g["gemeente"],
                verhuringen=g["verhuringen"],
                passend_toewijzen=passend.get("aandeel"),
                passend_norm=passend.get("norm"),
                passend_voldoet=passend.get("voldoet"),
                daeb_doelgroep=daeb.get("aandeel"),
                daeb_norm=daeb.get("norm"),
                daeb_regel=daeb.get("regel") or "",
                daeb_voldoet=daeb.get("voldoet"),
                urgent=urgent.get("aandeel"),
                urgent_max=urgent.get("max"),
                urgent_voldoet=urgent.get("voldoet"),
                loting=_deel(g, "loting").get("aandeel"),
                jongeren=_deel(g, "jongeren").get("aandeel"),
                statushouders=status.get("aantal"),
                taakstelling=status.get("taakstelling"),
                statushouders_voldoet=status.get("voldoet"),
            )
    return tabel
