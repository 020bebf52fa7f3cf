"""The life of an import job: create from an upload, extract in the background, publish."""

from __future__ import annotations

import hashlib
import logging

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.services.afspraken_json_import import import_document

from ..constants import Fase, TaakStatus
from ..extract import ExtractionError
from ..models import Importtaak
from .extractie import extract, source_lines
from .foutmeldingen import ONVERWACHT

logger = logging.getLogger(__name__)


def create_job(upload: UploadedFile, user, *, gemeente=None, gemeente_naam: str = "") -> Importtaak:
    """Store the upload as a waiting job (the register is not touched)."""
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return Importtaak.objects.create(
        bestand=upload,
        naam=upload.name[:255],
        sha256=digest.hexdigest(),
        gemeente=gemeente,
        gemeente_naam=gemeente_naam.strip()[:200],
        aangemaakt_door=user if getattr(user, "is_authenticated", False) else None,
    )


def _stage(job: Importtaak, status: str, fase: str, voortgang: int) -> None:
    job.status, job.fase, job.voortgang = status, fase, voortgang
    job.save(update_fields=["status", "fase", "voortgang"])


def run_job(job: Importtaak) -> Importtaak:
    """Extract the job's file into ``resultaat`` and ``bron``; errors end in status ``fout``."""
    _stage(job, TaakStatus.BEZIG, Fase.LEZEN, 10)
    try:
        with job.bestand.open("rb") as fh:
            data = fh.read()
        job.bron = source_lines(data, job.naam)
        _stage(job, TaakStatus.BEZIG, Fase.STRUCTUUR, 40)
        job.resultaat = extract(data, job.naam)
    except ExtractionError as exc:
        return _fail(job, exc.code, exc.params, exc.message)
    except Exception:  # a bug in the extractor must not leave the job hanging
        logger.exception("Import job %s failed", job.pk)
        return _fail(job, ONVERWACHT, {}, "unexpected error in the extractor (see the log)")
    job.status, job.fase, job.voortgang = TaakStatus.KLAAR, Fase.KLAAR, 100
    job.foutmelding, job.foutcode, job.foutparameters = "", "", {}
    job.save()
    return job


def _fail(job: Importtaak, code: str, params: dict, message: str) -> Importtaak:
    """End the job in status fout: the code and params are worded when the page is shown;
    the extractor's own (Dutch) text is kept beside them for logs and the admin."""
    job.status, job.fase, job.voortgang = TaakStatus.FOUT, Fase.KLAAR, 100
    job.foutcode, job.foutparameters = code, params
    job.foutmelding = " ".join(message.split())
    job.bron, job.resultaat = [], None
    job.save()
    return job


def save_result(job: Importtaak, resultaat: dict) -> None:
    job.resultaat = resultaat
    job.save(update_fields=["resultaat"])


@transaction.atomic
def publish(job: Importtaak) -> Importtaak:
    """Store the reviewed result in the register as a concept agreement."""
    if job.status != TaakStatus.KLAAR or not job.resultaat:
        raise ValidationError("Deze importtaak heeft geen resultaat om te publiceren.")
    result = import_document(
        job.resultaat, gemeente=job.doel_gemeente or None, status=DocumentStatus.CONCEPT
    )
    job.document = result.document
    job.status = TaakStatus.GEPUBLICEERD
    job.save(update_fields=["document", "status"])
    return job
