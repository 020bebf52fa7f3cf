from .overleg import Reactie, Zienswijze
from .realisatie import Realisatie
from .voortgang import Bewijs, Voortgang

__all__ = ["Bewijs", "Reactie", "Realisatie", "Voortgang", "Zienswijze"]
