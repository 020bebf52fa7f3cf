"""An export and the public page contain only what the requesting user may read."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import member

from .fixtures import AUTEUR, AUTEUR_EMAIL, CONCEPT_TITEL, REACTIE_TEKST
from .helpers import alle_tekst, zip_csv

pytestmark = pytest.mark.django_db

GEHEIM = [CONCEPT_TITEL, REACTIE_TEKST, AUTEUR, AUTEUR_EMAIL, "Buurtbudget", "Geheim"]


def _export(client, gemeente, formaat: str, soort: str = "") -> bytes:
    url = reverse("openbaar:export", args=[gemeente.slug, formaat])
    response = client.get(url + (f"?soort={soort}" if soort else ""))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    return response.content


def _csv_text(content: bytes) -> str:
    return json.dumps(zip_csv(content), ensure_ascii=False)


@pytest.mark.parametrize("gemeente", ["ga", "gb"])
def test_anonymous_exports_hold_no_drafts_comments_or_names(client, open_data, gemeente):
    org = getattr(open_data, gemeente)
    texts = [
        alle_tekst(_export(client, org, "xlsx")),
        _csv_text(_export(client, org, "csv")),
        _export(client, org, "json").decode(),
    ]
    for text in texts:
        for secret in GEHEIM:
            assert secret not in text


def test_anonymous_json_is_the_published_documents(client, open_data):
    data = json.loads(_export(client, open_data.gb, "json"))
    assert [d["document"]["title"] for d in data] == [open_data.b.titel]
    assert all(d["format"] == "afspraken-json/v1" for d in data)


def test_a_member_of_b_exports_bs_draft(client, open_data):
    client.force_login(member(open_data.gb, Rol.LEZER))
    text = alle_tekst(_export(client, open_data.gb, "xlsx"))
    assert CONCEPT_TITEL in text and "Buurtbudget" in text
    assert AUTEUR not in text and REACTIE_TEKST not in text


def test_a_member_of_a_cannot_export_bs_unpublished_data(client, open_data):
    client.force_login(member(open_data.ga, Rol.BEHEERDER))
    text = alle_tekst(_export(client, open_data.gb, "xlsx"))
    assert open_data.b.titel in text
    assert CONCEPT_TITEL not in text and "Buurtbudget" not in text
    data = json.loads(_export(client, open_data.gb, "json"))
    assert CONCEPT_TITEL not in json.dumps(data)
    concept_json = reverse("openbaar:document_json", args=[open_data.b_concept.pk])
    assert client.get(concept_json).status_code == 404


def test_anonymous_gets_no_planmonitor_a_member_does(client, open_data):
    files = zip_csv(_export(client, open_data.ga, "csv"))
    assert files["projecten.csv"] == [] and files["toewijzing.csv"] == []
    client.force_login(member(open_data.ga, Rol.LEZER))
    files = zip_csv(_export(client, open_data.ga, "csv"))
    assert [r["project"] for r in files["projecten.csv"]] == ["Achter de Kerk"]


def test_unknown_format_or_kind_is_404(client, open_data):
    assert (
        client.get(reverse("openbaar:export", args=[open_data.ga.slug, "pdf"])).status_code == 404
    )
    url = reverse("openbaar:export", args=[open_data.ga.slug, "csv"]) + "?soort=reacties"
    assert client.get(url).status_code == 404


def test_document_json_of_a_published_document(client, open_data):
    response = client.get(reverse("openbaar:document_json", args=[open_data.a.pk]))
    assert response.status_code == 200
    assert json.loads(response.content)["document"]["title"] == open_data.a.titel
