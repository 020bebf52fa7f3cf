"""woondriehoek extract FILE [FILE ...] [-o OUT]: documents -> Afspraken-JSON."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from woondriehoek.importeren.extract import ExtractionError
from woondriehoek.importeren.services.cli import Fout, dump, one_line, write
from woondriehoek.importeren.services.extractie import extract_path


class Command(BaseCommand):
    help = "Read PDF, DOCX, Markdown or text agreements and write Afspraken-JSON."
    requires_system_checks: list = []

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "-o",
            "--output",
            metavar="OUT",
            help="Output file (one input) or folder (several inputs; one NAME.json each).",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=None,
            help="Largest input in bytes (default: WOONDRIEHOEK_UPLOAD_MAX_BYTES).",
        )

    def handle(self, *args, files: list[str], output: str | None, max_bytes, **options) -> None:
        limit = max_bytes or settings.WOONDRIEHOEK_UPLOAD_MAX_BYTES
        if len(files) > 1 and not output:
            raise Fout("Geef met -o een map op als je meer dan één bestand leest.")
        results = [(Path(f), self._extract(Path(f), limit)) for f in files]
        if len(files) == 1:
            if output:
                write(Path(output), results[0][1])
            else:
                self.stdout.write(dump(results[0][1]), ending="")
            return
        folder = Path(output)
        for path, data in results:
            write(folder / f"{path.stem}.json", data)
        self.stdout.write(f"{len(results)} bestanden geschreven naar {folder}.")

    @staticmethod
    def _extract(path: Path, limit: int) -> dict:
        try:
            return extract_path(path, max_bytes=limit)
        except ExtractionError as exc:
            raise Fout(f"{path.name}: {one_line(exc.message)}") from exc
