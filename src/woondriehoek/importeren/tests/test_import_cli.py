"""The extract / import / export commands: happy paths, re-import, losslessness, bad input."""

from __future__ import annotations

import json

import pytest
from django.test import override_settings

from woondriehoek.afspraken.models import Document, Item
from woondriehoek.afspraken.tests.factories import Driehoek
from woondriehoek.importeren.extract import errors as E
from woondriehoek.importeren.tests import import_fixtures as fx
from woondriehoek.importeren.tests.cli_helpers import woondriehoek

pytestmark = pytest.mark.django_db


@pytest.fixture
def run(capsys, monkeypatch):
    return lambda *argv: woondriehoek(capsys, monkeypatch, *argv)


@pytest.fixture
def agreement(tmp_path):
    path = tmp_path / "zandhoven.md"
    path.write_text(fx.AGREEMENT_MD, encoding="utf-8")
    return path


def test_extract_one_file_to_stdout(run, agreement):
    result = run("extract", str(agreement))
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["format"] == "afspraken-json/v1"
    assert data["source"]["file"] == "zandhoven.md"
    assert data["items"]
    assert Document.objects.count() == 0  # extract never touches the register


def test_extract_several_files_to_folder(run, agreement, tmp_path):
    docx = tmp_path / "zandhoven-word.docx"
    docx.write_bytes(fx.agreement_docx())
    out = tmp_path / "uit"
    result = run("extract", str(agreement), str(docx), "-o", str(out))
    assert result.code == 0, result.err
    assert sorted(p.name for p in out.iterdir()) == ["zandhoven-word.json", "zandhoven.json"]
    assert json.loads((out / "zandhoven-word.json").read_text())["source"]["file"] == (
        "zandhoven-word.docx"
    )


def test_extract_one_file_to_output_file(run, agreement, tmp_path):
    target = tmp_path / "a.json"
    assert run("extract", str(agreement), "-o", str(target)).code == 0
    assert json.loads(target.read_text())["items"]


def test_import_creates_concept_and_reimport_updates(run, agreement):
    first = run("import", str(agreement), "--gemeente", "Zandhoven")
    assert first.code == 0, first.err
    doc = Document.objects.get()
    assert doc.status == "concept"
    assert doc.gemeenten.get().korte_naam == "Zandhoven"
    assert {p.organisatie.naam for p in doc.partijen.all()} >= {"Woonstichting Het Anker"}
    items = Item.objects.count()
    assert items > 0
    second = run("import", str(agreement), "--gemeente", "Zandhoven", "--vastgesteld")
    assert second.code == 0, second.err
    assert "bijgewerkt" in second.out
    assert Document.objects.get().pk == doc.pk
    assert Document.objects.get().status == "vastgesteld"
    assert Item.objects.count() == items


def test_export_import_export_is_lossless(run, agreement, tmp_path):
    assert run("import", str(agreement), "--gemeente", "Zandhoven").code == 0
    doc = Document.objects.get()
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run("export", "--document", str(doc.pk), "-o", str(a)).code == 0
    result = run("import", str(a), "--gemeente", "Zandhoven")
    assert result.code == 0, result.err
    assert Document.objects.count() == 1
    assert run("export", "--gemeente", "Zandhoven", "-o", str(b.with_suffix(""))).code == 0
    exported_b = json.loads((tmp_path / "b" / f"{doc.pk}.json").read_text())
    assert json.loads(a.read_text()) == exported_b
    # and into an empty register: delete, import the export, export again
    doc.delete()
    assert run("import", str(a), "--gemeente", "Zandhoven").code == 0
    new = Document.objects.get()
    again = json.loads(run("export", "--document", str(new.pk)).out)
    assert again == json.loads(a.read_text())


def test_export_whole_gemeente_to_stdout_when_single(run):
    world = Driehoek()
    result = run("export", "--gemeente", world.gemeente.naam)
    assert result.code == 0, result.err
    assert json.loads(result.out)["document"]["title"] == world.document.titel


BAD_INPUT = [
    ("scan.pdf", fx.scanned_pdf, E.NoTextLayerError),
    ("versleuteld.pdf", fx.encrypted_pdf, E.EncryptedPdfError),
    ("kapot.docx", fx.corrupt_docx, E.CorruptFileError),
    ("leeg.txt", lambda: b"", E.EmptyDocumentError),
    ("plaatje.pdf", fx.png_as_pdf, E.CorruptFileError),
    ("english.txt", lambda: fx.ENGLISH_TXT.encode(), E.NotDutchError),
]


def _assert_one_dutch_line(result, needle: str) -> None:
    assert result.code != 0
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    assert needle in lines[0]
    assert result.out == ""


@pytest.mark.parametrize(("name", "make", "error"), BAD_INPUT)
@pytest.mark.parametrize("command", ["extract", "import"])
def test_bad_input_is_one_line_and_changes_nothing(run, tmp_path, name, make, error, command):
    world = Driehoek()
    counts = (Document.objects.count(), Item.objects.count())
    path = tmp_path / name
    path.write_bytes(make())
    args = [command, str(path)]
    if command == "import":
        args += ["--gemeente", world.gemeente.naam]
    result = run(*args)
    _assert_one_dutch_line(result, name)
    try:
        from woondriehoek.importeren.extract import extract_bytes

        extract_bytes(make(), name)
    except error as exc:
        assert exc.message in result.err
    else:
        pytest.fail(f"{name} was expected to fail with {error.__name__}")
    assert (Document.objects.count(), Item.objects.count()) == counts


@override_settings(WOONDRIEHOEK_UPLOAD_MAX_BYTES=200)
@pytest.mark.parametrize("command", ["extract", "import"])
def test_file_over_size_limit(run, agreement, command):
    args = [command, str(agreement)] + (["--gemeente", "Zandhoven"] if command == "import" else [])
    result = run(*args)
    _assert_one_dutch_line(result, "de grens is")
    assert Document.objects.count() == 0


def test_missing_file(run, tmp_path):
    for args in (["extract"], ["import", "--gemeente", "X"]):
        result = run(*args[:1], str(tmp_path / "weg.pdf"), *args[1:])
        _assert_one_dutch_line(result, "bestaat niet")
    result = run("import", str(tmp_path / "weg.json"), "--gemeente", "X")
    _assert_one_dutch_line(result, "bestaat niet")


def test_invalid_afspraken_json_changes_nothing(run, tmp_path):
    world = Driehoek()
    counts = (Document.objects.count(), Item.objects.count())
    bad = tmp_path / "kapot.json"
    bad.write_text("{niet: json", encoding="utf-8")
    _assert_one_dutch_line(run("import", str(bad), "--gemeente", "X"), "kapot.json")
    wrong = tmp_path / "fout.json"
    data = {"format": "afspraken-json/v1", "document": {"title": "X"}, "parties": []}
    data["items"] = [{"id": "i1", "kind": "wens", "text": "x"}]
    wrong.write_text(json.dumps(data), encoding="utf-8")
    result = run("import", str(wrong), "--gemeente", world.gemeente.naam)
    _assert_one_dutch_line(result, "fout.json")
    assert (Document.objects.count(), Item.objects.count()) == counts


def test_export_unknown_gemeente_and_document(run):
    _assert_one_dutch_line(run("export", "--gemeente", "Nergenshuizen"), "Nergenshuizen")
    _assert_one_dutch_line(run("export", "--document", "99999"), "99999")
