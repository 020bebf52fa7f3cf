from __future__ import annotations

MAX_GETOOND = 50


class ImportFout(Exception):
    """A file that cannot be imported; ``fouten`` is a list of (row, column, message).

    Row numbers are those a spreadsheet shows: the header is row 1, the first data row 2.
    """

    def __init__(self, fouten: list[tuple[int | None, str | None, str]]) -> None:
        self.fouten = list(fouten)
        super().__init__(self.eerste_regel())

    @staticmethod
    def formatteer(rij: int | None, kolom: str | None, melding: str) -> str:
        where = []
        if rij is not None:
            where.append(f"rij {rij}")
        if kolom:
            where.append(f"kolom '{kolom}'")
        prefix = ", ".join(where)
        return f"{prefix[:1].upper()}{prefix[1:]}: {melding}" if prefix else melding

    def regels(self, limiet: int = MAX_GETOOND) -> list[str]:
        lines = [self.formatteer(*f) for f in self.fouten[:limiet]]
        if len(self.fouten) > limiet:
            lines.append(f"… en nog {len(self.fouten) - limiet} fouten.")
        return lines

    def eerste_regel(self) -> str:
        if not self.fouten:
            return "Het bestand kan niet worden ingelezen."
        first = self.formatteer(*self.fouten[0])
        more = len(self.fouten) - 1
        return f"{first} (en nog {more} fouten)" if more else first
