"""woondriehoek remind [--today YYYY-MM-DD] [--dry-run]: e-mail reminders, safe for cron."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.utils import timezone

from woondriehoek.importeren.services.cli import guarded

from ...services.herinneringen import herinner
from .deadlines import datum_uit


class Command(BaseCommand):
    help = (
        "Send e-mail reminders to the members of the parties that must act, before each "
        "deadline and once when it is overdue. Running it again sends nothing twice."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--today", metavar="YYYY-MM-DD", help="Act as if it is this date.")
        parser.add_argument("--dry-run", action="store_true", help="Only list, send nothing.")

    @guarded
    def handle(self, *args, today: str | None, dry_run: bool, **options):
        peildatum = datum_uit(today) if today else timezone.localdate()
        berichten = herinner(peildatum, dry_run=dry_run)
        for b in berichten:
            self.stdout.write(f"{b.user.email}: {b.onderwerp}")
        werkwoord = "zou versturen" if dry_run else "verstuurd"
        self.stdout.write(f"{len(berichten)} herinnering(en) {werkwoord}.")
