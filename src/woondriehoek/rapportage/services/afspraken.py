"""Monitoring report chapters about the agreement itself: summary, parties, afspraken per
theme with their progress, and targets against realisations."""

from __future__ import annotations

from django.utils.translation import gettext as _

from woondriehoek.afspraken.constants import ItemSoort
from woondriehoek.afspraken.models import Document, Item
from woondriehoek.monitoring.constants import Interpretatie, Oordeel, VoortgangStatus
from woondriehoek.monitoring.services.dashboard import Monitor, ThemaRij
from woondriehoek.monitoring.services.doelen import DoelOverzicht
from woondriehoek.monitoring.services.grafiek import Tabelrij, spec_voor, tabel
from woondriehoek.monitoring.services.rollup import Rollup

from . import opmaak
from .inhoud import AfspraakRegel, Afsprakenlijst, Alinea, Feiten, Grafiek, Sectie, Tabel


def rollup_regel(r: Rollup) -> str:
    """'45% done · needs attention · 12 items measured'."""
    return _("%(pct)s done · %(light)s · %(n)s measured") % {
        "pct": opmaak.procent(r.percentage),
        "light": r.stoplicht_label,
        "n": r.aantal,
    }


def samenvatting(document: Document, m: Monitor) -> Sectie:
    s = Sectie(_("Summary"))
    s.add(
        Feiten(
            [
                (_("Agreement"), document.titel),
                (_("Period"), document.periode_label or opmaak.LEEG),
                (_("Status"), document.get_status_display()),
                (_("Progress up to"), m.periode.label),
                (_("Overall progress"), rollup_regel(m.totaal)),
            ]
        ),
        Alinea(
            _(
                "Each item counts with its weight and its newest update up to the end of the "
                "year; items never reported count as 0%, not started. Context items (opgave) "
                "and cancelled items are left out."
            )
        ),
    )
    counts = m.totaal.status_counts
    if counts:
        s.add(
            Tabel(
                _("Items per status"),
                [_("Status"), _("Items")],
                [[label, str(n)] for _code, label, n in counts],
                getallen=(1,),
            )
        )
    if m.partijen:
        s.add(
            Tabel(
                _("Progress per party (as lead)"),
                [_("Party"), _("State"), _("Done"), _("Items")],
                [
                    [
                        str(p.organisatie),
                        p.rollup.stoplicht_label,
                        opmaak.procent(p.rollup.percentage),
                        str(p.rollup.aantal),
                    ]
                    for p in m.partijen
                ],
                getallen=(2, 3),
            )
        )
    return s


def partijen(document: Document) -> Sectie:
    s = Sectie(_("Parties and signatories"))
    s.add(
        Tabel(
            _("Parties to the agreement"),
            [_("Party"), _("Type")],
            [
                [p.organisatie.naam, p.organisatie.get_type_display()]
                for p in document.partijen.all()
            ],
        )
    )
    signed = _("Signed on %(date)s") % {"date": opmaak.datum(document.ondertekend_op)}
    if document.ondertekend_te:
        signed += " " + _("in %(place)s") % {"place": document.ondertekend_te}
    s.add(Alinea(signed + "."))
    ondertekenaars = list(document.ondertekenaars.all())
    if ondertekenaars:
        s.add(
            Tabel(
                _("Signatories"),
                [_("Name"), _("Role"), _("On behalf of")],
                [[o.naam, o.functie, str(o.organisatie or "")] for o in ondertekenaars],
            )
        )
    return s


def _trekkers(item: Item) -> str:
    return ", ".join(b.label for b in item.trekkers) or opmaak.LEEG


def _status_en_toelichting(item: Item, m: Monitor, gemeten: set[int]) -> tuple[str, str, str]:
    if item.pk not in gemeten:
        return _("not measured (no lead)"), opmaak.LEEG, ""
    v = getattr(item, "huidige_voortgang", None)
    if v is None:
        return str(VoortgangStatus.NIET_GESTART.label), "0%", _("never reported")
    toelichting = v.toelichting
    if v.periode != m.periode:
        toelichting = (
            _("%(text)s (as of %(period)s)") % {"text": toelichting, "period": v.periode.label}
        ).strip()
    return v.get_status_display(), opmaak.procent(v.percentage), toelichting


def _item_tekst(item: Item, met_nummer: bool = False) -> str:
    tekst = " ".join(item.tekst.split())
    if met_nummer and item.nummer:
        tekst = f"{item.nummer}. {tekst}"
    if item.soort != ItemSoort.AFSPRAAK:
        tekst = f"[{item.get_soort_display()}] {tekst}"
    return tekst


def afsprakenlijst(bijschrift: str, items: list[Item], m: Monitor, gemeten: set[int]):
    regels = []
    for item in items:
        status, pct, toelichting = _status_en_toelichting(item, m, gemeten)
        toon = item.pk in gemeten or item.soort == ItemSoort.AFSPRAAK
        regels.append(
            AfspraakRegel(
                item.nummer, _item_tekst(item), _trekkers(item), status, pct, toelichting, toon
            )
        )
    return Afsprakenlijst(bijschrift, regels, label_trekker=_("Lead"))


