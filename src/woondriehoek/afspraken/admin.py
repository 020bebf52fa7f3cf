from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Betrokkenheid, Document, Doel, Item, Ondertekenaar, Partij, Thema


class PartijInline(admin.TabularInline):
    model = Partij
    extra = 0
    autocomplete_fields = ["organisatie"]


class OndertekenaarInline(admin.TabularInline):
    model = Ondertekenaar
    extra = 0


@admin.register(Document)
class DocumentAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "soort", "status", "periode_start", "periode_eind", "ondertekend_op"]
    list_filter = ["soort", "status"]
    search_fields = ["titel"]
    filter_horizontal = ["gemeenten"]
    inlines = [PartijInline, OndertekenaarInline]


@admin.register(Thema)
class ThemaAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "document"]
    list_filter = ["document"]
    search_fields = ["titel"]


class BetrokkenheidInline(admin.TabularInline):
    model = Betrokkenheid
    extra = 0


class DoelInline(admin.TabularInline):
    model = Doel
    extra = 0


@admin.register(Item)
class ItemAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "soort", "document", "thema"]
    list_filter = ["soort", "document"]
    search_fields = ["tekst", "nummer"]
    raw_id_fields = ["verwijst_naar", "thema"]
    inlines = [BetrokkenheidInline, DoelInline]
