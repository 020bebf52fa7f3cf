"""Rights of the allocation monitor: workspace readers see the results; bewerkers and
beheerders of the gemeente or of a corporation in the workspace supply files."""

from __future__ import annotations

import rules

from woondriehoek.woningbouw.rules import kan_aanleveren, kan_lezen

rules.add_perm("toewijzing.view_monitor", kan_lezen)
rules.add_perm("toewijzing.add_aanlevering", kan_aanleveren)
