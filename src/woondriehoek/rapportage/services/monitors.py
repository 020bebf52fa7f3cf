"""Monitoring report chapters from the monitors: the planmonitor forecast and the
toewijzingsmonitor of the year."""

from __future__ import annotations

from django.utils.translation import gettext as _

from woondriehoek.organisaties.models import Organisatie
from woondriehoek.toewijzing.services.monitor import resultaten
from woondriehoek.woningbouw.constants import Maat
from woondriehoek.woningbouw.models import Bouwnorm
from woondriehoek.woningbouw.services.grafiek import pijplijn_spec
from woondriehoek.woningbouw.services.importeren import rijen_uit_db
from woondriehoek.woningbouw.services.normtoets import NormParameters, normtoets
from woondriehoek.woningbouw.services.pagina import doelen as planmonitor_doelen
from woondriehoek.woningbouw.services.prognose import prognose

from . import opmaak
from .inhoud import Alinea, Grafiek, Opsomming, Sectie, Tabel

PROGNOSE_KOLOMMEN = (
    ("sociale_huur", "nieuwbouw_hard"),
    ("sociale_huur", "nieuwbouw_zacht"),
    ("sociale_huur", "onttrekking_sloop_overheveling"),
    ("sociale_huur", "onttrekking_verkoop"),
    ("sociale_huur", "netto_groei"),
    ("middenhuur", "nieuwbouw_hard"),
    ("middenhuur", "netto_groei"),
)


def _prognose_kop() -> list[str]:
    return [
        _("Corporation"),
        _("Social rent, hard plans"),
        _("Social rent, soft plans"),
        _("Demolition and transfer"),
        _("Sale"),
        _("Social rent, net growth"),
        _("Mid-market rent, hard plans"),
        _("Mid-market rent, net growth"),
    ]


def _prognose_tabel(bijschrift: str, result: dict, deel: str) -> Tabel:
    rijen = []
    for c in result["corporaties"]:
        rijen.append([c["corporatie"], *[str(c[deel][a][b]) for a, b in PROGNOSE_KOLOMMEN]])
    totaal = result["totaal"][deel]
    rijen.append([_("Total"), *[str(totaal[a][b]) for a, b in PROGNOSE_KOLOMMEN]])
    return Tabel(bijschrift, _prognose_kop(), rijen, getallen=tuple(range(1, 8)))


def _doelen_tabel(rows: list[dict]) -> Tabel:
    return Tabel(
        _("Targets against the planmonitor"),
        [_("Target"), _("Measure"), _("Hard plans"), _("Soft plans"), _("Counts"), _("On track")],
        [
            [
                str(r["doel"]),
                str(Maat(r["maat"]).label),
                str(r["gepland_hard"]),
                str(r["gepland_zacht"]),
                str(r["stand"]),
                opmaak.ja_nee(r["op_koers"]),
            ]
            for r in rows
        ],
        getallen=(2, 3, 4),
    )


def planmonitor(gemeente: Organisatie, start: int, eind: int) -> Sectie:
    s = Sectie(_("Planmonitor: housing construction forecast"))
    df = rijen_uit_db(gemeente)
    if not df.height:
        return s.add(Alinea(_("No planmonitor projects have been entered for this workspace.")))
    result = prognose(df, start, eind)
    s.add(
        Alinea(
            _(
                "Forecast per corporation for the agreement period %(start)s–%(end)s. Hard plans "
                "count towards net growth; soft plans are shown but not counted."
            )
            % {"start": start, "end": eind}
        ),
        _prognose_tabel(
            _("Forecast %(start)s–%(end)s") % {"start": start, "end": eind}, result, "periode"
        ),
    )
    if result["doorkijk_tot"]:
        s.add(
            _prognose_tabel(
                _("Outlook %(start)s–%(end)s") % {"start": eind + 1, "end": result["doorkijk_tot"]},
                result,
                "doorkijk",
            )
        )
    if result["per_jaar"]:
        spec = pijplijn_spec(result["per_jaar"], _("Social rent pipeline"))
        s.add(
            Grafiek(str(spec["title"]), spec, str(spec["description"])),
            Tabel(
                _("Data of the chart: social rent per year"),
                [_("Year"), _("Hard plans"), _("Soft plans"), _("Withdrawals")],
                [
                    [
                        str(r["jaar"]),
                        str(r["sociale_huur_hard"]),
                        str(r["sociale_huur_zacht"]),
                        str(r["onttrekking"]),
                    ]
                    for r in result["per_jaar"]
                ],
                getallen=(1, 2, 3),
            ),
        )
    links = planmonitor_doelen(gemeente, df)
    if links:
        s.add(_doelen_tabel(links))
    norm = NormParameters.van(Bouwnorm.objects.filter(gemeente=gemeente).first())
    afwijkingen = [t for t in normtoets(df, norm) if not t["voldoet"]]
    if afwijkingen:
        s.add(
            Alinea(_("Projects that deviate from the building norm:")),
            Opsomming([f"{t['project']}: {' '.join(t['afwijkingen'])}" for t in afwijkingen]),
        )
    else:
        s.add(Alinea(_("Every project meets the building norm.")))
    return s


