"""Reports in the web app: request → background task → download; rights."""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from docx import Document as WordDocument
from pypdf import PdfReader

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import GemeenteFactory, member
from woondriehoek.rapportage.constants import RapportStatus
from woondriehoek.rapportage.models import Rapport

from .fixtures import JAAR, TEKST

pytestmark = pytest.mark.django_db


@pytest.fixture
def client() -> Client:
    """Pages in English (the msgids); the reports themselves are always Dutch."""
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


def lijst(ws) -> str:
    return reverse("rapportage:lijst", args=[ws.gemeente.slug])


def vraag(client, ws, rapport: str, jaar: int = JAAR):
    return client.post(lijst(ws), {"jaar": jaar, "rapport": rapport})


def test_request_generate_and_download_pdf(client, ws):
    client.force_login(member(ws.huurders, Rol.LEZER))  # readers may request reports too
    page = client.get(lijst(ws))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'value="monitoring-pdf"' in html and 'value="kennisgeving-docx"' in html
    assert f'<option value="{JAAR}"' in html
    running = timezone.localdate().year  # preselected, though next year is offered too
    assert f'<option value="{running}" selected>' in html
    assert f'<option value="{running + 1}"' in html
    resp = vraag(client, ws, "monitoring-pdf")
    rapport = Rapport.objects.get()
    assert resp.status_code == 302 and resp["Location"].endswith(f"#rapport-{rapport.pk}")
    assert rapport.status == RapportStatus.KLAAR  # the immediate backend ran the task
    html = client.get(lijst(ws)).content.decode()
    download = reverse("rapportage:download", args=[rapport.pk])
    assert download in html and rapport.bestandsnaam in html
    resp = client.get(download)
    assert resp.status_code == 200 and resp["Content-Type"] == "application/pdf"
    assert "attachment" in resp["Content-Disposition"]
    data = b"".join(resp.streaming_content)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert TEKST["corporatie"] in " ".join(text.split())


def test_docx_download(client, ws):
    client.force_login(member(ws.gemeente, Rol.BEWERKER))
    vraag(client, ws, "kennisgeving-docx")
    rapport = Rapport.objects.get()
    resp = client.get(reverse("rapportage:download", args=[rapport.pk]))
    assert resp["Content-Type"].endswith("wordprocessingml.document")
    doc = WordDocument(io.BytesIO(b"".join(resp.streaming_content)))
    assert any(ws.corporatie.naam in p.text for p in doc.paragraphs)
    assert rapport.bestandsnaam.endswith(".docx")


def test_failed_report_shows_its_message_and_polls_no_more(client, ws):
    client.force_login(member(ws.gemeente, Rol.LEZER))
    vraag(client, ws, "jaarschijf-pdf", jaar=2027)  # there is no jaarschijf 2027
    rapport = Rapport.objects.get()
    assert rapport.status == RapportStatus.FOUT and "2027" in rapport.foutmelding
    assert not rapport.bestand
    status = client.get(reverse("rapportage:status", args=[rapport.pk])).content.decode()
    assert rapport.foutmelding in status and "hx-trigger" not in status
    assert client.get(reverse("rapportage:download", args=[rapport.pk])).status_code == 404


def test_waiting_report_polls_with_htmx(client, ws):
    user = member(ws.gemeente, Rol.LEZER)
    client.force_login(user)
    rapport = Rapport.objects.create(
        gemeente=ws.gemeente, soort="monitoring", formaat="pdf", jaar=JAAR, aangevraagd_door=user
    )
    status = client.get(reverse("rapportage:status", args=[rapport.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in status
    assert reverse("rapportage:status", args=[rapport.pk]) in status


def test_make_again(client, ws):
    client.force_login(member(ws.gemeente, Rol.LEZER))
    vraag(client, ws, "jaarschijf-docx", jaar=2026)
    first = Rapport.objects.get()
    resp = client.post(reverse("rapportage:opnieuw", args=[first.pk]))
    assert resp.status_code == 302
    assert Rapport.objects.count() == 2
    assert Rapport.objects.exclude(pk=first.pk).get().status == RapportStatus.KLAAR


def test_invalid_request_is_refused(client, ws):
    client.force_login(member(ws.gemeente, Rol.LEZER))
    assert vraag(client, ws, "monitoring-xlsx").status_code == 400
    assert vraag(client, ws, "monitoring-pdf", jaar=1990).status_code == 400
    assert not Rapport.objects.exists()


def test_rights(client, ws):
    eigen = member(ws.gemeente, Rol.LEZER)
    client.force_login(eigen)
    vraag(client, ws, "jaarschijf-docx", jaar=2026)
    rapport = Rapport.objects.get()
    urls = [
        reverse("rapportage:download", args=[rapport.pk]),
        reverse("rapportage:status", args=[rapport.pk]),
    ]
    client.logout()
    for url in [lijst(ws), *urls]:
        assert client.get(url).status_code == 302  # to the log-in page
    client.force_login(member(GemeenteFactory(), Rol.BEHEERDER))  # another municipality
    for url in [lijst(ws), *urls]:
        assert client.get(url).status_code == 404
    assert vraag(client, ws, "monitoring-pdf").status_code == 404
    assert client.post(reverse("rapportage:opnieuw", args=[rapport.pk])).status_code == 404
    assert Rapport.objects.count() == 1
    staff = member(GemeenteFactory(), Rol.LEZER, is_staff=True)
    client.force_login(staff)
    assert client.get(urls[0]).status_code == 200
