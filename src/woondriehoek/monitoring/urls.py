from django.urls import path

from . import views

app_name = "monitoring"

urlpatterns = [
    path("items/<int:pk>/voortgang/", views.item_voortgang, name="item_voortgang"),
    path("items/<int:pk>/voortgang/samenvatting/", views.samenvatting, name="item_samenvatting"),
    path("items/<int:pk>/voortgang/reacties/", views.reactie_add, name="reactie_add"),
    path("items/<int:pk>/voortgang/zienswijzen/", views.zienswijze_add, name="zienswijze_add"),
    path("reacties/<int:pk>/afhandelen/", views.reactie_afhandelen, name="reactie_afhandelen"),
    path("bewijs/<int:pk>/", views.bewijs, name="bewijs"),
    path("doelen/<int:pk>/", views.doel_detail, name="doel"),
    path("doelen/<int:pk>/grafiek.svg", views.doel_grafiek, name="doel_grafiek"),
    path("gemeenten/<slug:slug>/dashboard/", views.dashboard, name="dashboard"),
    path("mijn-taken/", views.mijn_taken, name="mijn_taken"),
]
