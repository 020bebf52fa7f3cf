from __future__ import annotations

import datetime as dt

import pytest
from django.conf import settings
from django.test import Client

from .fixtures import TODAY, Open


@pytest.fixture
def today(monkeypatch) -> dt.date:
    monkeypatch.setattr("woondriehoek.monitoring.views.common.vandaag", lambda: TODAY)
    return TODAY


@pytest.fixture
def client() -> Client:
    """Pages in English (the msgids), so assertions hold whatever the Dutch catalog says."""
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def open_data(db, today) -> Open:
    return Open()
