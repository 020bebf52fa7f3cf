"""The Woondriehoek API (django-ninja): OpenAPI 3 at /api/v1/openapi.json, docs at /api/v1/docs."""

from __future__ import annotations

from ninja import NinjaAPI

from . import errors
from .docs import OfflineSwagger
from .routers.bestanden import router as bestanden_router
from .routers.monitoring import router as monitoring_router
from .routers.register import router as register_router

DESCRIPTION = """
Read the register of performance agreements (prestatieafspraken), write progress and
realisations, and supply the monitors' files (lettings, active home seekers, planmonitor).

* **Without a token** you read what is public: published (adopted or expired) documents.
* **With a token** (`Authorization: Bearer wdh_…`), create one at `/api/tokens/`:
  a *personal* token reads and writes what its user may; an *organisation* token acts as a
  member of its organisation with the role *bewerker* (editor).
* Lists are paginated with `limit` (1–500, default 50) and `offset` – or, faster on long
  lists, `after` (the last id of the previous page) –, ordered by `id`, and answer
  `{"items": [...], "count": N}`. Answers are kept until the next write to the data, so they
  never lag; lists carry an `ETag` (send it back as `If-None-Match` for a 304).
* Errors answer `{"detail": "..."}` with status 400, 401, 403, 404 or 422; a refused file
  also lists every problem in `fouten` (row, column, message).
"""

api = NinjaAPI(
    title="Woondriehoek API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    docs=OfflineSwagger(),
    docs_url="/docs",
)
errors.install(api)
api.add_router("/", register_router)
api.add_router("/", monitoring_router)
api.add_router("/", bestanden_router)
