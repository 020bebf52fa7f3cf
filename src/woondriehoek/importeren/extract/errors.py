"""Typed extraction errors (never a bare traceback for bad input).

The extractor is usable without Django, so its messages are Dutch text (what the CLI
prints). Each error also carries a stable ``code`` and the ``params`` its message was made
from: the web app words the error in the reader's language from those
(``importeren.services.foutmeldingen``).
"""

from __future__ import annotations

from typing import Any


class ExtractionError(Exception):
    """Base class: the document could not be read."""

    code = "extractie_mislukt"
    default_message = "Het document kon niet worden gelezen."
    template = ""  # Dutch message with %(name)s placeholders, used when params are given

    def __init__(
        self, message: str | None = None, *, detail: str | None = None, **params: Any
    ) -> None:
        if message is None and params and self.template:
            message = self.template % params
        self.message = message or self.default_message
        self.detail = detail
        self.params = params
        super().__init__(self.message)


class EmptyDocumentError(ExtractionError):
    code = "leeg_bestand"
    default_message = "Het bestand is leeg."


class FileTooLargeError(ExtractionError):
    """params: size_mb, limit_mb."""

    code = "bestand_te_groot"
    default_message = "Het bestand is groter dan de toegestane maximale grootte."
    template = "Het bestand is %(size_mb).1f MB; de grens is %(limit_mb).1f MB."


class UnsupportedFormatError(ExtractionError):
    """params: suffix."""

    code = "formaat_niet_ondersteund"
    default_message = (
        "Dit bestandsformaat wordt niet ondersteund; gebruik PDF, DOCX, Markdown of tekst."
    )
    template = (
        "Bestanden van het type '%(suffix)s' worden niet ondersteund; "
        "gebruik .pdf, .docx, .md of .txt."
    )


class CorruptFileError(ExtractionError):
    """params: reden, one of REDENEN (what exactly is wrong), or none."""

    code = "bestand_beschadigd"
    default_message = "Het bestand is beschadigd of heeft niet het formaat dat de extensie belooft."
    REDENEN = {
        "geen_pdf": "Dit bestand is geen PDF (de inhoud past niet bij de extensie .pdf).",
        "pdf": "De PDF is beschadigd en kan niet worden geopend.",
        "docx": "Het Word-bestand (.docx) is beschadigd of geen echt .docx-bestand.",
        "binair": "Het tekstbestand bevat binaire gegevens en is geen leesbare tekst.",
    }

    def __init__(self, *, detail: str | None = None, reden: str = "") -> None:
        params = {"reden": reden} if reden else {}
        super().__init__(self.REDENEN.get(reden), detail=detail, **params)


class EncryptedPdfError(ExtractionError):
    code = "pdf_versleuteld"
    default_message = "De PDF is beveiligd met een wachtwoord en kan niet worden gelezen."


class NoTextLayerError(ExtractionError):
    code = "geen_tekstlaag"
    default_message = "De PDF bevat geen tekstlaag (waarschijnlijk een scan). Laat er eerst tekstherkenning (OCR) op los."  # noqa: E501


class TooLittleTextError(ExtractionError):
    code = "te_weinig_tekst"
    default_message = "Het document bevat (vrijwel) geen leesbare tekst."


class TooManyPagesError(ExtractionError):
    """params: pages, limit."""

    code = "te_veel_paginas"
    default_message = "Het document heeft meer pagina's dan is toegestaan."
    template = "De PDF heeft %(pages)s pagina's; de grens is %(limit)s."


class NotDutchError(ExtractionError):
    code = "niet_nederlands"
    default_message = "Het document lijkt niet in het Nederlands geschreven; alleen Nederlandstalige afspraken worden gelezen."  # noqa: E501


class NotAboutAgreementsError(ExtractionError):
    code = "geen_afspraken"
    default_message = (
        "Het document gaat niet over wonen of prestatieafspraken; er is niets om uit te lezen."
    )
