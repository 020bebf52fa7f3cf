"""Upload -> background job -> review -> publish, rights, and bad files on the upload page."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from woondriehoek.afspraken.models import Document, Item
from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.importeren.constants import TaakStatus
from woondriehoek.importeren.extract import errors as E
from woondriehoek.importeren.extract import extract_bytes
from woondriehoek.importeren.models import Importtaak
from woondriehoek.importeren.tests import import_fixtures as fx
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import (
    GemeenteFactory,
    OrganisatieFactory,
    UserFactory,
    member,
)

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def gemeente():
    return GemeenteFactory(naam="Gemeente Zandhoven")


@pytest.fixture
def beheerder(gemeente):
    return member(gemeente, Rol.BEHEERDER)


def _upload(client, user, name="zandhoven.md", data=None, **extra):
    client.force_login(user)
    content = fx.AGREEMENT_MD.encode() if data is None else data
    return client.post(
        reverse("importeren:upload"), {"bestand": SimpleUploadedFile(name, content), **extra}
    )


@pytest.fixture
def job(client, beheerder, gemeente) -> Importtaak:
    response = _upload(client, beheerder, gemeente=gemeente.pk)
    job = Importtaak.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("importeren:taak", args=[job.pk])
    return job


def test_upload_needs_a_beheerder(client, gemeente):
    assert client.get(reverse("importeren:upload")).status_code == 302  # to login
    client.force_login(member(gemeente, Rol.BEWERKER))
    assert client.get(reverse("importeren:upload")).status_code == 403
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse("importeren:upload")).status_code == 200


def test_upload_extracts_in_background_without_touching_register(job, gemeente):
    assert job.status == TaakStatus.KLAAR and job.voortgang == 100
    assert job.gemeente == gemeente and job.naam == "zandhoven.md"
    assert len(job.sha256) == 64 and job.bestand.name.startswith("importen/")
    assert job.resultaat["format"] == "afspraken-json/v1" and job.resultaat["items"]
    item = next(i for i in job.resultaat["items"] if "Het Anker" in i["text"])
    line = item["source"]["line"]
    row = next(row for row in job.bron if row["anchor"] == f"l{line}")
    assert row["ref"] == f"l{line}" and "Het Anker" in row["text"]
    assert Document.objects.count() == 0 and Item.objects.count() == 0


def test_job_page_polls_only_while_busy(client, job):
    url = reverse("importeren:taak", args=[job.pk])
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 1s"' not in page
    assert reverse("importeren:controle", args=[job.pk]) in page
    Importtaak.objects.filter(pk=job.pk).update(status=TaakStatus.BEZIG, voortgang=40)
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 1s"' in page
    assert f'hx-get="{reverse("importeren:status", args=[job.pk])}"' in page
    partial = client.get(reverse("importeren:status", args=[job.pk]), **HX).content.decode()
    assert 'value="40"' in partial and "<html" not in partial


def test_review_screen_links_items_to_source(client, job):
    page = client.get(reverse("importeren:controle", args=[job.pk])).content.decode()
    first = job.resultaat["items"][0]
    line = first["source"]["line"]
    assert f'id="bron-l{line}"' in page
    assert f'href="#bron-l{line}"' in page
    assert f'action="{reverse("importeren:publish", args=[job.pk])}"' in page
    assert "Woonstichting Het Anker" in page


def _post(client, job, action, item_id=None, **data):
    if action == "add":
        url = reverse("importeren:item_add", args=[job.pk])
    else:
        url = reverse("importeren:item_action", args=[job.pk, item_id, action])
    response = client.post(url, data, **HX)
    job.refresh_from_db()
    return response


def test_review_actions_update_result_and_rerender(client, job):
    ids = [i["id"] for i in job.resultaat["items"]]
    response = _post(client, job, "text", ids[0], text="Nieuwe tekst van de afspraak.")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="review-items"' in html and "<html" not in html
    assert "Nieuwe tekst van de afspraak." in html
    assert job.resultaat["items"][0]["text"] == "Nieuwe tekst van de afspraak."

    _post(client, job, "kind", ids[1], kind="ambitie")
    assert job.resultaat["items"][1]["kind"] == "ambitie"

    _post(client, job, "trekker", ids[1], trekker=["p1", "p3"], trekker_text="Provincie")
    assert job.resultaat["items"][1]["trekker"] == ["p1", "p3", "Provincie"]

    _post(client, job, "split", ids[1], first="Deel een.", second="Deel twee.")
    texts = [i["text"] for i in job.resultaat["items"]]
    assert texts[1:3] == ["Deel een.", "Deel twee."]

    _post(client, job, "merge", ids[1])
    assert job.resultaat["items"][1]["text"] == "Deel een. Deel twee."

    count = len(job.resultaat["items"])
    _post(client, job, "delete", ids[-1])
    assert len(job.resultaat["items"]) == count - 1
    assert ids[-1] not in {i["id"] for i in job.resultaat["items"]}

    _post(client, job, "add", text="Een gemiste afspraak.", kind="afspraak", theme="t2")
    added = job.resultaat["items"][-1]
    assert (added["text"], added["theme"]) == ("Een gemiste afspraak.", "t2")

    _post(client, job, "accept", ids[0])
    assert job.resultaat["items"][0]["reviewed"] is True

    response = client.post(
        reverse("importeren:party_type", args=[job.pk, "p3"]), {"type": "overig"}, **HX
    )
    job.refresh_from_db()
    assert response.status_code == 200 and job.resultaat["parties"][2]["type"] == "overig"
    assert Document.objects.count() == 0  # still nothing in the register


def test_bad_review_action_shows_message(client, job):
    last = job.resultaat["items"][-1]["id"]
    response = _post(client, job, "merge", last)
    assert response.status_code == 200 and "geen volgend item" in response.content.decode()
    response = client.post(reverse("importeren:item_action", args=[job.pk, last, "merge"]))
    assert response.status_code == 400


def test_publish_creates_concept_document(client, job, gemeente):
    _post(client, job, "text", job.resultaat["items"][0]["id"], text="Herziene tekst.")
    response = client.post(reverse("importeren:publish", args=[job.pk]))
    job.refresh_from_db()
    doc = Document.objects.get()
    assert response.status_code == 302 and response.url == doc.get_absolute_url()
    assert job.status == TaakStatus.GEPUBLICEERD and job.document == doc
    assert doc.status == "concept" and list(doc.gemeenten.all()) == [gemeente]
    assert doc.items.filter(tekst="Herziene tekst.").exists()
    # after publishing the review is closed
    first = job.resultaat["items"][0]["id"]
    assert _post(client, job, "delete", first).status_code == 400


def test_same_file_again_updates_the_same_document(client, job, beheerder, gemeente):
    client.post(reverse("importeren:publish", args=[job.pk]))
    _upload(client, beheerder, gemeente=gemeente.pk)
    again = Importtaak.objects.exclude(pk=job.pk).get()
    client.post(reverse("importeren:publish", args=[again.pk]))
    again.refresh_from_db()
    job.refresh_from_db()
    assert job.document_id is not None
    assert Document.objects.count() == 1 and again.document_id == job.document_id


def test_new_municipality_by_name(client):
    staff = UserFactory(is_staff=True)
    _upload(client, staff, gemeente_naam="Kleidorp")
    job = Importtaak.objects.get()
    client.post(reverse("importeren:publish", args=[job.pk]))
    doc = Document.objects.get()
    assert "Kleidorp" in {g.korte_naam for g in doc.gemeenten.all()}


def test_rights_on_a_job(client, job, gemeente):
    urls = [
        reverse("importeren:taak", args=[job.pk]),
        reverse("importeren:controle", args=[job.pk]),
        reverse("importeren:status", args=[job.pk]),
    ]
    client.force_login(member(OrganisatieFactory(), Rol.BEHEERDER))  # unrelated beheerder
    assert {client.get(u).status_code for u in urls} == {404}
    action = reverse("importeren:item_action", args=[job.pk, "i1", "delete"])
    assert client.post(action).status_code == 404
    assert client.post(reverse("importeren:publish", args=[job.pk])).status_code == 404
    client.force_login(member(gemeente, Rol.BEWERKER))  # not a beheerder
    assert client.get(urls[0]).status_code == 404
    client.force_login(member(gemeente, Rol.BEHEERDER))  # another beheerder of the gemeente
    assert client.get(urls[0]).status_code == 200
    world = Driehoek()
    job.gemeente = world.gemeente
    job.save()
    client.force_login(member(world.corporatie, Rol.BEHEERDER))  # beheerder of a party
    assert client.get(urls[1]).status_code == 200
    client.force_login(UserFactory(is_staff=True))
    assert client.get(urls[1]).status_code == 200


BAD_FILES = [
    ("scan.pdf", fx.scanned_pdf, E.NoTextLayerError),
    ("versleuteld.pdf", fx.encrypted_pdf, E.EncryptedPdfError),
    ("kapot.docx", fx.corrupt_docx, E.CorruptFileError),
    ("plaatje.pdf", fx.png_as_pdf, E.CorruptFileError),
    ("english.txt", lambda: fx.ENGLISH_TXT.encode(), E.NotDutchError),
]


@pytest.mark.parametrize(("name", "make", "error"), BAD_FILES)
def test_bad_file_shows_dutch_message_and_changes_nothing(client, beheerder, name, make, error):
    world = Driehoek()
    counts = (Document.objects.count(), Item.objects.count())
    with pytest.raises(error) as info:
        extract_bytes(make(), name)
    response = _upload(client, beheerder, name=name, data=make())
    assert response.status_code == 200
    page = response.content.decode()
    assert info.value.message.replace("'", "&#x27;") in page
    assert Importtaak.objects.get().status == TaakStatus.FOUT
    assert (Document.objects.count(), Item.objects.count()) == counts
    assert world.document.items.count() == 3


def test_empty_and_unsupported_files_are_refused_by_the_form(client, beheerder):
    page = _upload(client, beheerder, name="leeg.txt", data=b"").content.decode()
    assert "leeg" in page  # Django's own "The submitted file is empty." or ours
    page = _upload(client, beheerder, name="tabel.xlsx", data=b"x").content.decode()
    assert E.UnsupportedFormatError().message in page
    assert Importtaak.objects.count() == 0


@override_settings(WOONDRIEHOEK_UPLOAD_MAX_BYTES=200)
def test_file_over_size_limit_is_refused(client, beheerder):
    page = _upload(client, beheerder).content.decode()
    assert "de grens is" in page
    assert Importtaak.objects.count() == 0 and Document.objects.count() == 0


@override_settings(WOONDRIEHOEK_UPLOAD_MAX_PAGES=1)
def test_page_limit_is_a_setting(client, beheerder):
    from weasyprint import HTML

    pdf = HTML(
        string="<p>Prestatieafspraken</p>" + '<p style="break-before:page">x</p>'
    ).write_pdf()
    page = _upload(client, beheerder, name="lang.pdf", data=pdf).content.decode()
    assert "grens is 1" in page
    assert Importtaak.objects.get().status == TaakStatus.FOUT


def test_pdf_source_is_anchored_per_page_line(client, beheerder):
    _upload(client, beheerder, name="zandhoven.pdf", data=fx.agreement_pdf())
    job = Importtaak.objects.get()
    assert job.status == TaakStatus.KLAAR, job.foutmelding
    assert job.bron[0]["ref"] == "p1" and job.bron[0]["anchor"].startswith("p1-")
    anchors = [row["anchor"] for row in job.bron]
    assert len(anchors) == len(set(anchors))
    page = client.get(reverse("importeren:controle", args=[job.pk])).content.decode()
    assert f'id="bron-{anchors[0]}"' in page


def test_demo_adds_one_job_for_review_and_is_idempotent():
    from woondriehoek.importeren import demo

    gemeente = GemeenteFactory(naam="Gemeente Druten")
    user = UserFactory(username="druten-beheerder")
    demo.load(None)
    demo.load(None)
    job = Importtaak.objects.get()
    assert job.status == TaakStatus.KLAAR and job.gemeente == gemeente
    assert job.aangemaakt_door == user and len(job.resultaat["items"]) >= 5
    assert Document.objects.count() == 0


def test_actions_without_htmx_redirect_back_and_unknown_action_is_refused(client, job):
    first = job.resultaat["items"][0]["id"]
    url = reverse("importeren:item_action", args=[job.pk, first, "kind"])
    response = client.post(url, {"kind": "ambitie"})
    assert response.status_code == 302
    assert response.url == reverse("importeren:controle", args=[job.pk])
    bogus = reverse("importeren:item_action", args=[job.pk, first, "verdubbel"])
    assert client.post(bogus).status_code == 400
    assert client.get(url).status_code == 405
