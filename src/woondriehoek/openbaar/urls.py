from django.urls import path

from . import views

app_name = "openbaar"

urlpatterns = [
    path("openbaar/", views.index, name="index"),
    path("openbaar/vergelijking/", views.vergelijking, name="vergelijking"),
    path(
        "openbaar/vergelijking/export.<str:formaat>",
        views.vergelijking_export,
        name="vergelijking_export",
    ),
    path("openbaar/documenten/<int:pk>.json", views.document_json, name="document_json"),
    path("openbaar/<slug:slug>/", views.gemeente, name="gemeente"),
    path("openbaar/<slug:slug>/export.<str:formaat>", views.export, name="export"),
]
