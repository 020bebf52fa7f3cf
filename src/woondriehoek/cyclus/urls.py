from django.urls import path

from . import views

app_name = "cyclus"

G = "gemeenten/<slug:slug>/"

urlpatterns = [
    path(f"{G}cyclus/", views.kalender, name="kalender"),
    path(f"{G}cyclus.ics", views.werkruimte_feed, name="ics"),
    path(
        f"{G}cyclus/termijnen/<int:regel>/<int:jaar>/",
        views.termijn_gedaan,
        name="termijn_gedaan",
    ),
    path(f"{G}cyclus/regels/", views.regels, name="regels"),
    path(f"{G}cyclus/regels/nieuw/", views.regel_edit, name="regel_create"),
    path(f"{G}cyclus/regels/<int:pk>/", views.regel_edit, name="regel_edit"),
    path(f"{G}overleggen/", views.overleg_list, name="overleg_list"),
    path(f"{G}overleggen/nieuw/", views.overleg_create, name="overleg_create"),
    path("overleggen/<int:pk>/", views.overleg_detail, name="overleg"),
    path("overleggen/<int:pk>/bewerken/", views.overleg_edit, name="overleg_edit"),
    path("overleggen/<int:pk>/besluiten/nieuw/", views.besluit_create, name="besluit_create"),
    path("besluiten/<int:pk>/bewerken/", views.besluit_edit, name="besluit_edit"),
    path(f"{G}jaarschijven/", views.jaarschijf_list, name="jaarschijf_list"),
    path("jaarschijven/<int:pk>/", views.jaarschijf_detail, name="jaarschijf"),
    path("jaarschijven/<int:pk>/verschil/", views.verschil, name="verschil"),
    path("jaarschijven/<int:pk>/bundelen/", views.bundelen, name="bundelen"),
    path("jaarschijven/<int:pk>/partijen/<int:org>/", views.indiening, name="indiening"),
    path("jaarschijven/<int:pk>/partijen/<int:org>/indienen/", views.indienen, name="indienen"),
    path(
        "jaarschijven/<int:pk>/partijen/<int:org>/vaststellen/",
        views.vaststellen,
        name="vaststellen",
    ),
    path("cyclus/feed/", views.feed_token, name="feed_token"),
    path("cyclus/feed/<str:token>.ics", views.persoonlijke_feed, name="feed"),
]
