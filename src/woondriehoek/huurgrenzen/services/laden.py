"""Load the packaged data file into the versioned table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .grenzen import _OPTIONEEL, DATA_FILE

VELDEN = [
    "kwaliteitskortingsgrens",
    "aftoppingsgrens_laag",
    "aftoppingsgrens_hoog",
    "liberalisatiegrens",
    "daeb_inkomensgrens_1p",
    "daeb_inkomensgrens_mp",
    *sorted(_OPTIONEEL),
]


def _parse(name: str, raw: str):
    if raw is None or raw.strip() == "":
        if name in _OPTIONEEL:
            return None
        raise ValueError(f"Kolom '{name}' is leeg maar verplicht.")
    return int(raw) if name.startswith("wws_") else Decimal(raw.strip())


def rijen(path: Path = DATA_FILE) -> list[dict]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as fh:
        out = []
        for row in csv.DictReader(fh):
            values = {name: _parse(name, row.get(name, "")) for name in VELDEN}
            values["bron"] = row["bron"].strip()
            out.append({"jaar": int(row["jaar"]), **values})
        return out


def load_huurgrenzen(model=None, path: Path = DATA_FILE, bijwerken: bool = False) -> dict:
    """Add the years that are missing; with ``bijwerken`` also update changed years (every
    change is kept in the history). Returns counts per outcome."""
    if model is None:
        from ..models import Huurgrens as model
    counts = {"toegevoegd": 0, "bijgewerkt": 0, "ongewijzigd": 0}
    for values in rijen(path):
        obj = model.objects.filter(jaar=values["jaar"]).first()
        if obj is None:
            model.objects.create(**values)
            counts["toegevoegd"] += 1
            continue
        changed = [k for k, v in values.items() if getattr(obj, k) != v]
        if changed and bijwerken:
            for key in changed:
                setattr(obj, key, values[key])
            obj.save()
            counts["bijgewerkt"] += 1
        else:
            counts["ongewijzigd"] += 1
    return counts
