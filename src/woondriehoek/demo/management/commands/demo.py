"""Migrate, load the demo workspace and serve it."""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand

from woondriehoek.demo.services.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Set up a demo workspace on the configured database and serve it."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-serve", action="store_true", help="Only load the demo data.")
        parser.add_argument(
            "--reset", action="store_true", help="Throw away the demo data and load it afresh."
        )

    def handle(self, *args, host: str, port: int, no_serve: bool, reset: bool, **opts) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        users = load_demo(reset=reset)
        self.stdout.write(self.style.SUCCESS("Demo-werkruimte staat klaar."))
        self.stdout.write(f"Wachtwoord voor alle demo-accounts: {DEMO_PASSWORD}")
        width = max(len(u.username) for u in users)
        for user in users:
            self.stdout.write(f"  {user.username:<{width}}  {user.first_name}")
        if not no_serve:
            self.stdout.write(f"Open http://{host}:{port}/ (stoppen: Ctrl+C)")
            call_command("serve", host=host, port=port)
