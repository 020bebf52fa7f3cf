from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from woondriehoek.huurgrenzen.services.grenzen import DATA_FILE
from woondriehoek.huurgrenzen.services.laden import load_huurgrenzen


class Command(BaseCommand):
    help = "Load the official rent and income limits per year from the packaged data file."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--bestand", default=str(DATA_FILE), help="CSV with the limits.")
        parser.add_argument(
            "--bijwerken",
            action="store_true",
            help="Also overwrite years already in the table (the history keeps old values).",
        )

    def handle(self, *args, **options) -> None:
        path = Path(options["bestand"])
        if not path.exists():
            raise CommandError(f"Bestand niet gevonden: {path}")
        try:
            counts = load_huurgrenzen(path=path, bijwerken=options["bijwerken"])
        except (ValueError, KeyError) as exc:
            raise CommandError(f"Fout in {path.name}: {exc}") from exc
        self.stdout.write(
            f"Huurgrenzen: {counts['toegevoegd']} toegevoegd, {counts['bijgewerkt']} "
            f"bijgewerkt, {counts['ongewijzigd']} ongewijzigd."
        )
