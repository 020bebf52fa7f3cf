from django.urls import path

from . import views

app_name = "rapportage"

urlpatterns = [
    path("gemeenten/<slug:slug>/rapporten/", views.lijst, name="lijst"),
    path("rapporten/<int:pk>/status/", views.status, name="status"),
    path("rapporten/<int:pk>/download/", views.download, name="download"),
    path("rapporten/<int:pk>/opnieuw/", views.opnieuw, name="opnieuw"),
]
