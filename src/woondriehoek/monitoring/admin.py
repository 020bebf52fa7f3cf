from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Bewijs, Reactie, Realisatie, Voortgang, Zienswijze


class BewijsInline(admin.TabularInline):
    model = Bewijs
    extra = 0


@admin.register(Voortgang)
class VoortgangAdmin(SimpleHistoryAdmin):
    list_display = ["item", "jaar", "deel", "status", "percentage", "organisatie", "aangemaakt"]
    list_filter = ["status", "jaar", "deel"]
    search_fields = ["item__tekst", "toelichting"]
    raw_id_fields = ["item"]
    inlines = [BewijsInline]


@admin.register(Reactie)
class ReactieAdmin(SimpleHistoryAdmin):
    list_display = ["item", "organisatie", "gericht_aan", "aangemaakt", "afgehandeld_op"]
    raw_id_fields = ["item", "voortgang"]


@admin.register(Zienswijze)
class ZienswijzeAdmin(SimpleHistoryAdmin):
    list_display = ["item", "organisatie", "jaar", "deel", "aangemaakt"]
    raw_id_fields = ["item"]


@admin.register(Realisatie)
class RealisatieAdmin(SimpleHistoryAdmin):
    list_display = ["doel", "jaar", "organisatie", "waarde", "aangemaakt"]
    list_filter = ["jaar"]
    raw_id_fields = ["doel"]
