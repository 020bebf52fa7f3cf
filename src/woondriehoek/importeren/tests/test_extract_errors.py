"""Bad input raises a typed ExtractionError with a Dutch message, never a raw traceback."""

import io

import pytest

from woondriehoek.importeren.extract import ExtractionError, extract_bytes, extract_file
from woondriehoek.importeren.extract import errors as E

from .test_extract_fixtures import agreement_pdf


def _scanned_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string="<div style='width:300px;height:300px;background:#888'></div>").write_pdf()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(agreement_pdf())).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "error"),
    [
        (b"", "leeg.txt", E.EmptyDocumentError),
        (b"   \n", "leeg.pdf", E.EmptyDocumentError),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "plaatje.pdf", E.CorruptFileError),
        (b"PK\x03\x04 geen echte docx", "kapot.docx", E.CorruptFileError),
        (b"gewone tekst", "tabel.xlsx", E.UnsupportedFormatError),
        (
            b"The parties agree that the housing corporation will build homes. " * 5,
            "english.txt",
            E.NotDutchError,
        ),
        (
            b"De kat zit op de mat en het regent in de tuin van de buren. " * 5,
            "kat.txt",
            E.NotAboutAgreementsError,
        ),
    ],
)
def test_bad_input(data: bytes, name: str, error: type) -> None:
    with pytest.raises(error) as info:
        extract_bytes(data, name)
    assert isinstance(info.value, ExtractionError)
    assert info.value.code and info.value.message


def test_scanned_pdf_without_text_layer():
    with pytest.raises(E.NoTextLayerError, match="tekstlaag"):
        extract_bytes(_scanned_pdf(), "scan.pdf")


def test_encrypted_pdf():
    with pytest.raises(E.EncryptedPdfError, match="wachtwoord"):
        extract_bytes(_encrypted_pdf(), "geheim.pdf")


def test_size_limit(tmp_path):
    path = tmp_path / "groot.txt"
    path.write_bytes(b"Prestatieafspraken over wonen. " * 100)
    with pytest.raises(E.FileTooLargeError, match="grens"):
        extract_file(path, max_bytes=1000)


def test_page_limit():
    with pytest.raises(E.TooManyPagesError):
        extract_bytes(agreement_pdf(pages=3), "lang.pdf", max_pages=2)


def test_binary_text_file():
    with pytest.raises(E.CorruptFileError):
        extract_bytes(io.BytesIO(b"\x00\x01\x02" * 50).getvalue(), "binair.txt")
