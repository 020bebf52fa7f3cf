from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Aanlevering, Kolomkoppeling, Taakstelling, Toewijzingsnorm


@admin.register(Toewijzingsnorm)
class ToewijzingsnormAdmin(SimpleHistoryAdmin):
    list_display = ["corporatie", "gemeente", "vrije_ruimte", "max_urgent", "jongeren_leeftijd"]


@admin.register(Taakstelling)
class TaakstellingAdmin(SimpleHistoryAdmin):
    list_display = ["corporatie", "gemeente", "jaar", "aantal"]
    list_filter = ["jaar"]


@admin.register(Kolomkoppeling)
class KolomkoppelingAdmin(SimpleHistoryAdmin):
    list_display = ["organisatie", "soort", "gewijzigd"]


@admin.register(Aanlevering)
class AanleveringAdmin(SimpleHistoryAdmin):
    list_display = ["bestandsnaam", "gemeente", "organisatie", "soort", "aantal", "aangemaakt"]
    list_filter = ["soort"]
