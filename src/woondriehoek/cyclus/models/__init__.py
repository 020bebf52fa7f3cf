from .jaarschijf import Activiteit, Indiening, Jaarschijf
from .overleg import Besluit, Overleg, Overlegvorm
from .regels import Cyclusregel, FeedToken, Herinnering, TermijnAfronding

__all__ = [
    "Activiteit",
    "Besluit",
    "Cyclusregel",
    "FeedToken",
    "Herinnering",
    "Indiening",
    "Jaarschijf",
    "Overleg",
    "Overlegvorm",
    "TermijnAfronding",
]
