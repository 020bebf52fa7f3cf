from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Huurgrens


@admin.register(Huurgrens)
class HuurgrensAdmin(SimpleHistoryAdmin):
    list_display = [
        "jaar",
        "kwaliteitskortingsgrens",
        "aftoppingsgrens_laag",
        "aftoppingsgrens_hoog",
        "liberalisatiegrens",
        "daeb_inkomensgrens_1p",
        "daeb_inkomensgrens_mp",
        "middenhuur_max",
    ]
    search_fields = ["jaar", "bron"]

    def has_module_permission(self, request) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None) -> bool:
        return self.has_module_permission(request)

    has_change_permission = has_view_permission
    has_add_permission = has_module_permission
    has_delete_permission = has_view_permission
