from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _laad_na_migratie(sender, **kwargs) -> None:
    """Add the years from the data file that the table does not have yet."""
    from .services.laden import load_huurgrenzen

    load_huurgrenzen()


class HuurgrenzenConfig(AppConfig):
    name = "woondriehoek.huurgrenzen"
    verbose_name = _("Rent and income limits")

    def ready(self) -> None:
        post_migrate.connect(_laad_na_migratie, sender=self, dispatch_uid="huurgrenzen-laden")
