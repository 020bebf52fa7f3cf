from .feeds import feed_token, persoonlijke_feed, werkruimte_feed
from .jaarschijf import (
    bundelen,
    indienen,
    indiening,
    jaarschijf_detail,
    jaarschijf_list,
    vaststellen,
    verschil,
)
from .kalender import kalender, regel_edit, regels, termijn_gedaan
from .overleg import (
    besluit_create,
    besluit_edit,
    overleg_create,
    overleg_detail,
    overleg_edit,
    overleg_list,
)

__all__ = [
    "besluit_create",
    "besluit_edit",
    "bundelen",
    "feed_token",
    "indienen",
    "indiening",
    "jaarschijf_detail",
    "jaarschijf_list",
    "kalender",
    "overleg_create",
    "overleg_detail",
    "overleg_edit",
    "overleg_list",
    "persoonlijke_feed",
    "regel_edit",
    "regels",
    "termijn_gedaan",
    "vaststellen",
    "verschil",
    "werkruimte_feed",
]
