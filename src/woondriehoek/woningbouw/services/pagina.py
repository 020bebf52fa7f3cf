"""Everything the planmonitor page shows, computed from the database in one pass."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from woondriehoek.afspraken.constants import DocumentSoort
from woondriehoek.afspraken.models import Document
from woondriehoek.monitoring.services.charts import render_svg

from ..models import Bouwnorm, PlanmonitorDoel
from .grafiek import pijplijn_spec
from .importeren import rijen_uit_db
from .normtoets import NormParameters, normtoets
from .prognose import prognose
from .voortgang import voortgang


def periode(gemeente, today: dt.date) -> tuple[int, int, Document | None]:
    """The period of the municipality's current multi-year agreement (else 4 years)."""
    doc = (
        Document.objects.of_gemeente(gemeente)
        .published()
        .filter(soort=DocumentSoort.PRESTATIEAFSPRAKEN, periode_start__isnull=False)
        .order_by("-periode_start")
        .first()
    )
    if doc:
        return doc.periode_start, doc.periode_eind or doc.periode_start, doc
    return today.year, today.year + 3, None


def doelen(gemeente, df) -> list[dict]:
    out = []
    for link in PlanmonitorDoel.objects.filter(gemeente=gemeente).select_related(
        "doel__item", "corporatie"
    ):
        d = link.doel
        stand = voortgang(
            df,
            waarde=float(d.waarde),
            start_jaar=d.start_jaar,
            eind_jaar=d.eind_jaar or d.start_jaar,
            segment=link.segment,
            maat=link.maat,
            corporatie=link.corporatie.naam if link.corporatie else None,
            vergelijking=d.vergelijking,
        )
        out.append({"link": link, "doel": d, **stand})
    return out


def planmonitor(gemeente, today: dt.date, start: int | None = None, eind: int | None = None):
    p_start, p_eind, document = periode(gemeente, today)
    start, eind = start or p_start, eind or p_eind
    df = rijen_uit_db(gemeente)
    norm = NormParameters.van(Bouwnorm.objects.filter(gemeente=gemeente).first())
    result = prognose(df, start, eind) if df.height else None
    toets = normtoets(df, norm) if df.height else []
    chart = None
    if result and result["per_jaar"]:
        spec = pijplijn_spec(result["per_jaar"], _("Social rent pipeline"))
        chart = render_svg(spec)
    return {
        "start": start,
        "eind": eind,
        "document": document,
        "prognose": result,
        "norm": norm,
        "afwijkingen": [t for t in toets if not t["voldoet"]],
        "getoetst": len(toets),
        "doelen": doelen(gemeente, df) if df.height else [],
        "grafiek": chart,
    }
