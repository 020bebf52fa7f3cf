from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Lidmaatschap, Organisatie


class LidmaatschapInline(admin.TabularInline):
    model = Lidmaatschap
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisatie)
class OrganisatieAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "type", "cbs_code"]
    list_filter = ["type"]
    search_fields = ["naam", "cbs_code"]
    prepopulated_fields = {"slug": ["naam"]}
    inlines = [LidmaatschapInline]


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(SimpleHistoryAdmin):
    list_display = ["user", "organisatie", "rol"]
    list_filter = ["rol", "organisatie__type"]
    search_fields = ["user__username", "organisatie__naam"]
    autocomplete_fields = ["user", "organisatie"]
