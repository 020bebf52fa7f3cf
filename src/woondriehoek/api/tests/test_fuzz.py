"""Fuzz the API from its own OpenAPI document (schemathesis): no 500s, and every response
conforms to the documented status codes, content types and schemas.

Each operation runs a bounded number of generated requests (max_examples), with and without
a token, against a small register with a published and a concept agreement.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from woondriehoek.afspraken.constants import DocumentStatus
from woondriehoek.afspraken.tests.factories import Driehoek

from .conftest import URLCONF, org_api

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]


with override_settings(ROOT_URLCONF=URLCONF):
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())
# Valid and invalid requests; a fixed seed keeps CI runs reproducible.
schema.config.generation.update(modes=list(GenerationMode), deterministic=True)


@pytest.fixture
def register(db, client):
    """A published and a concept agreement, and an organisation token of a party to both.
    The WSGI app runs inside the test transaction: connections are not closed per request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    published, concept = Driehoek(), Driehoek(status=DocumentStatus.CONCEPT)
    secret = org_api(client, concept.corporatie).secret
    yield {"published": published, "concept": concept, "secret": secret}
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_api_conforms_to_its_openapi_document(case, register):
    case.call_and_validate(checks=CHECKS)
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Bearer {register['secret']}"})
