from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ToewijzingConfig(AppConfig):
    name = "woondriehoek.toewijzing"
    verbose_name = _("Allocation")
