from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(SimpleHistoryAdmin):
    """Tokens are created on the token page (the secret is shown once); here they are
    inspected and revoked (set 'revoked')."""

    list_display = [
        "naam",
        "prefix",
        "user",
        "organisatie",
        "aangemaakt",
        "laatst_gebruikt",
        "ingetrokken",
    ]
    list_filter = ["ingetrokken"]
    search_fields = ["naam", "prefix", "user__username", "organisatie__naam"]
    readonly_fields = [
        "prefix",
        "aangemaakt",
        "laatst_gebruikt",
        "aangemaakt_door",
        "user",
        "organisatie",
    ]
    fields = [
        "naam",
        "user",
        "organisatie",
        "aangemaakt_door",
        "prefix",
        "aangemaakt",
        "laatst_gebruikt",
        "ingetrokken",
    ]

    def has_add_permission(self, request) -> bool:
        return False
