"""Extraction errors worded in the reader's language.

The extractor (Django-free) raises errors with a stable code, Dutch text and the parameters
the text was made from. A job keeps the code and parameters, and the page words them when it
is shown, so an English reader of a job that failed in the Dutch background worker reads
English.
"""

from __future__ import annotations

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ONVERWACHT = "onverwachte_fout"

# code -> (message without details, message with the error's params or None)
MELDINGEN: dict[str, tuple[Promise, Promise | None]] = {
    "extractie_mislukt": (_("The document could not be read."), None),
    ONVERWACHT: (_("The document could not be read because of an unexpected error."), None),
    "leeg_bestand": (_("The file is empty."), None),
    "bestand_te_groot": (
        _("The file is larger than the maximum size allowed."),
        _("The file is %(size_mb).1f MB; the limit is %(limit_mb).1f MB."),
    ),
    "formaat_niet_ondersteund": (
        _("This file format is not supported; use PDF, DOCX, Markdown or text."),
        _("Files of type '%(suffix)s' are not supported; use .pdf, .docx, .md or .txt."),
    ),
    "bestand_beschadigd": (
        _("The file is damaged or does not have the format its extension promises."),
        None,
    ),
    "bestand_beschadigd:geen_pdf": (
        _("This file is not a PDF (its content does not match the extension .pdf)."),
        None,
    ),
    "bestand_beschadigd:pdf": (_("The PDF is damaged and cannot be opened."), None),
    "bestand_beschadigd:docx": (
        _("The Word file (.docx) is damaged or not a real .docx file."),
        None,
    ),
    "bestand_beschadigd:binair": (
        _("The text file contains binary data and is not readable text."),
        None,
    ),
    "pdf_versleuteld": (
        _("The PDF is protected with a password and cannot be read."),
        None,
    ),
    "geen_tekstlaag": (
        _("The PDF has no text layer (probably a scan). Run text recognition (OCR) on it first."),
        None,
    ),
    "te_weinig_tekst": (_("The document contains (almost) no readable text."), None),
    "te_veel_paginas": (
        _("The document has more pages than allowed."),
        _("The PDF has %(pages)s pages; the limit is %(limit)s."),
    ),
    "niet_nederlands": (
        _("The document does not seem to be written in Dutch; only Dutch agreements are read."),
        None,
    ),
    "geen_afspraken": (
        _("The document is not about housing or performance agreements; there is nothing to read."),
        None,
    ),
}


def melding(code: str, params: dict[str, Any] | None = None, fallback: str = "") -> str:
    """The message for an error code in the active language: the one for its params'
    `reden` when there is one, with the params filled in when the message takes them;
    `fallback` for unknown codes."""
    params = params or {}
    sleutel = f"{code}:{params.get('reden')}"
    if sleutel not in MELDINGEN:
        sleutel = code
    if sleutel not in MELDINGEN:
        return fallback or str(MELDINGEN["extractie_mislukt"][0])
    zonder, met = MELDINGEN[sleutel]
    if params and met is not None:
        try:
            return str(met) % params
        except (KeyError, TypeError, ValueError):
            pass
    return str(zonder)
