from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisatiesConfig(AppConfig):
    name = "woondriehoek.organisaties"
    verbose_name = _("Organisations")
