from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RapportageConfig(AppConfig):
    name = "woondriehoek.rapportage"
    verbose_name = _("Reports")
