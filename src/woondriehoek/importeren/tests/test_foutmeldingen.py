"""Extraction errors in the reader's language: the job keeps code and params, the page words
them; in Dutch the web says what the CLI says."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from woondriehoek.importeren.constants import TaakStatus
from woondriehoek.importeren.extract import errors as E
from woondriehoek.importeren.models import Importtaak
from woondriehoek.importeren.services.foutmeldingen import melding
from woondriehoek.importeren.tests import import_fixtures as fx
from woondriehoek.importeren.tests.test_web_import import _upload
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import GemeenteFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def beheerder():
    return member(GemeenteFactory(), Rol.BEHEERDER)


def test_a_failed_job_speaks_the_language_of_its_reader(client, beheerder, settings):
    """The job fails in the background worker; its page words the error when it is shown."""
    _upload(client, beheerder, name="english.txt", data=fx.ENGLISH_TXT.encode())
    job = Importtaak.objects.get()
    assert (job.status, job.foutcode) == (TaakStatus.FOUT, E.NotDutchError.code)
    url = reverse("importeren:taak", args=[job.pk])
    assert E.NotDutchError().message in client.get(url).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(url).content.decode()
    assert "does not seem to be written in Dutch" in page
    assert E.NotDutchError().message not in page


@pytest.mark.parametrize("error", [E.FileTooLargeError, E.TooManyPagesError])
def test_error_details_are_worded_in_both_languages(error):
    params = {"size_mb": 12.0, "limit_mb": 10.0, "pages": 900, "limit": 500}
    raised = error(**params)
    with translation.override("nl"):
        assert melding(raised.code, raised.params) == raised.message  # web and CLI agree
    with translation.override("en"):
        english = melding(raised.code, raised.params)
    assert english != raised.message and ("12.0" in english or "900" in english)


def test_a_damaged_file_says_what_is_wrong_in_both_languages():
    raised = E.CorruptFileError(reden="docx")
    with translation.override("nl"):
        assert melding(raised.code, raised.params) == raised.message
    with translation.override("en"):
        assert "Word file (.docx) is damaged" in melding(raised.code, raised.params)
        assert "damaged or does not have the format" in melding(raised.code, {})
