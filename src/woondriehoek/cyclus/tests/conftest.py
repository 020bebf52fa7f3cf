import pytest
from django.conf import settings
from django.test import Client

from .factories import CyclusDriehoek


@pytest.fixture
def driehoek(db) -> CyclusDriehoek:
    return CyclusDriehoek()


@pytest.fixture
def client() -> Client:
    """Pages in English (the msgids), so the assertions hold once the Dutch catalog exists."""
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client
