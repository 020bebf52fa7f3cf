from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "woondriehoek.api"
    verbose_name = _("API")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from .services.dataversion import watch

        connection_created.connect(watch, dispatch_uid="woondriehoek-dataversion")
