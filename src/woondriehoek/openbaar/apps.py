from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenbaarConfig(AppConfig):
    name = "woondriehoek.openbaar"
    verbose_name = _("Open data")
