from __future__ import annotations

import polars as pl
from django.core.management.base import BaseCommand, CommandError

from woondriehoek.toewijzing.constants import BestandSoort
from woondriehoek.toewijzing.services.cli import als_json, lees_bestand
from woondriehoek.woningbouw.services.importeren import controleer_projecten
from woondriehoek.woningbouw.services.normtoets import NormParameters, normtoets
from woondriehoek.woningbouw.services.prognose import prognose


class Command(BaseCommand):
    help = (
        "Planmonitor from a file: forecast per corporation (sociale huur and middenhuur), "
        "norm check per project and the pipeline per year."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("bestand", help="CSV (, or ;) or XLSX, one row per project and year.")
        parser.add_argument("--format", choices=["json", "text"], default="text")
        parser.add_argument("--start", type=int, help="First year of the agreement period.")
        parser.add_argument("--eind", type=int, help="Last year of the agreement period.")
        parser.add_argument("--doorkijk-tot", type=int, help="Last year of the outlook.")
        parser.add_argument("--min-sociaal", type=float, default=0.30)
        parser.add_argument("--max-sociale-koop", type=float, default=0.05)
        parser.add_argument("--min-middenhuur", type=float, default=0.05)
        parser.add_argument("--middenhuur-vanaf", type=int, default=100)

    def handle(self, *args, **options) -> None:
        df = lees_bestand(options["bestand"], BestandSoort.PLANMONITOR)
        fouten = controleer_projecten(df)
        if fouten:
            raise CommandError(fouten.eerste_regel())
        jaren = df.get_column("oplevering_jaar")
        start = options["start"] or int(jaren.min())
        eind = options["eind"] or int(jaren.max())
        if eind < start:
            raise CommandError(f"--eind ({eind}) ligt voor --start ({start}).")
        norm = NormParameters(
            options["min_sociaal"],
            options["max_sociale_koop"],
            options["min_middenhuur"],
            options["middenhuur_vanaf"],
        )
        result = prognose(df, start, eind, options["doorkijk_tot"])
        result["normtoets"] = normtoets(df, norm)
        result["norm"] = norm.__dict__
        if options["format"] == "json":
            self.stdout.write(als_json(result))
        else:
            self.stdout.write(tekst(result, df))


def tekst(r: dict, df: pl.DataFrame) -> str:
    lines = [f"Planmonitor {r['start']}–{r['eind']} ({df.height} regels)", ""]
    lines.append(
        f"{'corporatie':32} {'nieuwb.':>7} {'sloop/ovh':>9} {'verkoop':>7} "
        f"{'netto':>6} {'doorkijk':>8}"
    )
    for c in [*r["corporaties"], {"corporatie": "Totaal", **r["totaal"]}]:
        p, d = c["periode"]["sociale_huur"], c["doorkijk"]["sociale_huur"]
        lines.append(
            f"{c['corporatie'][:32]:32} {p['nieuwbouw_hard']:>7} "
            f"{p['onttrekking_sloop_overheveling']:>9} {p['onttrekking_verkoop']:>7} "
            f"{p['netto_groei']:>6} {d['netto_groei']:>8}"
        )
    afwijkend = [p for p in r["normtoets"] if not p["voldoet"]]
    lines += ["", f"Normtoets: {len(afwijkend)} van {len(r['normtoets'])} projecten wijken af"]
    for p in afwijkend:
        lines += [f"  {p['project']}: " + " ".join(p["afwijkingen"])]
    return "\n".join(lines)
