from .controle import controle, item_action, party_type
from .taken import publish, status, taak, upload

__all__ = ["controle", "item_action", "party_type", "publish", "status", "taak", "upload"]
