"""Test-only URLs: the site plus the API (until config/urls.py includes woondriehoek.api.urls)."""

from django.urls import include, path

from woondriehoek.config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *[p for p in site_urlpatterns if getattr(p, "app_name", None) != "api"],
    path("", include("woondriehoek.api.urls")),
]
