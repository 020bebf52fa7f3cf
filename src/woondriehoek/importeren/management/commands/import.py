"""woondriehoek import FILE --gemeente NAME [--vastgesteld]: a document or Afspraken-JSON
into the register. Extraction happens before the database is touched; the import itself is
one transaction, so a failure changes nothing."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.services.afspraken_json_import import import_document
from woondriehoek.importeren.extract import ExtractionError
from woondriehoek.importeren.services.cli import (
    Fout,
    guarded,
    one_line,
    read_json,
    validation_message,
)
from woondriehoek.importeren.services.extractie import extract_path


class Command(BaseCommand):
    help = "Import an agreement document or Afspraken-JSON file into the register."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--gemeente", required=True, metavar="NAME")
        parser.add_argument(
            "--vastgesteld",
            action="store_true",
            help="Store as adopted at once (bulk onboarding) instead of as a concept.",
        )

    @guarded
    def handle(self, *args, file: str, gemeente: str, vastgesteld: bool, **options) -> None:
        path = Path(file)
        data = self._read(path)
        status = DocumentStatus.VASTGESTELD if vastgesteld else DocumentStatus.CONCEPT
        try:
            result = import_document(data, gemeente=gemeente.strip(), status=status)
        except ValidationError as exc:
            raise Fout(f"{path.name}: {validation_message(exc)}") from exc
        doc, counts = result.document, result.counts
        verb = "aangemaakt" if result.created else "bijgewerkt"
        self.stdout.write(
            f"Document {doc.pk} {verb}: {doc.titel} ({counts.get('parties', 0)} partijen, "
            f"{counts.get('themes', 0)} thema's, {counts.get('items', 0)} items, "
            f"{counts.get('targets', 0)} doelen)."
        )

    @staticmethod
    def _read(path: Path) -> dict:
        if path.suffix.lower() == ".json":
            return read_json(path)
        try:
            return extract_path(path)
        except ExtractionError as exc:
            raise Fout(f"{path.name}: {one_line(exc.message)}") from exc
