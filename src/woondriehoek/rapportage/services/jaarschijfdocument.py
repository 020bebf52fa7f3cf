"""The jaarschijf document of a year: per jaarschijf its submissions and each party's
bundled activities, and what changed against last year."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

from woondriehoek.cyclus.models import Activiteit, Jaarschijf
from woondriehoek.cyclus.services.jaarschijf import indiening_status, verschil_met_vorige
from woondriehoek.organisaties.models import Organisatie

from . import opmaak
from .inhoud import Alinea, Feiten, Opsomming, Rapportdocument, Sectie, Tabel
from .werkruimte import RapportFout, controleer_jaar


def _moment(value: dt.datetime | None) -> str:
    return opmaak.datum(timezone.localtime(value)) if value else opmaak.LEEG


def _afspraak(act: Activiteit) -> str:
    if act.item is None:
        return _("(no agreement)")
    return str(act.item)


def _indieningen(js: Jaarschijf, today: dt.date) -> Sectie:
    rows = []
    for r in indiening_status(js, today):
        ind = r.indiening
        status = ind.get_status_display()
        if r.te_laat or r.laat_ingediend:
            status = _("%(status)s (late)") % {"status": status}
        rows.append(
            [
                ind.organisatie.naam,
                status,
                _moment(ind.ingediend_op),
                str(r.aantal),
                _moment(ind.akkoord_op),
            ]
        )
    return Sectie(_("Submissions")).add(
        Tabel(
            _("Submissions per party"),
            [_("Party"), _("Status"), _("Submitted on"), _("Activities"), _("Adopted on")],
            rows,
            getallen=(3,),
        )
    )


def _per_partij(js: Jaarschijf) -> list[Sectie]:
    acts = js.activiteiten.select_related("organisatie", "item").order_by(
        "organisatie__naam", "volgorde", "pk"
    )
    groups: dict[Organisatie, list[Activiteit]] = {}
    for act in acts:
        groups.setdefault(act.organisatie, []).append(act)
    return [
        Sectie(_("Activities of %(party)s") % {"party": org.naam}).add(
            Tabel(
                _("Activities of %(party)s in %(year)s") % {"party": org.naam, "year": js.jaar},
                [_("Agreement"), _("What we do"), _("What we need from the others")],
                [
                    [_afspraak(a), " ".join(a.wat.split()), " ".join(a.nodig_van_anderen.split())]
                    for a in rows
                ],
                breedtes=(30, 40, 30),
            )
        )
        for org, rows in groups.items()
    ]


def _wat(naam: str, act: Activiteit) -> dict:
    return {"item": naam, "party": act.organisatie.naam, "what": " ".join(act.wat.split())}


def _wijzigingen(js: Jaarschijf) -> Sectie | None:
    verschillen = verschil_met_vorige(js)
    if not verschillen:
        return None
    punten = []
    for v in verschillen:
        naam = str(v.item) if v.item else _("(no agreement)")
        for a in v.toegevoegd:
            punten.append(_("%(item)s — added: %(party)s: %(what)s") % _wat(naam, a))
        for a in v.vervallen:
            punten.append(_("%(item)s — dropped: %(party)s: %(what)s") % _wat(naam, a))
        for _old, new in v.gewijzigd:
            punten.append(_("%(item)s — changed: %(party)s: %(what)s") % _wat(naam, new))
    return Sectie(_("Changes against last year")).add(Opsomming(punten))


def _hoofdstuk(js: Jaarschijf, today: dt.date) -> Sectie:
    hoofdstuk = Sectie(
        _("Jaarschijf %(year)s — %(document)s") % {"year": js.jaar, "document": js.document}
    )
    hoofdstuk.add(
        Feiten(
            [
                (_("Agreement"), js.document.titel),
                (_("Status"), js.get_status_display()),
                (_("Parties submit by"), opmaak.datum(js.indienen_voor)),
                (_("Bundled on"), _moment(js.gebundeld_op)),
                (_("Adopted on"), _moment(js.vastgesteld_op)),
            ]
        )
    )
    if js.toelichting:
        hoofdstuk.add(Alinea(js.toelichting))
    hoofdstuk.subsecties = [_indieningen(js, today), *_per_partij(js)]
    wijzigingen = _wijzigingen(js)
    if wijzigingen:
        hoofdstuk.subsecties.append(wijzigingen)
    return hoofdstuk


def jaarschijfdocument(gemeente: Organisatie, jaar: int, today: dt.date) -> Rapportdocument:
    controleer_jaar(jaar)
    schijven = list(
        Jaarschijf.objects.of_gemeente(gemeente).filter(jaar=jaar).select_related("document")
    )
    if not schijven:
        raise RapportFout(
            _("%(gemeente)s has no jaarschijf for %(year)s.")
            % {"gemeente": gemeente.korte_naam, "year": jaar}
        )
    rapport = Rapportdocument(
        titel=_("Jaarschijf %(year)s %(gemeente)s")
        % {"year": jaar, "gemeente": gemeente.korte_naam},
        ondertitel="; ".join(js.document.titel for js in schijven),
        gemeente=gemeente.naam,
        jaar=jaar,
        datum=opmaak.datum(today),
        kenmerken=[
            (_("Year"), str(jaar)),
            (_("Status"), ", ".join(js.get_status_display() for js in schijven)),
            (_("Generated on"), opmaak.datum(today)),
        ],
        voetregel=_("Jaarschijf %(year)s %(gemeente)s")
        % {"year": jaar, "gemeente": gemeente.korte_naam},
    )
    rapport.secties = [_hoofdstuk(js, today) for js in schijven]
    rapport.nummer()
    return rapport
