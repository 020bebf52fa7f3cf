from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from .helpers import csv_bytes

pytestmark = pytest.mark.django_db

ROWS = [
    "2025-03-01;Woonwaarts;Druten;Deest;650,43;2;27725;nee;21;loting",
    "2025-04-01;Woonwaarts;Druten;Deest;700,00;1;20000;ja;70;urgentie",
    "2025-05-01;De Kernen;Druten;Horssen;500,00;4;35000;nee;35;regulier",
]


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def verhuringen(tmp_path):
    path = tmp_path / "verhuringen.csv"
    path.write_bytes(csv_bytes(ROWS))
    return path


def test_toewijzing_json_shape(verhuringen, tmp_path):
    zoek = tmp_path / "zoekenden.csv"
    zoek.write_text("jaar,gemeente,groep,actief\n2025,Druten,jongeren,10\n2025,Druten,alle,30\n")
    data = json.loads(
        run(
            "toewijzing",
            str(verhuringen),
            "--jaar",
            "2025",
            "--format",
            "json",
            "--zoekenden",
            str(zoek),
        )
    )
    assert data["jaar"] == 2025 and data["grenzen_jaar"] == 2025
    assert [g["corporatie"] for g in data["groepen"]] == ["De Kernen", "Woonwaarts"]
    g = data["groepen"][1]
    assert g["gemeente"] == "Druten" and g["verhuringen"] == 2
    assert set(g["passend_toewijzen"]) >= {"aandeel", "norm", "voldoet"}
    assert g["passend_toewijzen"]["norm"] == 0.95
    assert set(g["daeb_doelgroep"]) >= {"aandeel", "norm", "voldoet"}
    assert g["urgent"]["aandeel"] == 0.5 and g["loting"]["aandeel"] == 0.5
    assert g["slaagkans"]["jongeren"] == 0.1
    assert set(g["slaagkans"]) >= {"jongeren", "gezinnen", "senioren", "urgenten"}


def test_toewijzing_falls_back_to_latest_year_and_says_so(tmp_path):
    path = tmp_path / "v.csv"
    path.write_bytes(csv_bytes([r.replace("2025-", "2031-") for r in ROWS]))
    data = json.loads(run("toewijzing", str(path), "--jaar", "2031", "--format", "json"))
    assert data["jaar"] == 2031 and data["grenzen_jaar"] == 2026
    assert "huurgrenzen van 2026" in run("toewijzing", str(path), "--jaar", "2031")


def test_toewijzing_text_lists_breaches(verhuringen):
    out = run("toewijzing", str(verhuringen), "--jaar", "2025", "--taakstelling", "De Kernen=2")
    assert "De Kernen in Druten: 1 verhuringen" in out
    assert "urgente groepen" in out and "Rijen: 3" in out
    assert "er ontbreken 2" in out


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (csv_bytes([ROWS[0].replace("27725", "veel")]), "rij 2, kolom 'inkomen'"),
        (b"naam;datum\nJan;2025-01-01\n", "direct identificerende"),
        (csv_bytes([ROWS[0]]).replace(b";", b"|"), "scheidingsteken"),
    ],
)
def test_bad_files_give_one_dutch_line(tmp_path, content, needle):
    path = tmp_path / "fout.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError) as exc:
        run("toewijzing", str(path), "--jaar", "2025")
    assert needle in str(exc.value).lower() and "\n" not in str(exc.value)


def test_missing_file_and_year_without_lettings(verhuringen):
    with pytest.raises(CommandError, match="niet gevonden"):
        run("toewijzing", "/nonexistent.csv", "--jaar", "2025")
    with pytest.raises(CommandError, match="geen verhuringen in 2024"):
        run("toewijzing", str(verhuringen), "--jaar", "2024")
    with pytest.raises(CommandError, match="taakstelling"):
        run("toewijzing", str(verhuringen), "--jaar", "2025", "--taakstelling", "x")


def test_streefhuur_json(tmp_path):
    path = tmp_path / "voorraad.csv"
    path.write_text(
        "huur;max_huur;type;label;mutatiekans;verduurzaming_huurverhoging\n"
        "600;1000;eengezins;C;0,5;40\n500;900;appartement;B;0,5;0\n"
    )
    data = json.loads(
        run(
            "streefhuur",
            str(path),
            "--percentage",
            "72",
            "--percentage",
            "67.5",
            "--jaar",
            "2025",
            "--format",
            "json",
        )
    )
    assert data["grenzen_jaar"] == 2025 and data["woningen"] == 2
    s72, s675 = data["scenarios"]
    # 72%: 720 (> 682.96 laag, ≤ 731.93 hoog) and 648; 67.5%: 675 and 607.50.
    assert s72["voor_verduurzaming"]["onder_aftoppingsgrens_laag"] == 0.5
    assert s72["voor_verduurzaming"]["onder_aftoppingsgrens_hoog"] == 1.0
    assert s675["voor_verduurzaming"]["onder_aftoppingsgrens_laag"] == 1.0
    # after +40 the first home is at 715 (67.5%): above laag.
    assert s675["na_verduurzaming"]["onder_aftoppingsgrens_laag"] == 0.5
    assert sum(s72["na_verduurzaming"]["huurklassen"].values()) == pytest.approx(1.0)


def test_streefhuur_rejects_bad_percentage(tmp_path):
    path = tmp_path / "voorraad.csv"
    path.write_text("huur;max_huur\n600;1000\n")
    with pytest.raises(CommandError, match="percentage"):
        run("streefhuur", str(path), "--percentage", "150", "--jaar", "2025")


def test_planmonitor_json(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text(
        "project,kern,corporatie,planstatus,sociale_huur,middenhuur,vrije_huur,sociale_koop,"
        "vrije_koop,oplevering_jaar,sloop,verkoop,overheveling\n"
        "Deest Zuid,Deest,Woonwaarts,2A,20,5,0,0,75,2026,0,8,0\n"
        "Deest Zuid,Deest,Woonwaarts,2A,10,0,0,0,0,2029,0,0,0\n"
        "Horssen,Horssen,De Kernen,3,12,0,0,0,0,2027,2,0,1\n"
    )
    data = json.loads(
        run("planmonitor", str(path), "--format", "json", "--start", "2025", "--eind", "2028")
    )
    ww = next(c for c in data["corporaties"] if c["corporatie"] == "Woonwaarts")
    assert ww["periode"]["sociale_huur"] == {
        "nieuwbouw_hard": 20,
        "nieuwbouw_zacht": 0,
        "onttrekking_sloop_overheveling": 0,
        "onttrekking_verkoop": 8,
        "netto_groei": 12,
    }
    assert ww["doorkijk"]["sociale_huur"]["nieuwbouw_hard"] == 10
    dk = next(c for c in data["corporaties"] if c["corporatie"] == "De Kernen")
    assert dk["periode"]["sociale_huur"]["netto_groei"] == -3
    assert dk["periode"]["middenhuur"]["netto_groei"] == 1
    toets = {p["project"]: p for p in data["normtoets"]}
    assert toets["Deest Zuid"]["voldoet"] is False  # 30 of 110 = 27% < 30%
    assert len(toets["Deest Zuid"]["afwijkingen"]) == 2  # and 5 middenhuur of 110 < 5%
