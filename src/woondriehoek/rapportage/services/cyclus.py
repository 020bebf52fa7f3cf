"""Monitoring report chapters from the cycle: deadlines met and missed, and the decisions of
the year's meetings."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from woondriehoek.cyclus.constants import TermijnStatus
from woondriehoek.cyclus.models import Overleg
from woondriehoek.cyclus.services.termijnen import Termijn, termijnen_van
from woondriehoek.organisaties.models import Organisatie

from . import opmaak
from .inhoud import Alinea, Sectie, Tabel


def oordeel(t: Termijn) -> str:
    """Met (on time or late), missed, or still open."""
    if t.status == TermijnStatus.DONE:
        gedaan = [timezone.localdate(a.afronding.gedaan_op) for a in t.actoren if a.afronding]
        if gedaan and max(gedaan) > t.datum:
            return _("met, late")
        return _("met")
    if t.status == TermijnStatus.OVERDUE:
        return _("missed")
    return _("open")


def _wie(t: Termijn) -> str:
    if not t.actoren:
        return opmaak.LEEG
    parts = []
    for a in t.actoren:
        mark = _("done") if a.gedaan else _("not done")
        parts.append(f"{a.organisatie.naam} ({mark})")
    return "; ".join(parts)


def termijnen(gemeente: Organisatie, jaar: int, today: dt.date) -> Sectie:
    s = Sectie(_("Deadlines met and missed"))
    rows = termijnen_van(gemeente, jaar, today)
    if not rows:
        return s.add(Alinea(_("No deadlines apply in %(year)s.") % {"year": jaar}))
    oordelen = [oordeel(t) for t in rows]
    s.add(
        Alinea(
            _("%(met)s of %(n)s deadlines met, %(missed)s missed, %(open)s still open.")
            % {
                "met": sum(1 for o in oordelen if o in (_("met"), _("met, late"))),
                "n": len(rows),
                "missed": oordelen.count(_("missed")),
                "open": oordelen.count(_("open")),
            },
            nadruk=True,
        ),
        Tabel(
            _("Deadlines in %(year)s") % {"year": jaar},
            [_("Deadline"), _("Date"), _("Who must act"), _("Result")],
            [
                [t.naam, opmaak.datum(t.datum), _wie(t), o]
                for t, o in zip(rows, oordelen, strict=True)
            ],
            breedtes=(35, 15, 35, 15),
        ),
    )
    return s


def _besluit_rij(b) -> list[str]:
    afspraken = ", ".join(i.nummer or str(i)[:40] for i in b.items.all())
    return [
        " ".join(b.tekst.split()),
        afspraken or opmaak.LEEG,
        str(b.eigenaar or opmaak.LEEG),
        opmaak.datum(b.deadline),
        opmaak.datum(b.afgerond_op) if b.afgerond_op else _("not yet"),
    ]


def besluiten(gemeente: Organisatie, jaar: int) -> Sectie:
    s = Sectie(_("Decisions of the meetings"))
    overleggen = (
        Overleg.objects.filter(gemeente=gemeente)
        .of_jaar(jaar)
        .select_related("voorzitter")
        .prefetch_related("besluiten__items", "besluiten__eigenaar")
        .order_by("begin")
    )
    if not overleggen:
        return s.add(Alinea(_("No meetings were held in %(year)s.") % {"year": jaar}))
    for o in overleggen:
        titel = f"{o.titel} — {opmaak.datum(timezone.localtime(o.begin))}"
        besluiten_ = sorted(o.besluiten.all(), key=lambda b: (b.volgorde, b.pk))
        if not besluiten_:
            s.add(Alinea(_("%(meeting)s: no decisions recorded.") % {"meeting": titel}))
            continue
        s.add(
            Tabel(
                f"{titel} ({o.get_soort_display()})",
                [_("Decision"), _("Agreements"), _("Owner"), _("Due"), _("Completed")],
                [_besluit_rij(b) for b in besluiten_],
                breedtes=(40, 15, 17, 14, 14),
            )
        )
    return s
