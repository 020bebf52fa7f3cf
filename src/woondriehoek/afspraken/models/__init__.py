from .document import Document, Ondertekenaar, Partij
from .item import Betrokkenheid, Doel, Item
from .thema import Thema

__all__ = ["Betrokkenheid", "Document", "Doel", "Item", "Ondertekenaar", "Partij", "Thema"]
