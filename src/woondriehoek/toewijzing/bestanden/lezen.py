"""Raw reading: bytes of a CSV or XLSX file to a DataFrame of strings with row numbers."""

from __future__ import annotations

import csv
import datetime as dt
import io

import polars as pl

from .fouten import ImportFout

RIJ = "__rij"
SCHEIDINGSTEKENS = [";", ",", "\t"]


def _tel_buiten_quotes(line: str, sep: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            count += 1
    return count


def snuffel_scheidingsteken(header: str) -> str:
    counts = {sep: _tel_buiten_quotes(header, sep) for sep in SCHEIDINGSTEKENS}
    sep, n = max(counts.items(), key=lambda kv: kv[1])
    if n == 0:
        raise ImportFout(
            [
                (
                    1,
                    None,
                    f"het scheidingsteken is niet herkend: de kopregel '{header[:80]}' bevat "
                    "maar één kolom. Gebruik een komma of puntkomma tussen de kolommen.",
                )
            ]
        )
    return sep


def _rafelige_rijen(text: str, sep: str, breedte: int) -> list[tuple[int, None, str]]:
    fouten = []
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    next(reader, None)
    for values in reader:
        if values and len(values) > breedte:
            hint = (
                " Staat er een komma als decimaalteken in een bestand met komma als "
                "scheidingsteken? Gebruik dan de puntkomma als scheidingsteken of zet het "
                "bedrag tussen aanhalingstekens."
                if sep == ","
                else ""
            )
            fouten.append(
                (
                    reader.line_num,
                    None,
                    f"deze rij heeft {len(values)} waarden maar de kopregel {breedte} "
                    f"kolommen.{hint}",
                )
            )
            if len(fouten) >= 50:
                break
    return fouten


def _controleer_kop(kolommen: list[str]) -> None:
    seen: dict[str, int] = {}
    fouten = []
    for i, naam in enumerate(kolommen, start=1):
        key = naam.strip().lower()
        if not key:
            fouten.append((1, None, f"kolom {i} heeft geen naam."))
        elif key in seen:
            fouten.append((1, naam, f"deze kolom komt twee keer voor (kolom {seen[key]} en {i})."))
        seen[key] = i
    if fouten:
        raise ImportFout(fouten)


def _utf8(data: bytes) -> bytes:
    """UTF-8 bytes without BOM; other encodings (Excel's cp1252) are converted."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace").encode("utf-8")
    return data


def lees_csv(data: bytes) -> pl.DataFrame:
    data = _utf8(data)
    header = data.split(b"\n", 1)[0].decode("utf-8").rstrip("\r")
    if not header.strip():
        raise ImportFout([(1, None, "het bestand is leeg of de kopregel ontbreekt.")])
    sep = snuffel_scheidingsteken(header)
    breedte = _tel_buiten_quotes(header, sep) + 1
    try:
        df = pl.read_csv(io.BytesIO(data), separator=sep, infer_schema=False, has_header=True)
    except pl.exceptions.PolarsError as exc:
        fouten = _rafelige_rijen(data.decode("utf-8"), sep, breedte)
        raise ImportFout(
            fouten or [(None, None, f"het bestand is geen geldige CSV ({exc}).")]
        ) from exc
    _controleer_kop(df.columns)
    df = df.rename({c: c.strip() for c in df.columns})
    return df.with_row_index(RIJ, offset=2).with_columns(pl.col(RIJ).cast(pl.Int64))


def _cel(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


def lees_xlsx(data: bytes) -> pl.DataFrame:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise ImportFout(
            [(None, None, f"het Excel-bestand kan niet worden geopend ({exc}).")]
        ) from exc
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None)
    if not header:
        raise ImportFout([(1, None, "het werkblad is leeg of de kopregel ontbreekt.")])
    while header and header[-1] is None:
        header = header[:-1]
    kolommen = [str(h).strip() if h is not None else "" for h in header]
    _controleer_kop(kolommen)
    columns: list[list] = [[] for _ in kolommen]
    for row in rows:
        for i in range(len(kolommen)):
            columns[i].append(_cel(row[i]) if i < len(row) else None)
    wb.close()
    pairs = zip(kolommen, columns, strict=True)
    df = pl.DataFrame({k: pl.Series(k, v, dtype=pl.String) for k, v in pairs})
    return df.with_row_index(RIJ, offset=2).with_columns(pl.col(RIJ).cast(pl.Int64))


def is_xlsx(data: bytes, naam: str = "") -> bool:
    return naam.lower().endswith((".xlsx", ".xlsm")) or data[:4] == b"PK\x03\x04"


def lees_tabel(data: bytes, naam: str = "") -> pl.DataFrame:
    """All values as strings (None when empty), plus a row-number column ``__rij``;
    empty rows are dropped."""
    df = lees_xlsx(data) if is_xlsx(data, naam) else lees_csv(data)
    values = [c for c in df.columns if c != RIJ]
    df = df.with_columns([pl.col(c).str.strip_chars().replace("", None).alias(c) for c in values])
    return df.filter(~pl.all_horizontal([pl.col(c).is_null() for c in values]))
