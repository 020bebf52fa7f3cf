from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from woondriehoek.openbaar.services.bereik import Bereik
from woondriehoek.openbaar.services.export import FORMATEN, SOORTEN, exporteer
from woondriehoek.organisaties.constants import OrganisatieType
from woondriehoek.organisaties.models import Organisatie


class Command(BaseCommand):
    help = (
        "Export a workspace (register, progress, realisations, monitors) as XLSX, CSV (a ZIP "
        "of one file per kind, or one kind with --soort) or Afspraken-JSON. Without "
        "--gebruiker only published data, as an anonymous visitor sees it."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--gemeente", required=True, help="Name, short name or slug.")
        parser.add_argument("--format", choices=FORMATEN, required=True)
        parser.add_argument("-o", "--output", required=True, help="File to write.")
        parser.add_argument("--soort", choices=list(SOORTEN), help="Only this kind.")
        parser.add_argument("--gebruiker", help="Export what this user may read.")

    def handle(self, *args, **options) -> None:
        bereik = Bereik(self._gemeente(options["gemeente"]), self._user(options["gebruiker"]))
        bestand = exporteer(bereik, options["format"], options["soort"])
        out = Path(options["output"])
        if options["format"] == "csv" and not options["soort"] and out.suffix == ".csv":
            self.stderr.write("Alle soorten samen is een ZIP-bestand; --soort geeft één CSV.")
        out.write_bytes(bestand.inhoud)
        self.stdout.write(f"{out} ({len(bestand.inhoud)} bytes)")

    def _gemeente(self, naam: str) -> Organisatie:
        q = Q(naam__iexact=naam) | Q(slug=naam) | Q(naam__iexact=f"Gemeente {naam}")
        found = list(Organisatie.objects.filter(q, type=OrganisatieType.GEMEENTE)[:2])
        if len(found) != 1:
            raise CommandError(f"Gemeente '{naam}' niet gevonden.")
        return found[0]

    def _user(self, username: str | None):
        if not username:
            return AnonymousUser()
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"Gebruiker '{username}' niet gevonden.") from exc
