"""Monitor results of a workspace for the API, computed by the monitor apps' own services."""

from __future__ import annotations

import datetime as dt

from woondriehoek.organisaties.models import Organisatie
from woondriehoek.toewijzing.services import monitor
from woondriehoek.toewijzing.services.slaagkans import gemeente_sleutel
from woondriehoek.woningbouw.models import Bouwnorm
from woondriehoek.woningbouw.services.importeren import rijen_uit_db
from woondriehoek.woningbouw.services.normtoets import NormParameters, normtoets
from woondriehoek.woningbouw.services.pagina import periode
from woondriehoek.woningbouw.services.prognose import prognose


def _namen(org: Organisatie) -> set[str]:
    return {gemeente_sleutel(n) for n in [org.naam, org.korte_naam, *(org.aliases or [])] if n}


def toewijzing(gemeente: Organisatie, jaar: int | None, corporatie: int | None) -> list[dict]:
    """The toewijzingsmonitor per year (newest first) from the newest deliveries; optionally
    one year and one corporation's groups (matched by name or alias)."""
    jaren = monitor.resultaten(gemeente)
    if jaar is not None:
        jaren = [j for j in jaren if j["jaar"] == jaar]
    if corporatie is not None:
        org = Organisatie.objects.filter(pk=corporatie).first()
        namen = _namen(org) if org else set()
        for j in jaren:
            j["groepen"] = [g for g in j["groepen"] if gemeente_sleutel(g["corporatie"]) in namen]
    return jaren


def planmonitor(gemeente: Organisatie, start: int | None, eind: int | None) -> dict:
    """Forecast per corporation for the agreement period (or start..eind), and the norm check."""
    p_start, p_eind, _document = periode(gemeente, dt.date.today())
    start, eind = start or p_start, eind or p_eind
    if eind < start:
        eind = start
    df = rijen_uit_db(gemeente)
    norm = NormParameters.van(Bouwnorm.objects.filter(gemeente=gemeente).first())
    if df.height:
        result = prognose(df, start, eind)
        result["normtoets"] = normtoets(df, norm)
    else:
        result = {
            "start": start,
            "eind": eind,
            "doorkijk_tot": None,
            "corporaties": [],
            "totaal": {},
            "per_jaar": [],
            "normtoets": [],
        }
    return {**result, "norm": dict(norm.__dict__)}
