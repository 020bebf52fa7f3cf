"""The neutral content model of a report: what it says, not how it looks.

Services build a ``Rapportdocument`` once; the PDF and DOCX renderers only lay it out, so
both formats carry exactly the same content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


@dataclass
class Alinea:
    soort: ClassVar[str] = "alinea"
    tekst: str
    nadruk: bool = False  # a short line that stands out, such as a summary figure


@dataclass
class Opsomming:
    soort: ClassVar[str] = "opsomming"
    punten: list[str]


@dataclass
class Feiten:
    """Label–value pairs (a definition list)."""

    soort: ClassVar[str] = "feiten"
    rijen: list[tuple[str, str]]
    bijschrift: str = ""


@dataclass
class Tabel:
    soort: ClassVar[str] = "tabel"
    bijschrift: str
    kolommen: list[str]
    rijen: list[list[str]]
    getallen: tuple[int, ...] = ()  # indexes of right-aligned (numeric) columns
    breedtes: tuple[int, ...] = ()  # relative column widths; empty = see kolombreedtes

    @property
    def kolomdelen(self) -> tuple[float, ...]:
        """Each column's share of the width (summing to 1): the given widths, else a text
        column (names, labels) twice as wide as a numeric one, so that names wrap at spaces
        rather than inside words."""
        gewichten = self.breedtes or tuple(
            1 if i in self.getallen else 2 for i in range(len(self.kolommen))
        )
        totaal = sum(gewichten) or 1
        return tuple(g / totaal for g in gewichten)

    @property
    def kolombreedtes(self) -> tuple[float, ...]:
        """The same shares in percent, for CSS."""
        return tuple(round(100 * d, 2) for d in self.kolomdelen)


@dataclass
class Grafiek:
    """A Vega-Lite chart; the same spec becomes SVG in the PDF and PNG in the DOCX."""

    soort: ClassVar[str] = "grafiek"
    titel: str
    spec: dict
    beschrijving: str = ""


@dataclass
class AfspraakRegel:
    nummer: str
    tekst: str
    trekker: str
    status: str
    percentage: str
    toelichting: str = ""
    toon_status: bool = True  # False for an ambitie or opgave nobody reports on


@dataclass
class Afsprakenlijst:
    """Afspraken with their progress: full-width text with a status line under each (reads
    better than a narrow table column, and lays out much faster in the PDF)."""

    soort: ClassVar[str] = "afspraken"
    bijschrift: str
    regels: list[AfspraakRegel]
    label_trekker: str = "Lead"


Blok = Alinea | Opsomming | Feiten | Tabel | Grafiek | Afsprakenlijst


@dataclass
class Sectie:
    titel: str
    blokken: list[Blok] = field(default_factory=list)
    subsecties: list[Sectie] = field(default_factory=list)
    anker: str = ""
    nummer: str = ""
    genummerd: bool = True  # False when the title carries its own number (a theme)

    @property
    def kop(self) -> str:
        return f"{self.nummer} {self.titel}".strip()

    def add(self, *blokken: Blok) -> Sectie:
        self.blokken.extend(blokken)
        return self


@dataclass
class Rapportdocument:
    titel: str
    ondertitel: str
    gemeente: str
    jaar: int
    datum: str  # the generation date, already formatted
    kenmerken: list[tuple[str, str]] = field(default_factory=list)  # cover facts
    secties: list[Sectie] = field(default_factory=list)
    inhoudsopgave: bool = True
    voorblad: bool = True  # a cover page; without it the title and facts head page 1
    voetregel: str = ""

    def nummer(self) -> None:
        """Number the chapters (1, 2, …) and paragraphs (1.1, …) and give each an anchor."""
        for i, sectie in enumerate(self.secties, 1):
            sectie.anker, sectie.nummer = f"h{i}", str(i)
            for j, sub in enumerate(sectie.subsecties, 1):
                sub.anker = f"h{i}-{j}"
                sub.nummer = f"{i}.{j}" if sub.genummerd else ""

    def toc(self) -> list[tuple[int, Sectie]]:
        """(level, section) in reading order: chapters and their paragraphs."""
        result: list[tuple[int, Sectie]] = []
        for sectie in self.secties:
            result.append((1, sectie))
            result.extend((2, sub) for sub in sectie.subsecties)
        return result
