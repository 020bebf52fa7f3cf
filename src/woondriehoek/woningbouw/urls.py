from django.urls import path

from . import views

app_name = "woningbouw"
urlpatterns = [
    path("gemeenten/<slug:slug>/planmonitor/", views.planmonitor_view, name="planmonitor"),
    path("gemeenten/<slug:slug>/planmonitor/importeren/", views.importeren, name="importeren"),
    path(
        "gemeenten/<slug:slug>/planmonitor/projecten/nieuw/",
        views.project_nieuw,
        name="project_nieuw",
    ),
    path(
        "gemeenten/<slug:slug>/planmonitor/projecten/<int:pk>/",
        views.project_bewerken,
        name="project",
    ),
]
