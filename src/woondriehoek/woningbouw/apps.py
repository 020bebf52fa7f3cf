from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WoningbouwConfig(AppConfig):
    name = "woondriehoek.woningbouw"
    verbose_name = _("Housing construction")
