from .dashboard import dashboard, mijn_taken
from .doelen import doel_detail, doel_grafiek
from .items import (
    bewijs,
    item_voortgang,
    reactie_add,
    reactie_afhandelen,
    samenvatting,
    zienswijze_add,
)

__all__ = [
    "bewijs",
    "dashboard",
    "doel_detail",
    "doel_grafiek",
    "item_voortgang",
    "mijn_taken",
    "reactie_add",
    "reactie_afhandelen",
    "samenvatting",
    "zienswijze_add",
]
