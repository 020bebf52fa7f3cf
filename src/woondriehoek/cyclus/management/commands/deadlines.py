"""woondriehoek deadlines --gemeente NAME --jaar YYYY [--ics FILE]: the cycle of a year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone

from woondriehoek.importeren.services.cli import Fout, guarded
from woondriehoek.organisaties.services.organisaties import find_gemeente

from ...services.ics import werkruimte_ics
from ...services.termijnen import termijnen_van

STATUS = {"upcoming": "gepland", "due_soon": "binnenkort", "overdue": "te laat", "done": "gedaan"}


def jaar_uit(value: str) -> int:
    try:
        jaar = int(value)
    except (TypeError, ValueError):
        raise Fout(f"'{value}' is geen jaartal; geef een jaar als 2026.") from None
    if not 2000 <= jaar <= 2100:
        raise Fout(f"Het jaar {jaar} ligt buiten 2000–2100.")
    return jaar


class Command(BaseCommand):
    help = "List the deadlines of a municipality's cycle in a year (optionally as ICS)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--gemeente", required=True, metavar="NAME")
        parser.add_argument("--jaar", required=True, metavar="YYYY")
        parser.add_argument("--ics", metavar="FILE", help="Also write the workspace feed here.")
        parser.add_argument("--today", metavar="YYYY-MM-DD", help="Status as of this date.")

    @guarded
    def handle(self, *args, gemeente: str, jaar: str, ics: str | None, today, **options):
        year = jaar_uit(jaar)
        org = find_gemeente(gemeente.strip())
        if org is None:
            raise Fout(f"De gemeente '{gemeente}' staat niet in het register.")
        peildatum = datum_uit(today) if today else timezone.localdate()
        termijnen = termijnen_van(org, year, peildatum)
        self.stdout.write(f"Termijnen {org.naam} {year} (peildatum {peildatum:%d-%m-%Y})")
        for t in termijnen:
            wie = ", ".join(f"{a.organisatie.naam}{' ✓' if a.gedaan else ''}" for a in t.actoren)
            self.stdout.write(
                f"{t.datum:%Y-%m-%d}  {t.naam}  |  {wie or '–'}  |  {STATUS[t.status]}"
            )
        if not termijnen:
            self.stdout.write("Geen termijnen: pas eerst de presets toe in de werkruimte.")
        if ics:
            try:
                Path(ics).write_bytes(werkruimte_ics(org, peildatum))
            except OSError as exc:
                raise Fout(f"Kan '{ics}' niet schrijven: {exc.strerror or exc}.") from exc
            self.stdout.write(f"ICS geschreven naar {ics}.")


def datum_uit(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Fout(f"'{value}' is geen datum; schrijf JJJJ-MM-DD.") from None
