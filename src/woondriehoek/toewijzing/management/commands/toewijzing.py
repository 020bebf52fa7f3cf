from __future__ import annotations

import polars as pl
from django.core.management.base import BaseCommand, CommandError

from woondriehoek.toewijzing.constants import BestandSoort
from woondriehoek.toewijzing.services.cli import als_json, grenzen, lees_bestand, pct
from woondriehoek.toewijzing.services.normen import normen_voor
from woondriehoek.toewijzing.services.regels import Norm, bereken_toewijzing


class Command(BaseCommand):
    help = (
        "Allocation monitor from a lettings file: passend toewijzen, DAEB target group, "
        "urgent share, lottery, young people, rent classes and success rates."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("bestand", help="CSV (, or ;) or XLSX with one row per letting.")
        parser.add_argument("--jaar", type=int, required=True)
        parser.add_argument("--zoekenden", help="File with active home seekers per group.")
        parser.add_argument("--format", choices=["json", "text"], default="text")
        parser.add_argument("--vrije-ruimte", type=float, help="Free share, e.g. 0.15.")
        parser.add_argument("--max-urgent", type=float, help="Maximum urgent share, e.g. 0.3.")
        parser.add_argument("--jongeren-leeftijd", type=int, default=23)
        parser.add_argument(
            "--taakstelling",
            action="append",
            default=[],
            metavar="CORPORATIE=AANTAL",
            help="The corporation's share of the statushouder target (repeatable).",
        )

    def _normen(self, df: pl.DataFrame, jaar: int, options) -> dict:
        keys = df.select("corporatie", "gemeente").unique().rows()
        normen = normen_voor(keys, jaar)
        taken = {}
        for item in options["taakstelling"]:
            naam, _sep, aantal = item.rpartition("=")
            if not naam or not aantal.isdigit():
                raise CommandError(f"--taakstelling verwacht CORPORATIE=AANTAL, niet '{item}'.")
            taken[naam.strip().casefold()] = int(aantal)
        if options["vrije_ruimte"] is not None and not 0 <= options["vrije_ruimte"] <= 0.15:
            raise CommandError("--vrije-ruimte ligt tussen 0 en 0.15.")
        for key in keys:
            base = normen.get(key, Norm())
            normen[key] = Norm(
                vrije_ruimte=options["vrije_ruimte"]
                if options["vrije_ruimte"] is not None
                else base.vrije_ruimte,
                max_urgent=options["max_urgent"]
                if options["max_urgent"] is not None
                else base.max_urgent,
                taakstelling=taken.get(key[0].casefold(), base.taakstelling),
            )
        return normen

    def handle(self, *args, **options) -> None:
        jaar = options["jaar"]
        df = lees_bestand(options["bestand"], BestandSoort.VERHURINGEN)
        jaren = sorted(set(df.get_column("datum").dt.year().to_list()))
        if jaar not in jaren:
            raise CommandError(
                f"Het bestand bevat geen verhuringen in {jaar} (wel in: "
                f"{', '.join(map(str, jaren))})."
            )
        zoekenden = (
            lees_bestand(options["zoekenden"], BestandSoort.ZOEKENDEN)
            if options["zoekenden"]
            else None
        )
        result = bereken_toewijzing(
            df,
            jaar,
            grenzen(jaar),
            self._normen(df, jaar, options),
            zoekenden,
            options["jongeren_leeftijd"],
        )
        if options["format"] == "json":
            self.stdout.write(als_json(result))
        else:
            self.stdout.write(tekst(result))


def tekst(r: dict) -> str:
    lines = [f"Toewijzingsmonitor {r['jaar']} (huurgrenzen van {r['grenzen_jaar']})"]
    for g in r["groepen"]:
        pt, daeb = g["passend_toewijzen"], g["daeb_doelgroep"]
        lines += [
            "",
            f"{g['corporatie']} in {g['gemeente']}: {g['verhuringen']} verhuringen",
            f"  passend toewijzen  {pct(pt['aandeel'])} (norm {pct(pt['norm'])})",
            f"  DAEB-doelgroep     {pct(daeb['aandeel'])} (norm {pct(daeb['norm'])})",
            f"  urgent             {pct(g['urgent']['aandeel'])} (max {pct(g['urgent']['max'])})",
            f"  loting             {pct(g['loting']['aandeel'])}",
            f"  jongeren           {pct(g['jongeren']['aandeel'])}",
            "  huurklassen        " + ", ".join(f"{k} {v}" for k, v in g["huurklassen"].items()),
            "  slaagkans          " + ", ".join(f"{k} {pct(v)}" for k, v in g["slaagkans"].items()),
        ]
        for o in g["overtredingen"]:
            rows = ", ".join(map(str, o["rijen"][:20]))
            more = f" … (+{len(o['rijen']) - 20})" if len(o["rijen"]) > 20 else ""
            lines.append(f"  ! {o['melding']}" + (f" Rijen: {rows}{more}" if rows else ""))
    return "\n".join(lines)
