from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Bouwnorm, PlanmonitorDoel, Project, ProjectOplevering


class OpleveringInline(admin.TabularInline):
    model = ProjectOplevering
    extra = 0


@admin.register(Project)
class ProjectAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "gemeente", "kern", "corporatie", "planstatus", "projectstatus"]
    list_filter = ["gemeente", "planstatus", "projectstatus"]
    search_fields = ["naam", "kern", "initiatiefnemer"]
    inlines = [OpleveringInline]


@admin.register(Bouwnorm)
class BouwnormAdmin(SimpleHistoryAdmin):
    list_display = ["gemeente", "document", "min_sociaal", "max_sociale_koop", "min_middenhuur"]


@admin.register(PlanmonitorDoel)
class PlanmonitorDoelAdmin(SimpleHistoryAdmin):
    list_display = ["doel", "gemeente", "corporatie", "segment", "maat"]
    raw_id_fields = ["doel"]
