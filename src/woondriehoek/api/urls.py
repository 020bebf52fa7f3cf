"""URLs of the API app. Include at the site root: path("", include("woondriehoek.api.urls"))."""

from django.urls import include, path

from . import docs, views
from .main import api

app_name = "api"

urlpatterns = [
    path("api/tokens/", views.tokens, name="tokens"),
    path("api/tokens/<int:pk>/intrekken/", views.token_revoke, name="token_revoke"),
    path("api/v1/docs/assets/<str:name>", docs.docs_asset, name="docs_asset"),
    # The ninja URL names (openapi-json, openapi-view, ...) live in this "api" namespace.
    path("api/v1/", include(api.urls[0])),
]
