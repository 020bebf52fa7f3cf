"""The production web server: gunicorn with threaded workers, run from `woondriehoek serve`."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from typing import Any

logger = logging.getLogger(__name__)


def default_workers() -> int:
    """One process per core plus one, so a worker waiting on the database leaves none idle."""
    return (os.cpu_count() or 1) + 1


def gunicorn_available() -> bool:
    if os.name != "posix":
        return False
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        return False
    return True


def gunicorn_options(host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    return {
        "bind": f"{host}:{port}",
        "workers": max(1, workers),
        "threads": max(1, threads),
        "worker_class": "gthread",
        "accesslog": "-",
        "errorlog": "-",
        # Reports and imports run in the background worker; a request that takes longer
        # than this is a defect, not work to wait for.
        "timeout": 60,
        "graceful_timeout": 10,
        "keepalive": 5,
        "post_worker_init": _post_worker_init,
    }


def run_gunicorn(host: str, port: int, workers: int, threads: int) -> None:
    """Serve the Django app until interrupted (gunicorn handles SIGINT and SIGTERM)."""
    from gunicorn.app.base import BaseApplication

    from woondriehoek.config.wsgi import application

    class Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in gunicorn_options(host, port, workers, threads).items():
                self.cfg.set(key, value)
            if "control_socket_disable" in self.cfg.settings:
                # gunicorn ≥ 24 opens a control socket at one fixed path per user; two
                # instances (tests, several sites on one host) would take it from each other.
                self.cfg.set("control_socket_disable", True)

        def load(self):
            return application

    Server().run()


def _post_worker_init(worker) -> None:
    """Before a worker takes requests: import every view (the first request would otherwise
    wait ~0.7 s for it), and start the Vega engine beside it, so no visitor waits for the
    first chart either."""
    try:
        warm_up_urls()
    except Exception:  # a warm-up must not stop the worker; the request will show the error
        worker.log.exception("Loading the views before the first request failed")
    threading.Thread(target=warm_up_charts, daemon=True).start()


def warm_up_urls() -> None:
    """Load the URLconf and with it every view module and the API's routers and schemas."""
    from django.urls import get_resolver

    resolver = get_resolver()
    resolver.resolve("/")  # imports the URLconf and every module it includes
    resolver.reverse_dict  # noqa: B018 - builds the table that {% url %} and reverse() use


def warm_up_reports() -> None:
    """Load the PDF renderer and the Vega engine (for the background worker)."""
    from woondriehoek.rapportage.services.pdf import warm_up

    try:
        warm_up()
    except Exception:  # the first report then loads it, and shows any error itself
        logger.exception("Loading the PDF renderer before the first report failed")


def warm_up_charts() -> None:
    from woondriehoek.monitoring.services.charts import warm_up

    with contextlib.suppress(Exception):
        warm_up()
