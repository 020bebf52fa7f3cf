"""woondriehoek report --gemeente NAME --jaar YYYY --format pdf|docx -o FILE [--soort …]"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from ...constants import RapportFormaat, RapportSoort
from ...services.genereren import TAAL, maak
from ...services.werkruimte import RapportFout, zoek_gemeente


class Command(BaseCommand):
    help = "Generate a report of a workspace: monitoring report, council notice or jaarschijf."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--gemeente", required=True, help="Municipality name or slug")
        parser.add_argument("--jaar", required=True, type=int, help="Report year, e.g. 2025")
        parser.add_argument(
            "--format", dest="formaat", choices=RapportFormaat.values, default="pdf"
        )
        parser.add_argument("-o", "--output", required=True, help="File to write")
        parser.add_argument("--soort", choices=RapportSoort.values, default="monitoring")
        parser.add_argument(
            "--basis-url", default="", help="Public address of the site, for the council notice"
        )

    def handle(self, *args, **options) -> None:
        with translation.override(TAAL):
            try:
                gemeente = zoek_gemeente(options["gemeente"])
                data = maak(
                    options["soort"],
                    gemeente,
                    options["jaar"],
                    options["formaat"],
                    basis_url=options["basis_url"],
                )
            except RapportFout as exc:
                raise CommandError(exc.message) from exc
            target = Path(options["output"])
            try:
                target.write_bytes(data)
            except OSError as exc:
                raise CommandError(
                    _("Cannot write %(file)s: %(reason)s")
                    % {"file": target, "reason": exc.strerror}
                ) from exc
            self.stdout.write(
                _("%(file)s written (%(size)s kB).")
                % {"file": target, "size": max(1, len(data) // 1024)}
            )
