from django.urls import path

from . import views

app_name = "huurgrenzen"
urlpatterns = [path("huurgrenzen/", views.lijst, name="lijst")]
