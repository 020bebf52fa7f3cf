from __future__ import annotations

import csv
import io
import zipfile

import openpyxl


def werkmap(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def rijen(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def lees_csv(content: bytes) -> list[dict]:
    assert content.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM"
    text = content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def zip_csv(content: bytes) -> dict[str, list[dict]]:
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        return {name: lees_csv(zf.read(name)) for name in zf.namelist()}


def alle_tekst(content: bytes) -> str:
    """Every cell of every sheet of a workbook, as one text."""
    wb = werkmap(content)
    return "\n".join(
        str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v
    )
