"""Typed extraction errors with Dutch messages (never a bare traceback for bad input)."""

from __future__ import annotations


class ExtractionError(Exception):
    """Base class: the document could not be read. ``code`` is stable, ``message`` is Dutch."""

    code = "extractie_mislukt"
    default_message = "Het document kon niet worden gelezen."

    def __init__(self, message: str | None = None, *, detail: str | None = None) -> None:
        self.message = message or self.default_message
        self.detail = detail
        super().__init__(self.message)


class EmptyDocumentError(ExtractionError):
    code = "leeg_bestand"
    default_message = "Het bestand is leeg."


class FileTooLargeError(ExtractionError):
    code = "bestand_te_groot"
    default_message = "Het bestand is groter dan de toegestane maximale grootte."


class UnsupportedFormatError(ExtractionError):
    code = "formaat_niet_ondersteund"
    default_message = (
        "Dit bestandsformaat wordt niet ondersteund; gebruik PDF, DOCX, Markdown of tekst."
    )


class CorruptFileError(ExtractionError):
    code = "bestand_beschadigd"
    default_message = "Het bestand is beschadigd of heeft niet het formaat dat de extensie belooft."


class EncryptedPdfError(ExtractionError):
    code = "pdf_versleuteld"
    default_message = "De PDF is beveiligd met een wachtwoord en kan niet worden gelezen."


class NoTextLayerError(ExtractionError):
    code = "geen_tekstlaag"
    default_message = "De PDF bevat geen tekstlaag (waarschijnlijk een scan). Laat er eerst tekstherkenning (OCR) op los."  # noqa: E501


class TooManyPagesError(ExtractionError):
    code = "te_veel_paginas"
    default_message = "Het document heeft meer pagina's dan is toegestaan."


class NotDutchError(ExtractionError):
    code = "niet_nederlands"
    default_message = "Het document lijkt niet in het Nederlands geschreven; alleen Nederlandstalige afspraken worden gelezen."  # noqa: E501


class NotAboutAgreementsError(ExtractionError):
    code = "geen_afspraken"
    default_message = (
        "Het document gaat niet over wonen of prestatieafspraken; er is niets om uit te lezen."
    )
