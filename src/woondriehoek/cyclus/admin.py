from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Activiteit,
    Besluit,
    Cyclusregel,
    Herinnering,
    Indiening,
    Jaarschijf,
    Overleg,
    Overlegvorm,
    TermijnAfronding,
)


@admin.register(Cyclusregel)
class CyclusregelAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "gemeente", "document", "maand", "dag", "eind_maand", "actief"]
    list_filter = ["gemeente", "bron", "actief"]
    search_fields = ["naam", "code"]


@admin.register(Overlegvorm)
class OverlegvormAdmin(SimpleHistoryAdmin):
    list_display = ["gemeente", "soort", "keer_per_jaar", "voorzitter_wisselt", "voorzitter"]
    list_filter = ["gemeente"]


class BesluitInline(admin.StackedInline):
    model = Besluit
    extra = 0
    filter_horizontal = ["items"]


@admin.register(Overleg)
class OverlegAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "gemeente", "soort", "begin"]
    list_filter = ["gemeente", "soort"]
    inlines = [BesluitInline]


class IndieningInline(admin.TabularInline):
    model = Indiening
    extra = 0


@admin.register(Jaarschijf)
class JaarschijfAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "status", "indienen_voor"]
    list_filter = ["status"]
    inlines = [IndieningInline]


@admin.register(Activiteit)
class ActiviteitAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "jaarschijf", "organisatie", "item"]
    list_filter = ["jaarschijf", "organisatie"]


@admin.register(TermijnAfronding)
class TermijnAfrondingAdmin(SimpleHistoryAdmin):
    list_display = ["regel", "jaar", "organisatie", "gedaan_door", "gedaan_op"]


@admin.register(Herinnering)
class HerinneringAdmin(admin.ModelAdmin):
    list_display = ["regel", "jaar", "user", "soort", "verzonden_op"]
    list_filter = ["soort"]
