from django.urls import path

from . import views

app_name = "importeren"

urlpatterns = [
    path("importeren/", views.upload, name="upload"),
    path("importeren/<int:pk>/", views.taak, name="taak"),
    path("importeren/<int:pk>/status/", views.status, name="status"),
    path("importeren/<int:pk>/controle/", views.controle, name="controle"),
    path("importeren/<int:pk>/publiceren/", views.publish, name="publish"),
    path(
        "importeren/<int:pk>/items/nieuw/",
        views.item_action,
        {"action": "add"},
        name="item_add",
    ),
    path(
        "importeren/<int:pk>/items/<str:item_id>/<slug:action>/",
        views.item_action,
        name="item_action",
    ),
    path(
        "importeren/<int:pk>/partijen/<str:party_id>/",
        views.party_type,
        name="party_type",
    ),
]
