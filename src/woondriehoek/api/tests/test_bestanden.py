"""Monitor files through the API: who may upload what, refused files, and the results."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.tests.factories import OrganisatieFactory, member
from woondriehoek.toewijzing.models import Aanlevering, Verhuring, Zoekenden
from woondriehoek.woningbouw.models import Project

from .conftest import Api, org_api, personal_api

pytestmark = pytest.mark.django_db

VERHURINGEN = "datum;corporatie;gemeente;kale_huur;huishoudgrootte;inkomen;aow;leeftijd;route"
PLAN = "project;corporatie;planstatus;sociale_huur;middenhuur;vrije_koop;oplevering_jaar"


def csv(kop: str, *rows: str, naam: str = "bestand.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(naam, ("\n".join([kop, *rows]) + "\n").encode(), "text/csv")


def lettings(d: Driehoek, corporatie: str | None = None, gemeente: str | None = None):
    c, g = corporatie or d.corporatie.naam, gemeente or d.gemeente.naam
    return csv(
        VERHURINGEN,
        f"2025-03-01;{c};{g};600;1;25000;nee;40;regulier",
        f"2025-04-01;{c};{g};700;3;30000;nee;30;urgentie",
    )


def upload(api: Api, d: Driehoek, soort: str, bestand, **data):
    return api.post(f"/gemeenten/{d.gemeente.pk}/{soort}", {"bestand": bestand, **data})


@pytest.fixture
def d() -> Driehoek:
    return Driehoek()


def test_a_corporation_token_uploads_its_lettings_and_reads_the_monitor(client, d):
    api = org_api(client, d.corporatie)
    response = upload(api, d, "toewijzing/verhuringen", lettings(d))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["aantal"] == 2 and body["organisatie"] == d.corporatie.pk
    assert Verhuring.objects.count() == 2
    monitor = api.get(f"/gemeenten/{d.gemeente.pk}/toewijzing", jaar=2025).json()
    (jaar,) = monitor["jaren"]
    assert jaar["jaar"] == 2025 and jaar["verhuringen"] == 2
    (groep,) = jaar["groepen"]
    assert groep["corporatie"] == d.corporatie.naam and groep["urgent"]["aantal"] == 1
    other = api.get(f"/gemeenten/{d.gemeente.pk}/toewijzing", corporatie=d.huurders.pk)
    assert other.json()["jaren"][0]["groepen"] == []


@pytest.mark.parametrize(
    "kwargs",
    [{"corporatie": "Andere Woonstichting"}, {"gemeente": "Gemeente Elders"}],
    ids=["other-corporation", "other-municipality"],
)
def test_a_corporation_token_never_uploads_for_others(client, d, kwargs):
    response = upload(
        org_api(client, d.corporatie), d, "toewijzing/verhuringen", lettings(d, **kwargs)
    )
    assert response.status_code == 403
    assert "Row 2" in response.json()["detail"]
    assert not Aanlevering.objects.exists() and not Verhuring.objects.exists()


def test_a_corporation_cannot_supply_where_it_is_not_party(client, d):
    elders = Driehoek()
    api = org_api(client, d.corporatie)
    response = upload(api, elders, "toewijzing/verhuringen", lettings(elders, d.corporatie.naam))
    assert response.status_code == 404
    assert api.get(f"/gemeenten/{elders.gemeente.pk}/toewijzing").status_code == 404
    assert api.get(f"/gemeenten/{elders.gemeente.pk}/planmonitor").status_code == 404
    assert not Aanlevering.objects.exists()


@pytest.mark.parametrize(
    "who", ["tenants-organisation", "corporation-lezer", "outsider-beheerder", "anonymous"]
)
def test_who_may_not_upload(client, anon, d, who):
    api = {
        "tenants-organisation": lambda: org_api(client, d.huurders),
        "corporation-lezer": lambda: personal_api(client, d.corporatie, Rol.LEZER),
        "outsider-beheerder": lambda: personal_api(client, OrganisatieFactory(), Rol.BEHEERDER),
        "anonymous": lambda: anon,
    }[who]()
    expected = {"anonymous": 401, "outsider-beheerder": 404}.get(who, 403)
    assert upload(api, d, "toewijzing/verhuringen", lettings(d)).status_code == expected
    plan = csv(PLAN, f"Nieuw;{d.corporatie.naam};1A;10;0;0;2026")
    assert upload(api, d, "planmonitor", plan).status_code == expected
    assert not Aanlevering.objects.exists() and not Project.objects.exists()


@pytest.mark.parametrize(
    "kop,regel,melding",
    [
        (
            VERHURINGEN + ";naam",
            "2025-03-01;C;G;600;1;25000;nee;40;regulier;Jan",
            "identificerende",
        ),
        (VERHURINGEN + ";bsn", "2025-03-01;C;G;600;1;25000;nee;40;regulier;1", "identificerende"),
        (VERHURINGEN + ";kleur", "2025-03-01;C;G;600;1;25000;nee;40;regulier;rood", "onbekende"),
        (VERHURINGEN, "2025-03-01;C;G;600;1;onbekend;nee;40;regulier", "geen getal"),
        (VERHURINGEN, "2025-03-01;C;G;600;1;25000;nee;40;vliegtuig", "bekende waarde"),
    ],
    ids=["naam", "bsn", "unknown-column", "text-in-number", "unknown-route"],
)
def test_refused_files_answer_400_with_every_problem_and_store_nothing(
    client, d, kop, regel, melding
):
    api = personal_api(client, d.gemeente)
    response = upload(api, d, "toewijzing/verhuringen", csv(kop, regel))
    assert response.status_code == 400, response.content
    body = response.json()
    assert melding in body["detail"] and body["fouten"]
    assert {"rij", "kolom", "melding"} <= set(body["fouten"][0])
    assert not Aanlevering.objects.exists() and not Verhuring.objects.exists()


@pytest.mark.parametrize(
    "bestand",
    [
        SimpleUploadedFile("x.xlsx", b"not a zip", "application/octet-stream"),
        SimpleUploadedFile("x.pdf", b"%PDF-1.4", "application/pdf"),
        SimpleUploadedFile("x.csv", b"\xff\xfe\x00", "text/csv"),
        SimpleUploadedFile("x.csv", b"", "text/csv"),
    ],
    ids=["corrupt-xlsx", "pdf", "binary-csv", "empty"],
)
def test_unreadable_files_answer_400(client, d, bestand):
    response = upload(personal_api(client, d.gemeente), d, "toewijzing/verhuringen", bestand)
    assert response.status_code == 400, response.content
    assert response.json()["detail"]
    assert not Aanlevering.objects.exists()


def test_the_gemeente_uploads_seekers_and_a_member_of_two_parties_must_choose(client, d):
    user = member(d.gemeente, Rol.BEWERKER)
    seekers = f"jaar;gemeente;groep;actief\n2025;{d.gemeente.naam};alle;400\n"
    api = org_api(client, d.gemeente)
    response = upload(api, d, "toewijzing/zoekenden", SimpleUploadedFile("z.csv", seekers.encode()))
    assert response.status_code == 201, response.content
    assert Zoekenden.objects.get().actief == 400
    # A personal token of someone in both the gemeente and the corporation says for whom.
    from woondriehoek.api.services.tokens import create_personal_token
    from woondriehoek.organisaties.models import Lidmaatschap

    Lidmaatschap.objects.create(user=user, organisatie=d.corporatie, rol=Rol.BEWERKER)
    both = Api(client, create_personal_token(user, "t").secret)
    assert upload(both, d, "toewijzing/verhuringen", lettings(d)).status_code == 403
    response = upload(both, d, "toewijzing/verhuringen", lettings(d), organisatie=d.corporatie.pk)
    assert response.status_code == 201
    assert (
        upload(
            both, d, "toewijzing/verhuringen", lettings(d), organisatie=d.huurders.pk
        ).status_code
        == 403
    )


def test_planmonitor_upload_by_corporation_only_for_its_own_projects(client, d):
    api = org_api(client, d.corporatie)
    own = csv(
        PLAN,
        f"Eigen;{d.corporatie.naam};1A;10;2;5;2026",
        f"Eigen;{d.corporatie.naam};1A;4;0;0;2027",
    )
    response = upload(api, d, "planmonitor", own)
    assert response.status_code == 201, response.content
    assert response.json() == {"nieuw": 1, "bijgewerkt": 0, "regels": 2}
    assert Project.objects.get().corporatie == d.corporatie
    # Rows without its corporation, or a project of another party: 403, nothing changes.
    for rows in (
        ["Particulier;;4A;0;0;40;2027"],
        [f"Eigen;{d.corporatie.naam};1A;1;0;0;2026", "X;;3;1;0;0;2026"],
    ):
        assert upload(api, d, "planmonitor", csv(PLAN, *rows)).status_code == 403
    Project.objects.create(gemeente=d.gemeente, naam="Van de gemeente", planstatus="1A")
    taken = csv(PLAN, f"Van de gemeente;{d.corporatie.naam};1A;3;0;0;2026")
    assert upload(api, d, "planmonitor", taken).status_code == 403
    assert Project.objects.count() == 2
    assert sum(o.sociale_huur for o in Project.objects.get(naam="Eigen").opleveringen.all()) == 14
    forecast = api.get(f"/gemeenten/{d.gemeente.pk}/planmonitor", start=2025, eind=2028).json()
    (corp,) = [c for c in forecast["corporaties"] if c["corporatie"] == d.corporatie.naam]
    assert corp["periode"]["sociale_huur"]["nieuwbouw_hard"] == 14
    assert forecast["norm"]["min_sociaal"] == 0.3


def test_planmonitor_invalid_file_is_400_and_atomic(client, d):
    api = org_api(client, d.gemeente)
    bad = csv(PLAN, f"A;{d.corporatie.naam};1A;10;0;0;2026", "B;Onbekende Corporatie;1A;1;0;0;2026")
    response = upload(api, d, "planmonitor", bad)
    assert response.status_code == 400
    assert response.json()["fouten"][0]["rij"] == 3
    assert not Project.objects.exists()
    empty = api.get(f"/gemeenten/{d.gemeente.pk}/planmonitor").json()
    assert empty["corporaties"] == [] and empty["normtoets"] == []
