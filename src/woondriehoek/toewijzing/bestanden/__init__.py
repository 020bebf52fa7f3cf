"""Reading the parties' exports: CSV (, or ;) and XLSX, column mapping, validation.

Shared by the toewijzingsmonitor, the streefhuur simulation and the planmonitor.
"""

from .fouten import ImportFout
from .lezen import lees_tabel
from .schema import SCHEMAS, BestandSoort
from .verwerken import lees_en_valideer

__all__ = ["SCHEMAS", "BestandSoort", "ImportFout", "lees_en_valideer", "lees_tabel"]