def _regels_tabel(r: dict) -> Tabel:
    rijen = []
    for g in r["groepen"]:
        pt, daeb, urgent = g["passend_toewijzen"], g["daeb_doelgroep"], g["urgent"]
        sh = g["statushouders"]
        statushouders = str(sh["aantal"])
        if sh.get("taakstelling") is not None:
            statushouders += f" / {sh['taakstelling']} ({opmaak.voldoet(sh['voldoet'])})"
        rijen.append(
            [
                g["corporatie"],
                g["gemeente"],
                str(g["verhuringen"]),
                f"{opmaak.aandeel(pt['aandeel'])} ({opmaak.voldoet(pt['voldoet'])})",
                f"{opmaak.aandeel(daeb['aandeel'])} ({opmaak.voldoet(daeb['voldoet'])})",
                f"{opmaak.aandeel(urgent['aandeel'])} ({opmaak.voldoet(urgent['voldoet'])})",
                opmaak.aandeel(g["loting"]["aandeel"]),
                statushouders,
            ]
        )
    return Tabel(
        _("Allocation rules per corporation and municipality, %(year)s") % {"year": r["jaar"]},
        [
            _("Corporation"),
            _("Municipality"),
            _("Lettings"),
            _("Passend toewijzen"),
            _("DAEB target group"),
            _("Urgent"),
            _("Lottery"),
            _("Statushouders"),
        ],
        rijen,
        getallen=(2,),
        breedtes=(18, 12, 9, 13, 13, 13, 10, 12),
    )


def _slaagkans_tabel(r: dict) -> Tabel:
    groepen = ("jongeren", "gezinnen", "senioren", "urgenten", "alle")
    return Tabel(
        _("Success rate per group (lettings ÷ active seekers), %(year)s") % {"year": r["jaar"]},
        [
            _("Municipality"),
            _("Young people"),
            _("Families"),
            _("Seniors"),
            _("Urgent seekers"),
            _("All"),
        ],
        [
            [m["gemeente"], *[opmaak.aandeel(m["slaagkans"].get(k)) for k in groepen]]
            for m in r["gemeenten"]
        ],
        getallen=(1, 2, 3, 4, 5),
    )


def toewijzing(gemeente: Organisatie, jaar: int) -> Sectie:
    s = Sectie(_("Allocation monitor"))
    r = next((r for r in resultaten(gemeente) if r["jaar"] == jaar), None)
    if r is None:
        return s.add(Alinea(_("No lettings have been supplied for %(year)s.") % {"year": jaar}))
    s.add(
        Alinea(
            _("%(n)s lettings in %(year)s; the rent and income limits of %(limits)s apply.")
            % {"n": r["verhuringen"], "year": jaar, "limits": r["grenzen_jaar"]}
        ),
        _regels_tabel(r),
    )
    breaches = [
        f"{g['corporatie']} ({g['gemeente']}): {o['melding']}"
        for g in r["groepen"]
        for o in g["overtredingen"]
    ]
    if breaches:
        s.add(Alinea(_("Norms not met:")), Opsomming(breaches))
    if r["gemeenten"]:
        s.add(_slaagkans_tabel(r))
    return s
