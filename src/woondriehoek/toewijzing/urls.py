from django.urls import path

from . import views

app_name = "toewijzing"
urlpatterns = [
    path("gemeenten/<slug:slug>/toewijzing/", views.monitor_view, name="monitor"),
    path(
        "gemeenten/<slug:slug>/toewijzing/aanleveren/<str:soort>/",
        views.aanleveren,
        name="aanleveren",
    ),
    path("gemeenten/<slug:slug>/streefhuur/", views.streefhuur, name="streefhuur"),
]
