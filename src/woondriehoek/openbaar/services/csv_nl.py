"""Tables to CSV that Dutch Excel opens correctly.

- separator ``;`` (Dutch Excel's list separator), UTF-8 with BOM (so é and € survive),
  CRLF line ends, every field that needs it quoted;
- numbers with a decimal comma and no thousands separator (``1234,5``);
- percentages as ``12,5%`` (Excel reads them as the number 0,125 shown as a percentage);
- dates as ISO ``JJJJ-MM-DD`` (Excel recognises them as dates, scripts read them unambiguously);
- yes/no as ``ja``/``nee``; empty for unknown;
- text that starts with ``=``, ``+``, ``@`` or a tab gets a leading ``'`` so Excel never runs it
  as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal

from .tabel import Soort, Tabel

BOM = "\ufeff"
FORMULE_TEKENS = ("=", "+", "@", "\t", "\r")
DECIMALEN = 6  # numbers are rounded to at most six decimals


def getal(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    d = Decimal(str(value))
    if d.as_tuple().exponent < -DECIMALEN:
        d = d.quantize(Decimal(1).scaleb(-DECIMALEN))
    return f"{d.normalize():f}".replace(".", ",")


def procent(value) -> str:
    d = (Decimal(str(value)) * 100).quantize(Decimal("0.1")).normalize()
    return f"{d:f}".replace(".", ",") + "%"


def tekst(value) -> str:
    text = str(value)
    return "'" + text if text.startswith(FORMULE_TEKENS) else text


def cel(value, soort: Soort) -> str:
    if value is None or value == "":
        return ""
    if soort == Soort.JANEE:
        return "ja" if value else "nee"
    if soort == Soort.GETAL:
        return getal(value)
    if soort == Soort.PROCENT:
        return procent(value)
    if soort == Soort.DATUM and isinstance(value, dt.date):
        return value.isoformat()[:10]
    return tekst(value)


def csv_tekst(tabel: Tabel) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(tabel.koppen)
    for rij in tabel.rijen:
        writer.writerow([cel(v, k.soort) for v, k in zip(rij, tabel.kolommen, strict=True)])
    return out.getvalue()


def csv_bytes(tabel: Tabel) -> bytes:
    return (BOM + csv_tekst(tabel)).encode("utf-8")


def zip_bytes(tabellen: list[Tabel], prefix: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for tabel in tabellen:
            zf.writestr(f"{prefix}{tabel.naam}.csv", csv_bytes(tabel))
    return out.getvalue()
