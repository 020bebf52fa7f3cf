"""Who may upload documents for import: functional administrators and beheerders of any
organisation. Jobs themselves are guarded by ``Importtaak.objects.visible_to``."""

from __future__ import annotations

import rules

from woondriehoek.organisaties.constants import Rol
from woondriehoek.organisaties.services.lidmaatschap import (
    is_functioneel_beheerder,
    organisatie_ids,
)


@rules.predicate
def can_upload(user) -> bool:
    return is_functioneel_beheerder(user) or bool(organisatie_ids(user, Rol.BEHEERDER))


rules.add_perm("importeren.upload", can_upload)
