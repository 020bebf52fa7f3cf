"""The console script: Django commands plus demo and serve."""

from __future__ import annotations

import subprocess
import sys

import pytest
from django.core.management import call_command

from woondriehoek.afspraken.models import Document


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "woondriehoek.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_lists_the_project_commands():
    out = _run("help").stdout
    for command in ("demo", "serve", "migrate"):
        assert command in out


def test_serve_documents_host_and_port():
    out = _run("serve", "--help").stdout
    assert "--host" in out and "--port" in out


@pytest.mark.django_db
def test_demo_without_serving_loads_and_prints_the_logins(capsys):
    call_command("demo", no_serve=True)
    out = capsys.readouterr().out
    assert "demo-woondriehoek" in out
    assert "woonwaarts-bewerker" in out and "hbd-lezer" in out and "druten-beheerder" in out
    assert Document.objects.count() == 3
