from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CyclusConfig(AppConfig):
    name = "woondriehoek.cyclus"
    verbose_name = _("Yearly cycle")
