from django.contrib import admin

from .models import Rapport


@admin.register(Rapport)
class RapportAdmin(admin.ModelAdmin):
    list_display = ("__str__", "gemeente", "status", "aangevraagd_door", "aangevraagd_op")
    list_filter = ("soort", "formaat", "status")
    search_fields = ("gemeente__naam", "bestandsnaam")
    readonly_fields = ("aangevraagd_op", "klaar_op")
