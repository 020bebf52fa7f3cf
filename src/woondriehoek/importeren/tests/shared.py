"""The ``../shared`` folder (corpus seeds, gold files, the scorer) that some tests read.

It is the ``shared`` folder next to the repository root, or the folder named by
``WOONDRIEHOEK_SHARED``. A test that needs it skips only on a machine without it that is not
CI; in CI a missing folder is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(
    os.environ.get("WOONDRIEHOEK_SHARED") or Path(__file__).resolve().parents[4].parent / "shared"
)
SCORER = SHARED / "tools" / "score_extraction.py"


def require(path: Path = SHARED) -> Path:
    """``path`` (inside ../shared); fail in CI, skip elsewhere when it is missing."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} ontbreekt; deze toets leest ../shared en mag in CI niet wegvallen")
        pytest.skip(f"{path} ontbreekt")
    return path
