"""The upload → map columns → preview → import flow, shared by the monitors.

A page calls ``aanlever_flow`` with the file kind and an ``importeer`` callback that stores
the validated DataFrame (inside a transaction) and returns a success message.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import polars as pl
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..bestanden import SCHEMAS, ImportFout, lees_en_valideer
from ..bestanden.koppeling import is_herkend, voorstel
from ..models import Kolomkoppeling
from ..services import upload

PREVIEW = 10


def _opgeslagen(org_id: int | None, soort: str, koppen: list[str]) -> dict[str, str]:
    saved = Kolomkoppeling.objects.filter(organisatie_id=org_id, soort=soort).first()
    if saved and all(k in koppen for k in saved.koppeling.values() if k):
        return saved.koppeling
    return voorstel(koppen, SCHEMAS[soort])


def _koppeling_uit(request: HttpRequest, soort: str) -> dict[str, str]:
    return {veld: request.POST.get(f"veld_{veld}", "") for veld in SCHEMAS[soort].namen}


def aanlever_flow(
    request: HttpRequest,
    *,
    soort: str,
    context: dict,
    org_id: int | None,
    importeer: Callable[[pl.DataFrame, str], str],
    terug: str,
) -> HttpResponse:
    schema = SCHEMAS[soort]
    ctx = {**context, "soort": soort, "schema": schema, "stap": "upload", "fouten": []}
    stap = request.POST.get("stap", "") if request.method == "POST" else ""
    try:
        if stap == "upload":
            bestand = request.FILES.get("bestand")
            if bestand is None:
                raise ImportFout([(None, None, _("Choose a file."))])
            if bestand.size > upload.MAX_BYTES:
                raise ImportFout([(None, None, _("The file is too large."))])
            token, koppen = upload.bewaar(bestand.read(), bestand.name)
            ctx.update(token=token, koppen=koppen, naam=bestand.name)
            if not is_herkend(koppen, schema):
                ctx.update(stap="koppelen", koppeling=_opgeslagen(org_id, soort, koppen))
                return render(request, "toewijzing/aanleveren.html", ctx)
            koppeling = {}
        else:
            token = request.POST.get("token", "")
            koppeling = (
                json.loads(request.POST.get("koppeling", "{}"))
                if stap == "importeren"
                else _koppeling_uit(request, soort)
            )
            ctx.update(token=token, koppeling=koppeling)
        if stap in ("upload", "koppelen", "importeren"):
            data, naam = upload.laad(token)
            df = lees_en_valideer(data, soort, naam=naam, koppeling=koppeling or None)
            if stap == "importeren":
                melding = importeer(df, naam)
                if koppeling and org_id:
                    Kolomkoppeling.objects.update_or_create(
                        organisatie_id=org_id, soort=soort, defaults={"koppeling": koppeling}
                    )
                upload.verwijder(token)
                messages.success(request, melding)
                return redirect(terug)
            ctx.update(
                stap="voorbeeld",
                naam=naam,
                aantal=df.height,
                kolommen=df.columns,
                voorbeeld=df.head(PREVIEW).rows(),
                koppeling_json=json.dumps(koppeling),
            )
    except ImportFout as exc:
        ctx["fouten"] = exc.regels()
        if ctx.get("token") and stap == "koppelen":
            ctx["stap"] = "koppelen"
            ctx["koppen"] = lees_koppen(ctx["token"])
    except FileNotFoundError:
        ctx["fouten"] = [_("The uploaded file has expired; upload it again.")]
    return render(request, "toewijzing/aanleveren.html", ctx)


def lees_koppen(token: str) -> list[str]:
    from ..bestanden.lezen import RIJ, lees_tabel

    data, naam = upload.laad(token)
    return [c for c in lees_tabel(data, naam).columns if c != RIJ]
