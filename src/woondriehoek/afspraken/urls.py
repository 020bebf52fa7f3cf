from django.urls import path

from . import views

app_name = "afspraken"

urlpatterns = [
    path("gemeenten/<slug:slug>/", views.werkruimte, name="werkruimte"),
    path("gemeenten/<slug:slug>/documenten/nieuw/", views.document_create, name="document_create"),
    path("documenten/<int:pk>/", views.document_detail, name="document"),
    path("documenten/<int:pk>/bewerken/", views.document_edit, name="document_edit"),
    path("documenten/<int:pk>/geschiedenis/", views.document_history, name="document_history"),
    path("documenten/<int:pk>/themas/nieuw/", views.thema_edit, name="thema_create"),
    path("documenten/<int:pk>/themas/<int:thema_pk>/", views.thema_edit, name="thema_edit"),
    path("documenten/<int:pk>/items/nieuw/", views.item_create, name="item_create"),
    path("items/<int:pk>/", views.item_detail, name="item"),
    path("items/<int:pk>/bewerken/", views.item_edit, name="item_edit"),
    path("items/<int:pk>/verwijderen/", views.item_delete, name="item_delete"),
    path("mijn-afspraken/", views.mijn_afspraken, name="mijn"),
]
