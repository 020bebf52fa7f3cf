"""The cycle on the municipality dashboard and in a user's task list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.urls import reverse

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.models import Organisatie
from woondriehoek.organisaties.services.lidmaatschap import gemeenten_van, organisatie_ids

from ..constants import IndieningStatus, JaarschijfStatus, TermijnStatus
from ..models import Besluit, Indiening, Jaarschijf
from .jaarschijf import indiening_status
from .termijnen import Termijn, termijnen_van

VOORUIT = dt.timedelta(days=60)


def _termijnen_rond(gemeente: Organisatie, today: dt.date) -> list[Termijn]:
    """Deadlines of last year, this year and (for the window) next year."""
    result = []
    for jaar in (today.year - 1, today.year, today.year + 1):
        result += termijnen_van(gemeente, jaar, today)
    return result


def _kalender_url(gemeente: Organisatie, jaar: int) -> str:
    return reverse("cyclus:kalender", args=[gemeente.slug]) + f"?jaar={jaar}"


def actuele_jaarschijf(gemeente: Organisatie, user) -> Jaarschijf | None:
    qs = Jaarschijf.objects.visible_to(user).of_gemeente(gemeente).select_related("document")
    return qs.exclude(status=JaarschijfStatus.VASTGESTELD).order_by("jaar").first() or qs.first()


def dashboard_context(gemeente: Organisatie, user, today: dt.date) -> dict:
    """Overdue and upcoming deadlines, the latest decisions and the jaarschijf submissions."""
    termijnen = _termijnen_rond(gemeente, today)
    jaarschijf = actuele_jaarschijf(gemeente, user)
    status = []
    if jaarschijf is not None:
        for row in indiening_status(jaarschijf, today):
            status.append(
                {
                    "organisatie": row.indiening.organisatie,
                    "ingediend": row.indiening.is_ingediend,
                    "ingediend_op": row.indiening.ingediend_op,
                    "te_laat": row.te_laat,
                    "aantal": row.aantal,
                }
            )
    besluiten = (
        Besluit.objects.visible_to(user)
        .filter(overleg__gemeente=gemeente)
        .select_related("overleg", "eigenaar")
        .prefetch_related("items")
        .order_by("-overleg__begin", "volgorde", "-pk")[:5]
    )
    return {
        "gemeente": gemeente,
        "today": today,
        "overdue": [t for t in termijnen if t.status == TermijnStatus.OVERDUE],
        "upcoming": [
            t
            for t in termijnen
            if t.status != TermijnStatus.DONE and today <= t.datum <= today + VOORUIT
        ],
        "recent_decisions": list(besluiten),
        "jaarschijf": jaarschijf,
        "jaarschijf_status": status,
        "kalender_url": _kalender_url(gemeente, today.year),
    }


@dataclass
class Taak:
    soort: str  # "termijn", "jaarschijf", "akkoord" or "besluit"
    titel: str
    datum: dt.date | None
    url: str
    gemeente: Organisatie | None
    organisatie: Organisatie | None
    te_laat: bool


def _termijn_taken(user, eigen: set[int], today: dt.date) -> list[Taak]:
    taken = []
    for gemeente in gemeenten_van(user):
        for t in _termijnen_rond(gemeente, today):
            if t.regel is None or t.status == TermijnStatus.DONE or t.datum > today + VOORUIT:
                continue
            for org in t.moeten_nog:
                if org.pk in eigen:
                    taken.append(
                        Taak(
                            "termijn",
                            t.naam,
                            t.datum,
                            _kalender_url(gemeente, t.jaar),
                            gemeente,
                            org,
                            t.status == TermijnStatus.OVERDUE,
                        )
                    )
    return taken


def _jaarschijf_taken(user, eigen: set[int], beheer: set[int], today: dt.date) -> list[Taak]:
    taken = []
    indieningen = Indiening.objects.filter(organisatie_id__in=eigen).select_related(
        "jaarschijf__document", "organisatie"
    )
    for ind in indieningen:
        js = ind.jaarschijf
        url = reverse("cyclus:indiening", args=[js.pk, ind.organisatie_id])
        if js.status == JaarschijfStatus.CONCEPT and ind.status == IndieningStatus.CONCEPT:
            taken.append(
                Taak(
                    "jaarschijf",
                    str(js),
                    js.indienen_voor,
                    url,
                    None,
                    ind.organisatie,
                    today > js.indienen_voor,
                )
            )
        elif (
            js.status == JaarschijfStatus.GEBUNDELD
            and ind.akkoord_op is None
            and ind.organisatie_id in beheer
        ):
            taken.append(
                Taak("akkoord", str(js), None, js.get_absolute_url(), None, ind.organisatie, False)
            )
    return taken


def _besluit_taken(eigen: set[int], today: dt.date) -> list[Taak]:
    besluiten = Besluit.objects.filter(eigenaar_id__in=eigen, afgerond_op__isnull=True)
    return [
        Taak(
            "besluit",
            str(b),
            b.deadline,
            b.get_absolute_url(),
            b.overleg.gemeente,
            b.eigenaar,
            bool(b.deadline and b.deadline < today),
        )
        for b in besluiten.select_related("overleg__gemeente", "eigenaar")
    ]


def tasks_for(user, today: dt.date) -> list[Taak]:
    """What the user's organisations must do: deadlines, jaarschijf drafts and adoptions,
    and open decisions they own. Only for roles that can act (beheerder, bewerker)."""
    eigen = organisatie_ids(user, Rol.BEHEERDER, Rol.BEWERKER)
    if not eigen:
        return []
    beheer = organisatie_ids(user, Rol.BEHEERDER)
    taken = (
        _termijn_taken(user, eigen, today)
        + _jaarschijf_taken(user, eigen, beheer, today)
        + _besluit_taken(eigen, today)
    )
    return sorted(taken, key=lambda t: (t.datum is None, t.datum or today, t.titel))
