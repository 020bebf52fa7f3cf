"""PDF via the pypdfium2 text layer (fast); page provenance kept on every line."""

from __future__ import annotations

from ..cleanup import fix_characters, remove_running_lines, repair_broken_ligatures
from ..errors import CorruptFileError, EncryptedPdfError, NoTextLayerError, TooManyPagesError
from ..layout import build_blocks
from ..model import Block, Line


def pdf_pages(data: bytes, *, max_pages: int) -> list[list[Line]]:
    import pypdfium2 as pdfium

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise CorruptFileError(
            "Dit bestand is geen PDF (de inhoud past niet bij de extensie .pdf)."
        )
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower() or "security" in str(exc).lower():
            raise EncryptedPdfError(detail=str(exc)) from exc
        raise CorruptFileError(
            "De PDF is beschadigd en kan niet worden geopend.", detail=str(exc)
        ) from exc
    try:
        if len(pdf) > max_pages:
            raise TooManyPagesError(f"De PDF heeft {len(pdf)} pagina's; de grens is {max_pages}.")
        pages: list[list[Line]] = []
        for number in range(len(pdf)):
            page = pdf[number]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            text = repair_broken_ligatures(fix_characters(text))
            pages.append([Line(t, page=number + 1) for t in text.split("\n")])
    finally:
        pdf.close()
    if sum(len(ln.text.strip()) for page in pages for ln in page) < 20:
        raise NoTextLayerError()
    return pages


def read_pdf(data: bytes, *, max_pages: int = 500) -> tuple[list[Block], list[Line]]:
    pages = remove_running_lines(pdf_pages(data, max_pages=max_pages))
    lines: list[Line] = []
    for page in pages:
        lines.extend(page)
        if page:
            lines.append(Line("", page=page[-1].page))
    return build_blocks(lines), lines
