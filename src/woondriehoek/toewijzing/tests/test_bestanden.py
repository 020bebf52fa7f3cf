"""Reading, mapping and validating files: every bad input gets a precise message."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from woondriehoek.toewijzing.bestanden import ImportFout, lees_en_valideer
from woondriehoek.toewijzing.bestanden.koppeling import identificerende_kolommen, is_herkend
from woondriehoek.toewijzing.bestanden.schema import SCHEMAS

from .helpers import KOP, csv_bytes

GOED = "2025-03-01;Woonwaarts;Druten;Deest;650,43;2;27.725;nee;34;regulier"


def fout(data: bytes, soort: str = "verhuringen", **kw) -> ImportFout:
    with pytest.raises(ImportFout) as exc:
        lees_en_valideer(data, soort, **kw)
    return exc.value


def test_semicolon_file_with_decimal_commas_and_bom_is_read():
    data = b"\xef\xbb\xbf" + csv_bytes(
        [GOED, "01-04-2025;Woonwaarts;Druten;;700.10;3;1.234,50;ja;70;Loting"]
    )
    df = lees_en_valideer(data, "verhuringen")
    assert df.get_column("kale_huur").to_list() == [650.43, 700.10]
    assert df.get_column("inkomen").to_list() == [27725.0, 1234.5]
    assert df.get_column("aow").to_list() == [False, True]
    assert df.get_column("route").to_list() == ["regulier", "loting"]
    assert df.get_column("rij").to_list() == [2, 3]


def test_comma_file_is_sniffed():
    data = csv_bytes([GOED.replace(";", ",").replace("650,43", "650.43")], KOP.replace(";", ","))
    assert lees_en_valideer(data, "verhuringen").height == 1


def test_wrong_delimiter():
    e = fout(csv_bytes([GOED.replace(";", "|")], KOP.replace(";", "|")))
    assert e.fouten[0][0] == 1 and "scheidingsteken" in e.fouten[0][2]


def test_decimal_comma_in_a_comma_separated_file_names_the_row():
    line = GOED.replace(";", ",")
    e = fout(csv_bytes([line], KOP.replace(";", ",")))
    assert e.fouten[0][0] == 2
    assert "11 waarden" in e.fouten[0][2] and "decimaalteken" in e.fouten[0][2]


def test_unknown_column():
    e = fout(csv_bytes([GOED + ";x"], KOP + ";opmerking"))
    assert e.fouten[0][:2] == (1, "opmerking") and "onbekende kolom (kolom 11)" in e.fouten[0][2]


def test_missing_required_column():
    kop = KOP.replace(";route", "")
    e = fout(csv_bytes([GOED.rsplit(";", 1)[0]], kop))
    assert e.fouten == [(1, "route", "deze verplichte kolom ontbreekt.")]


def test_missing_year_and_date():
    e = fout(b"jaar;gemeente;groep;actief\n;Druten;alle;100\n", "zoekenden")
    assert e.fouten == [(2, "jaar", "het jaar ontbreekt.")]
    e = fout(csv_bytes([GOED.replace("2025-03-01", "")]))
    assert e.fouten == [(2, "datum", "de datum ontbreekt.")]


def test_text_in_a_number_column():
    e = fout(csv_bytes([GOED, GOED.replace("27.725", "onbekend")]))
    assert e.fouten == [(3, "inkomen", "'onbekend' is geen getal.")]


def test_fraction_in_an_integer_column():
    e = fout(csv_bytes([GOED.replace(";2;27.725", ";2,5;27.725")]))
    assert e.fouten[0][:2] == (2, "huishoudgrootte")


def test_duplicated_rows():
    e = fout(csv_bytes([GOED, GOED.replace("650,43", "650.43")]))
    assert e.fouten == [(3, None, "deze rij is gelijk aan rij 2 (dubbele regel).")]
    e = fout(
        b"jaar;gemeente;groep;actief\n2025;Druten;alle;100\n2025;Druten;alle;90\n", "zoekenden"
    )
    assert e.fouten[0][0] == 3 and "rij 2" in e.fouten[0][2]


def test_unknown_route_and_aow():
    e = fout(csv_bytes([GOED.replace("regulier", "wachttijd").replace(";nee;", ";misschien;")]))
    cols = {f[1]: f[2] for f in e.fouten}
    assert "'misschien'" in cols["aow"] and "ja, nee" in cols["aow"]
    assert "'wachttijd'" in cols["route"] and "urgentie" in cols["route"]


def test_messages_name_row_and_column():
    e = fout(csv_bytes([GOED.replace("27.725", "x")]))
    assert e.regels() == ["Rij 2, kolom 'inkomen': 'x' is geen getal."]


@pytest.mark.parametrize(
    "koppen",
    [
        ["naam", "datum"],
        ["BSN", "kern"],
        ["E-mailadres", "kern"],
        ["postcode", "huisnummer"],
        ["Telefoon nr", "kern"],
    ],
)
def test_direct_identifiers_are_refused(koppen):
    e = fout((";".join(koppen) + "\n" + ";".join("x" for _ in koppen) + "\n").encode())
    assert "direct identificerende" in e.fouten[0][2]


def test_postcode_alone_and_project_names_are_fine():
    assert identificerende_kolommen(["postcode", "projectnaam", "kern"]) == []


def test_xlsx_is_read_with_dates_and_numbers():
    wb = Workbook()
    ws = wb.active
    ws.append(KOP.split(";"))
    import datetime as dt

    ws.append(
        [
            dt.datetime(2025, 3, 1),
            "Woonwaarts",
            "Druten",
            None,
            650.43,
            2,
            27725,
            "nee",
            34,
            "regulier",
        ]
    )
    buf = io.BytesIO()
    wb.save(buf)
    df = lees_en_valideer(buf.getvalue(), "verhuringen", naam="export.xlsx")
    assert df.row(0, named=True)["kale_huur"] == 650.43 and df.row(0, named=True)["kern"] == ""


def test_mapping_renames_and_drops_other_columns():
    kop = "Datum verhuring;Corp;Gem;Huur;Personen;Inkomen;AOW;Leeftijd;Route;Opmerking"
    line = "2025-03-01;Woonwaarts;Druten;650,43;2;27725;nee;34;loting;vrij veld"
    koppeling = {
        "datum": "Datum verhuring",
        "corporatie": "Corp",
        "gemeente": "Gem",
        "kale_huur": "Huur",
        "huishoudgrootte": "Personen",
        "inkomen": "Inkomen",
        "aow": "AOW",
        "leeftijd": "Leeftijd",
        "route": "Route",
    }
    assert not is_herkend(kop.split(";"), SCHEMAS["verhuringen"])
    df = lees_en_valideer(csv_bytes([line], kop), "verhuringen", koppeling=koppeling)
    assert "Opmerking" not in df.columns and df.row(0, named=True)["route"] == "loting"


def test_mapping_without_required_field_is_refused():
    e = fout(csv_bytes([GOED]), koppeling={"datum": "datum"})
    assert {f[1] for f in e.fouten} >= {"corporatie", "route"}


def test_planmonitor_duplicate_project_year():
    kop = "project;planstatus;oplevering_jaar;sociale_huur"
    e = fout(f"{kop}\nA;1A;2026;10\nA;1a;2026;5\n".encode(), "planmonitor")
    assert e.fouten[0][0] == 3 and "'project' en 'oplevering_jaar'" in e.fouten[0][2]


def test_unknown_planstatus():
    e = fout(b"project;planstatus;oplevering_jaar\nA;7Z;2026\n", "planmonitor")
    assert e.fouten[0][:2] == (2, "planstatus")
