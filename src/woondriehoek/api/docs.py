"""The API docs page, served offline: Swagger UI from the assets shipped in django-ninja."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import ninja
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from ninja.openapi.docs import DocsBase

ASSET_DIR = Path(ninja.__file__).parent / "static" / "ninja"
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui-init.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon.png": "image/png",
}


class OfflineSwagger(DocsBase):
    """Swagger UI whose JavaScript and CSS come from this server, never from a CDN."""

    settings = {"layout": "BaseLayout", "deepLinking": True, "persistAuthorization": True}

    def render_page(self, request: HttpRequest, api, **kwargs: Any) -> HttpResponse:
        swagger = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        return render(
            request,
            "api/docs.html",
            {"api": api, "swagger_settings": json.dumps(swagger), "asset": _asset_urls()},
        )


def _asset_urls() -> dict[str, str]:
    return {
        name.split(".")[0].replace("-", "_"): reverse("api:docs_asset", args=[name])
        for name in ASSETS
    }


@cache_control(public=True, max_age=86400)
def docs_asset(request: HttpRequest, name: str) -> FileResponse:
    if name not in ASSETS:
        raise Http404
    return FileResponse((ASSET_DIR / name).open("rb"), content_type=ASSETS[name])
