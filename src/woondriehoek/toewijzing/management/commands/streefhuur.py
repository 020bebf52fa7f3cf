from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from woondriehoek.toewijzing.constants import BestandSoort
from woondriehoek.toewijzing.services.cli import als_json, grenzen, lees_bestand, pct
from woondriehoek.toewijzing.services.streefhuur import bereken_streefhuur


class Command(BaseCommand):
    help = (
        "Streefhuur simulation: the share of homes coming free under each capping limit and "
        "in each rent class at a target-rent percentage, before and after upgrades."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("bestand", help="Stock file: huur, max_huur, type, label, ...")
        parser.add_argument(
            "--percentage",
            type=float,
            action="append",
            required=True,
            help="Streefhuur as %% of the maximum reasonable rent, e.g. 72 (repeatable).",
        )
        parser.add_argument("--jaar", type=int, required=True)
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args, **options) -> None:
        for p in options["percentage"]:
            if not 0 < p <= 100:
                raise CommandError(f"--percentage ligt tussen 0 en 100, niet {p:g}.")
        df = lees_bestand(options["bestand"], BestandSoort.VOORRAAD)
        result = bereken_streefhuur(df, options["percentage"], grenzen(options["jaar"]))
        if options["format"] == "json":
            self.stdout.write(als_json(result))
            return
        lines = [
            f"Streefhuur {result['jaar']} (huurgrenzen van {result['grenzen_jaar']}): "
            f"{result['woningen']} woningen, verwacht vrijkomend {result['verwacht_vrijkomend']}"
        ]
        for s in result["scenarios"]:
            for fase in ("voor_verduurzaming", "na_verduurzaming"):
                v = s[fase]
                lines.append(
                    f"{s['percentage']:g}% {fase.replace('_', ' ')}: onder aftopping laag "
                    f"{pct(v['onder_aftoppingsgrens_laag'])}, hoog "
                    f"{pct(v['onder_aftoppingsgrens_hoog'])}, liberalisatiegrens "
                    f"{pct(v['onder_liberalisatiegrens'])}"
                )
        self.stdout.write("\n".join(lines))
