"""Planmonitor pages, rights, import with history and all-or-nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from woondriehoek.afspraken.tests.factories import DoelFactory, Driehoek
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, member
from woondriehoek.toewijzing.bestanden import ImportFout, lees_en_valideer
from woondriehoek.toewijzing.models import Kolomkoppeling
from woondriehoek.woningbouw.models import PlanmonitorDoel, Project
from woondriehoek.woningbouw.services.importeren import importeer

from .factories import OpleveringFactory, ProjectFactory

pytestmark = pytest.mark.django_db

KOP = (
    "project;kern;corporatie;planstatus;sociale_huur;middenhuur;vrije_huur;sociale_koop;"
    "vrije_koop;oplevering_jaar;sloop;verkoop;overheveling"
)


@pytest.fixture
def d():
    d = Driehoek()
    d.eigen = ProjectFactory(gemeente=d.gemeente, corporatie=d.corporatie, naam="Eigen")
    OpleveringFactory(project=d.eigen, jaar=2026, sociale_huur=12, vrije_koop=20)
    d.ander = ProjectFactory(gemeente=d.gemeente, naam="Particulier", planstatus="4A")
    OpleveringFactory(project=d.ander, jaar=2027, sociale_huur=0, vrije_koop=40)
    return d


def url(d, name="woningbouw:planmonitor", *args):
    return reverse(name, args=[d.gemeente.slug, *args])


def test_reader_sees_forecast_chart_and_deviations(client, d):
    client.force_login(member(d.huurders, Rol.LEZER))
    html = client.get(url(d)).content.decode()
    assert "<svg" in html and "Particulier" in html
    assert "Sociaal aandeel 0%" in html
    assert reverse("woningbouw:project_nieuw", args=[d.gemeente.slug]) not in html
    assert client.get(url(d, "woningbouw:project", d.eigen.pk)).status_code == 403


def test_outsider_gets_404_and_anonymous_is_sent_to_login(client, d):
    assert client.get(url(d)).status_code == 302
    client.force_login(member(OrganisatieFactory(), Rol.BEHEERDER))
    assert client.get(url(d)).status_code == 404


def test_gemeente_bewerker_edits_any_project_with_history(client, d):
    client.force_login(member(d.gemeente, Rol.BEWERKER))
    data = {
        "naam": "Particulier",
        "kern": "Deest",
        "initiatiefnemer": "Bouwbedrijf",
        "corporatie": "",
        "woningtype": "",
        "planstatus": "2A",
        "projectstatus": "voorbereiding",
        "toelichting": "",
        "fases-TOTAL_FORMS": "1",
        "fases-INITIAL_FORMS": "1",
        "fases-MIN_NUM_FORMS": "0",
        "fases-MAX_NUM_FORMS": "1000",
        "fases-0-id": d.ander.opleveringen.get().pk,
        "fases-0-project": d.ander.pk,
        "fases-0-jaar": "2027",
        "fases-0-sociale_huur": "15",
        "fases-0-vrije_koop": "25",
        **{
            f"fases-0-{k}": "0"
            for k in [
                "middenhuur",
                "vrije_huur",
                "sociale_koop",
                "sloop",
                "verkoop",
                "overheveling",
            ]
        },
    }
    resp = client.post(url(d, "woningbouw:project", d.ander.pk), data)
    assert resp.status_code == 302
    d.ander.refresh_from_db()
    assert d.ander.planstatus == "2A" and d.ander.totalen()["sociale_huur"] == 15
    assert d.ander.history.count() == 2


def test_corporation_bewerker_edits_only_own_projects(client, d):
    client.force_login(member(d.corporatie, Rol.BEWERKER))
    assert client.get(url(d, "woningbouw:project", d.eigen.pk)).status_code == 200
    assert client.get(url(d, "woningbouw:project", d.ander.pk)).status_code == 403
    form = client.get(url(d, "woningbouw:project_nieuw")).context["form"]
    assert list(form.fields["corporatie"].queryset) == [d.corporatie]


def test_import_flow_with_mapping_saves_mapping(client, d):
    user = member(d.gemeente, Rol.BEWERKER)
    client.force_login(user)
    content = b"Projectnaam;Status;Jaar;SH\nNieuwe Hof;1B;2026;30\n"
    from django.core.files.uploadedfile import SimpleUploadedFile

    resp = client.post(
        url(d, "woningbouw:importeren"),
        {"stap": "upload", "bestand": SimpleUploadedFile("plan.csv", content)},
    )
    assert resp.context["stap"] == "koppelen"
    token = resp.context["token"]
    mapping = {
        "veld_project": "Projectnaam",
        "veld_planstatus": "Status",
        "veld_oplevering_jaar": "Jaar",
        "veld_sociale_huur": "SH",
    }
    resp = client.post(
        url(d, "woningbouw:importeren"), {"stap": "koppelen", "token": token, **mapping}
    )
    assert resp.context["stap"] == "voorbeeld" and resp.context["aantal"] == 1
    resp = client.post(
        url(d, "woningbouw:importeren"),
        {"stap": "importeren", "token": token, "koppeling": resp.context["koppeling_json"]},
    )
    assert resp.status_code == 302
    assert Project.objects.get(naam="Nieuwe Hof").totalen()["sociale_huur"] == 30
    assert Kolomkoppeling.objects.get(organisatie=d.gemeente).koppeling["project"] == "Projectnaam"


def test_import_is_all_or_nothing(d):
    data = (
        f"{KOP}\nNieuw;Druten;;1A;5;0;0;0;0;2026;0;0;0\n"
        "Fout;Druten;Onbekend;1A;5;0;0;0;0;2026;0;0;0\n"
    )
    df = lees_en_valideer(data.encode(), "planmonitor")
    with pytest.raises(ImportFout) as exc:
        importeer(df, d.gemeente)
    assert exc.value.fouten[0][:2] == (3, "corporatie")
    assert not Project.objects.filter(naam="Nieuw").exists()


def test_reimport_updates_and_keeps_history(d):
    naam = d.corporatie.naam
    data = f"{KOP}\nEigen;Druten;{naam};1B;20;0;0;0;0;2027;0;0;0\n"
    counts = importeer(lees_en_valideer(data.encode(), "planmonitor"), d.gemeente)
    assert counts == {"nieuw": 0, "bijgewerkt": 1, "regels": 1}
    d.eigen.refresh_from_db()
    assert d.eigen.planstatus == "1B"
    assert list(d.eigen.opleveringen.values_list("jaar", "sociale_huur")) == [(2027, 20)]
    assert d.eigen.history.first().prev_record.planstatus == "2A"


def test_corporation_import_is_limited_to_own_projects(d):
    data = f"{KOP}\nParticulier;Druten;;1B;20;0;0;0;0;2027;0;0;0\n"
    with pytest.raises(ImportFout):
        importeer(lees_en_valideer(data.encode(), "planmonitor"), d.gemeente, {d.corporatie.pk})


def test_inconsistent_project_rows_are_refused(d):
    data = f"{KOP}\nX;Druten;;1B;2;0;0;0;0;2027;0;0;0\nX;Deest;;1B;2;0;0;0;0;2028;0;0;0\n"
    with pytest.raises(ImportFout) as exc:
        importeer(lees_en_valideer(data.encode(), "planmonitor"), d.gemeente)
    assert exc.value.fouten[0][:2] == (3, "kern")


def test_linked_target_shows_progress(client, d):
    doel = DoelFactory(item=d.items["corporatie"], waarde=20, start_jaar=2022, eind_jaar=2030)
    PlanmonitorDoel.objects.create(doel=doel, gemeente=d.gemeente)
    client.force_login(member(d.gemeente, Rol.LEZER))
    resp = client.get(url(d))
    [stand] = resp.context["doelen"]
    assert stand["gepland_hard"] == 12 and stand["op_koers"] is False
    assert "12 / 20" in resp.content.decode()
