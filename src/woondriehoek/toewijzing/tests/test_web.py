"""Allocation monitor and streefhuur pages: rights, upload with mapping, no leftovers."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, member
from woondriehoek.toewijzing.models import Aanlevering, Kolomkoppeling, Verhuring

from .helpers import csv_bytes

pytestmark = pytest.mark.django_db

ROWS = [
    "2025-03-01;Woonwaarts;Druten;Deest;650,43;2;27725;nee;21;loting",
    "2025-04-01;Woonwaarts;Druten;Deest;700,00;1;20000;ja;70;urgentie",
]


@pytest.fixture
def d():
    return Driehoek()


def url(d, name="toewijzing:monitor", *args):
    return reverse(name, args=[d.gemeente.slug, *args])


def upload(client, d, content: bytes, naam="v.csv", soort="verhuringen"):
    return client.post(
        url(d, "toewijzing:aanleveren", soort),
        {"stap": "upload", "bestand": SimpleUploadedFile(naam, content)},
    )


def test_rights(client, d):
    assert client.get(url(d)).status_code == 302
    client.force_login(member(OrganisatieFactory(), Rol.BEHEERDER))
    assert client.get(url(d)).status_code == 404
    client.force_login(member(d.huurders, Rol.LEZER))
    resp = client.get(url(d))
    assert resp.status_code == 200 and not resp.context["kan_aanleveren"]
    assert client.get(url(d, "toewijzing:aanleveren", "verhuringen")).status_code == 403


def test_recognised_file_goes_straight_to_preview_and_imports(client, d):
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    resp = upload(client, d, csv_bytes(ROWS))
    assert resp.context["stap"] == "voorbeeld" and resp.context["aantal"] == 2
    resp = client.post(
        url(d, "toewijzing:aanleveren", "verhuringen"),
        {"stap": "importeren", "token": resp.context["token"], "koppeling": "{}"},
    )
    assert resp.status_code == 302
    a = Aanlevering.objects.get()
    assert a.organisatie == d.corporatie and a.verhuringen.count() == 2
    html = client.get(url(d)).content.decode()
    assert "limits of 2025 used" in html or "2025" in html
    [result] = client.get(url(d)).context["resultaten"]
    g = result["groepen"][0]
    assert g["urgent"]["voldoet"] is False
    assert g["overtredingen"][-1]["rijen"] == [3]


def test_other_headers_go_through_mapping_which_is_saved(client, d):
    client.force_login(member(d.gemeente, Rol.BEWERKER))
    kop = "Datum;Corp;Gem;Huur;Pers;Ink;AOW;Lft;Route"
    resp = upload(client, d, csv_bytes([r.replace(";Deest", "") for r in ROWS], kop))
    assert resp.context["stap"] == "koppelen"
    velden = dict(
        zip(
            [
                "datum",
                "corporatie",
                "gemeente",
                "kale_huur",
                "huishoudgrootte",
                "inkomen",
                "aow",
                "leeftijd",
                "route",
            ],
            kop.split(";"),
            strict=True,
        )
    )
    resp = client.post(
        url(d, "toewijzing:aanleveren", "verhuringen"),
        {
            "stap": "koppelen",
            "token": resp.context["token"],
            **{f"veld_{k}": v for k, v in velden.items()},
        },
    )
    assert resp.context["stap"] == "voorbeeld"
    client.post(
        url(d, "toewijzing:aanleveren", "verhuringen"),
        {
            "stap": "importeren",
            "token": resp.context["token"],
            "koppeling": resp.context["koppeling_json"],
        },
    )
    assert Verhuring.objects.count() == 2
    assert Kolomkoppeling.objects.get(organisatie=d.gemeente).koppeling["kale_huur"] == "Huur"
    again = upload(client, d, csv_bytes([r.replace(";Deest", "") for r in ROWS], kop))
    assert again.context["koppeling"]["kale_huur"] == "Huur"


def test_identifiers_and_bad_rows_leave_nothing_behind(client, d):
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    resp = upload(client, d, b"naam;bsn;datum\nJan;123;2025-01-01\n")
    assert "direct identificerende" in " ".join(resp.context["fouten"])
    resp = upload(client, d, csv_bytes([ROWS[0], ROWS[1].replace("20000", "twintig")]))
    assert resp.context["fouten"] == ["Rij 3, kolom 'inkomen': 'twintig' is geen getal."]
    assert not Aanlevering.objects.exists() and not Verhuring.objects.exists()


def test_streefhuur_form(client, d):
    client.force_login(member(d.huurders, Rol.LEZER))
    content = b"huur;max_huur\n600;1000\n500;900\n"
    resp = client.post(
        url(d, "toewijzing:streefhuur"),
        {
            "bestand": SimpleUploadedFile("voorraad.csv", content),
            "percentage": "72",
            "vergelijk": "67.5",
            "jaar": "2025",
        },
    )
    r = resp.context["resultaat"]
    assert r["grenzen_jaar"] == 2025 and len(r["scenarios"]) == 2
    assert r["scenarios"][0]["voor_verduurzaming"]["onder_aftoppingsgrens_laag"] == 0.5
