from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Importtaak


@admin.register(Importtaak)
class ImporttaakAdmin(SimpleHistoryAdmin):
    list_display = ("naam", "gemeente", "status", "aangemaakt_door", "aangemaakt_op")
    list_filter = ("status",)
    search_fields = ("naam", "sha256")
    readonly_fields = ("sha256", "aangemaakt_op")
    raw_id_fields = ("document",)
