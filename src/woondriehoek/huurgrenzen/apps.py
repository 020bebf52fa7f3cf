from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HuurgrenzenConfig(AppConfig):
    name = "woondriehoek.huurgrenzen"
    verbose_name = _("Rent and income limits")
