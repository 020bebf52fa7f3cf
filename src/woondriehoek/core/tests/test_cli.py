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


PROJECT_COMMANDS = [
    "configdocs",
    "deadlines",
    "demo",
    "export",
    "exporteer",
    "extract",
    "import",
    "load_huurgrenzen",
    "planmonitor",
    "remind",
    "report",
    "serve",
    "streefhuur",
    "toewijzing",
]


@pytest.mark.parametrize("command", PROJECT_COMMANDS)
def test_every_project_command_explains_itself(command):
    """`--help` must print usage, not a traceback (a bare % in a help text breaks argparse)."""
    from django.core.management import get_commands, load_command_class

    parser = load_command_class(get_commands()[command], command).create_parser(
        "woondriehoek", command
    )
    assert f"woondriehoek {command}" in parser.format_help()
