from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 3, 15)  # in 2026-H1


@pytest.fixture
def today(monkeypatch) -> dt.date:
    """Freeze the date the views use."""
    monkeypatch.setattr("woondriehoek.monitoring.views.common.vandaag", lambda: TODAY)
    return TODAY
