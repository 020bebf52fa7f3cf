"""Tables to an XLSX workbook: one sheet per table, a frozen and filtered header row, and
real cell types (numbers, dates, percentages as fractions shown as %)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .tabel import Soort, Tabel

FORMATEN = {Soort.DATUM: "DD-MM-YYYY", Soort.PROCENT: "0.0%"}
MAX_BREEDTE = 60


def _waarde(value, soort: Soort):
    if value is None or value == "":
        return None
    if soort == Soort.JANEE:
        return "ja" if value else "nee"
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return value


def _schrijf_blad(ws, tabel: Tabel) -> None:
    ws.append(tabel.koppen)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    breedtes = [len(k) for k in tabel.koppen]
    for rij in tabel.rijen:
        ws.append([_waarde(v, k.soort) for v, k in zip(rij, tabel.kolommen, strict=True)])
        for n, v in enumerate(rij):
            breedtes[n] = max(breedtes[n], min(len(str(v or "")), MAX_BREEDTE))
    for n, kolom in enumerate(tabel.kolommen, start=1):
        letter = get_column_letter(n)
        ws.column_dimensions[letter].width = breedtes[n - 1] + 2
        for (cell,) in ws.iter_rows(min_row=2, min_col=n, max_col=n):
            if kolom.soort in FORMATEN:
                cell.number_format = FORMATEN[kolom.soort]
            elif kolom.soort in (Soort.TEKST, Soort.JANEE) and cell.value is not None:
                cell.data_type = "s"  # text that starts with '=' stays text, not a formula
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(tabel.kolommen))}{max(ws.max_row, 1)}"


def werkmap(tabellen: list[Tabel]) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for tabel in tabellen:
        _schrijf_blad(wb.create_sheet(tabel.naam[:31]), tabel)
    if not tabellen:
        wb.create_sheet("leeg")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