def _hoofdthemas(rows: list[ThemaRij]) -> list[list[ThemaRij]]:
    """Theme rows grouped under their top-level theme (depth 0)."""
    groups: list[list[ThemaRij]] = []
    for row in rows:
        if row.diepte == 0 or not groups:
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


def per_thema(m: Monitor, items: list[Item]) -> Sectie:
    s = Sectie(_("Agreements per theme"))
    s.add(Alinea(_("Per theme: the progress of its agreements and each item's latest update.")))
    gemeten = {i.pk for i in m.items}
    by_thema: dict[int | None, list[Item]] = {}
    for item in items:
        by_thema.setdefault(item.thema_id, []).append(item)
    for group in _hoofdthemas(m.themas):
        head = group[0]
        titel = str(head.thema) if head.thema else _("No theme")
        sub = Sectie(titel, genummerd=head.thema is None or not head.thema.nummer)
        sub.add(Alinea(rollup_regel(head.rollup), nadruk=True))
        for row in group:
            key = row.thema.pk if row.thema else None
            if by_thema.get(key):
                caption = f"{row.thema or _('No theme')} — {rollup_regel(row.rollup)}"
                sub.add(afsprakenlijst(caption, by_thema[key], m, gemeten))
        s.subsecties.append(sub)
    return s


def _zonder_latere_lege_jaren(rijen: list[Tabelrij]) -> tuple[list[Tabelrij], list[Tabelrij]]:
    """The rows up to the last year with a realisation, and the years after it (the chart
    shows their target path; the data table would only say "no realisation yet")."""
    laatste = max((i for i, r in enumerate(rijen) if _heeft_data(r)), default=len(rijen) - 1)
    return rijen[: laatste + 1], rijen[laatste + 1 :]


def _heeft_data(rij: Tabelrij) -> bool:
    return rij.gerealiseerd is not None or any(v is not None for v in rij.per_organisatie)


def _nog_open(later: list[Tabelrij]) -> Alinea:
    jaren = str(later[0].jaar) if len(later) == 1 else f"{later[0].jaar}–{later[-1].jaar}"
    if later[-1].pad is None:
        return Alinea(_("No realisation yet for %(years)s.") % {"years": jaren})
    return Alinea(
        _("No realisation yet for %(years)s; the target path reaches %(value)s in %(year)s.")
        % {"years": jaren, "value": opmaak.getal(later[-1].pad, 2), "year": later[-1].jaar}
    )


def doel_sectie(o: DoelOverzicht) -> Sectie:
    grafiek_spec = spec_voor(o)
    rijen, later = _zonder_latere_lege_jaren(tabel(o))
    cumulatief = o.stand.interpretatie == Interpretatie.CUMULATIEF
    kolommen = [_("Year"), *o.organisaties, _("Realised")]
    if cumulatief:
        kolommen.append(_("Realised so far"))
    kolommen += [_("Target path"), _("Judgement")]
    data = []
    for r in rijen:
        row = [str(r.jaar), *[opmaak.getal(v, 2) for v in r.per_organisatie]]
        row.append(opmaak.getal(r.gerealiseerd, 2))
        if cumulatief:
            row.append(opmaak.getal(r.waarde, 2))
        row += [opmaak.getal(r.pad, 2), r.oordeel_label]
        data.append(row)
    item = o.doel.item
    titel = str(o.doel)
    return Sectie(titel[:120]).add(
        Feiten(
            [
                (_("Agreement"), _item_tekst(item, met_nummer=True)),
                (_("Interpretation"), str(Interpretatie(o.stand.interpretatie).label)),
                (_("Judgement"), str(Oordeel(o.stand.oordeel).label)),
            ]
        ),
        Grafiek(str(o.doel)[:90], grafiek_spec, grafiek_spec.get("description", "")),
        Tabel(
            _("Data of the chart: %(target)s") % {"target": o.doel},
            kolommen,
            data,
            getallen=tuple(range(1, len(kolommen) - 1)),
        ),
        *([_nog_open(later)] if later else []),
    )


def doelen(overzichten: list[DoelOverzicht]) -> Sectie:
    s = Sectie(_("Targets: target versus actual"))
    met = [o for o in overzichten if o.realisaties]
    zonder = [o for o in overzichten if not o.realisaties]
    if not met:
        s.add(Alinea(_("No realisations have been entered for the targets of this agreement.")))
    s.subsecties = [doel_sectie(o) for o in met]
    if zonder:
        s.add(
            Tabel(
                _("Targets without realisations"),
                [_("No."), _("Target"), _("Lead")],
                [[o.doel.item.nummer, str(o.doel), _trekkers(o.doel.item)] for o in zonder],
            )
        )
    return s
