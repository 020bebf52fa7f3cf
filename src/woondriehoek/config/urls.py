from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from woondriehoek.core import views as core_views

admin.site.site_header = "Woondriehoek"
admin.site.site_title = "Woondriehoek"

urlpatterns = [
    # The API first: its requests are the most frequent, and Django tries the patterns in
    # order (all its paths start with "api/", which no other app uses).
    path("", include("woondriehoek.api.urls")),
    path("", core_views.home, name="home"),
    path("inloggen/", auth_views.LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
    path("organisaties/", include("woondriehoek.organisaties.urls")),
    path("", include("woondriehoek.afspraken.urls")),
    path("", include("woondriehoek.importeren.urls")),
    path("", include("woondriehoek.cyclus.urls")),
    path("", include("woondriehoek.monitoring.urls")),
    path("", include("woondriehoek.woningbouw.urls")),
    path("", include("woondriehoek.toewijzing.urls")),
    path("", include("woondriehoek.huurgrenzen.urls")),
    path("", include("woondriehoek.rapportage.urls")),
    path("", include("woondriehoek.openbaar.urls")),
]
