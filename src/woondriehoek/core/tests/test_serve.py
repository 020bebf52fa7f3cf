"""`woondriehoek serve` runs the app in gunicorn, answers, and stops cleanly on SIGTERM."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.urls import clear_url_caches, get_resolver

from woondriehoek.core.services import server
from woondriehoek.core.services.server import default_workers, gunicorn_options

pytestmark = pytest.mark.skipif(os.name != "posix", reason="gunicorn needs a POSIX system")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, server: subprocess.Popen, deadline: float):
    while True:
        try:
            return urllib.request.urlopen(url, timeout=5)
        except OSError:
            if server.poll() is not None:
                pytest.fail(f"serve exited with {server.returncode}: {server.stdout.read()}")
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_answers_from_gunicorn_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "WOONDRIEHOEK_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "woondriehoek.config.settings",
    }
    command = [sys.executable, "-m", "woondriehoek.cli", "serve", f"--port={port}"]
    server = subprocess.Popen(
        [*command, "--workers=1", "--threads=2", "--no-worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # on a hang, the whole group (gunicorn and its workers) goes
    )
    try:
        answer = _get(f"http://127.0.0.1:{port}/api/v1/openapi.json", server, time.monotonic() + 60)
        assert answer.status == 200
        assert answer.headers["Server"].startswith("gunicorn")
        assert b'"openapi"' in answer.read()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            output, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            raise
    assert server.returncode == 0, output
    assert "Control socket" not in output  # none at a path another instance would share
    assert "GET /api/v1/openapi.json" in output  # the access log goes to standard output


def test_server_options_are_threaded_workers_with_a_timeout() -> None:
    options = gunicorn_options("0.0.0.0", 8080, workers=0, threads=0)
    assert options["bind"] == "0.0.0.0:8080"
    assert options["workers"] == 1 and options["threads"] == 1  # never zero
    assert options["worker_class"] == "gthread"
    assert options["timeout"] > 0
    assert default_workers() >= 2  # a worker waiting on the database leaves another


def test_a_worker_loads_every_view_before_its_first_request(monkeypatch) -> None:
    clear_url_caches()
    assert not get_resolver()._populated
    monkeypatch.setattr(server, "warm_up_charts", lambda: None)
    server._post_worker_init(SimpleNamespace(log=logging.getLogger("test")))
    assert get_resolver()._populated  # resolved and reverse table built: no import on request


def test_a_failing_warm_up_is_logged_and_does_not_stop_the_worker(monkeypatch, caplog) -> None:
    def broken() -> None:
        raise ImportError("a view module is broken")

    monkeypatch.setattr(server, "warm_up_urls", broken)
    monkeypatch.setattr(server, "warm_up_charts", lambda: None)
    server._post_worker_init(SimpleNamespace(log=logging.getLogger("test")))
    assert "Loading the views before the first request failed" in caplog.text


def test_the_background_worker_loads_the_pdf_renderer_before_its_first_task(monkeypatch, settings):
    from django.core.management import call_command
    from django_tasks_db.management.commands.db_worker import Command as DbWorker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    calls: list[str] = []
    monkeypatch.setattr(server, "warm_up_reports", lambda: calls.append("warm up"))
    monkeypatch.setattr(DbWorker, "handle", lambda self, *a, **o: calls.append(o["batch"]))
    call_command("worker", "--batch")
    assert calls == ["warm up", True]  # then db_worker, with its own options


def test_warming_up_reports_renders_a_pdf_and_starts_the_vega_engine(monkeypatch):
    from woondriehoek.monitoring.services import charts
    from woondriehoek.rapportage.services import pdf

    made: list[bytes] = []
    real = pdf.render_enkel
    monkeypatch.setattr(pdf, "render_enkel", lambda rapport: made.append(real(rapport)) or b"")
    charts._render.cache_clear()
    server.warm_up_reports()
    assert made and made[0].startswith(b"%PDF")
    assert charts._render.cache_info().currsize == 1  # the engine drew its first chart


def test_a_failing_report_warm_up_is_logged_and_the_worker_goes_on(monkeypatch, caplog):
    from woondriehoek.rapportage.services import pdf

    def broken() -> None:
        raise OSError("no fonts")

    monkeypatch.setattr(pdf, "warm_up", broken)
    server.warm_up_reports()
    assert "Loading the PDF renderer before the first report failed" in caplog.text
