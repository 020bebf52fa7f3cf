from .documents import (
    document_create,
    document_detail,
    document_edit,
    document_history,
    thema_edit,
    werkruimte,
)
from .items import item_create, item_delete, item_detail, item_edit, mijn_afspraken

__all__ = [
    "document_create",
    "document_detail",
    "document_edit",
    "document_history",
    "item_create",
    "item_delete",
    "item_detail",
    "item_edit",
    "mijn_afspraken",
    "thema_edit",
    "werkruimte",
]
