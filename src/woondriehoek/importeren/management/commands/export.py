"""woondriehoek export (--document ID | --gemeente NAME) [-o FILE|DIR]: Afspraken-JSON out."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from woondriehoek.afspraken.models import Document
from woondriehoek.afspraken.services.afspraken_json_export import export_document
from woondriehoek.importeren.services.cli import Fout, dump, guarded, write
from woondriehoek.organisaties.services.organisaties import find_gemeente


class Command(BaseCommand):
    help = "Write stored agreements as Afspraken-JSON."

    def add_arguments(self, parser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--document", type=int, metavar="ID")
        which.add_argument("--gemeente", metavar="NAME")
        parser.add_argument(
            "-o",
            "--output",
            metavar="FILE|DIR",
            help="File for one document; folder for a municipality (one ID.json each).",
        )

    @guarded
    def handle(self, *args, document: int | None, gemeente: str | None, output, **options):
        documents = self._documents(document, gemeente)
        if document is not None:
            data = export_document(documents[0])
            if output:
                write(Path(output), data)
            else:
                self.stdout.write(dump(data), ending="")
            return
        if not output and len(documents) == 1:
            self.stdout.write(dump(export_document(documents[0])), ending="")
            return
        if not output:
            raise Fout("Deze gemeente heeft meer documenten; geef met -o een map op.")
        for doc in documents:
            write(Path(output) / f"{doc.pk}.json", export_document(doc))
        self.stdout.write(f"{len(documents)} documenten geschreven naar {output}.")

    @staticmethod
    def _documents(pk: int | None, name: str | None) -> list[Document]:
        if pk is not None:
            doc = Document.objects.filter(pk=pk).first()
            if doc is None:
                raise Fout(f"Er is geen document met nummer {pk}.")
            return [doc]
        gemeente = find_gemeente(name.strip())
        if gemeente is None:
            raise Fout(f"De gemeente '{name}' staat niet in het register.")
        docs = list(Document.objects.of_gemeente(gemeente).order_by("pk"))
        if not docs:
            raise Fout(f"De gemeente '{gemeente.korte_naam}' heeft nog geen documenten.")
        return docs
