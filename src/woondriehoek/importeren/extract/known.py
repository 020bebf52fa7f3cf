"""Corporations a document names without a type word ("Portaal", "Talis", "Woonwaarts").

A name with a type word ("Woonstichting X") is found by the rules in parties.py; a bare name
is only recognisable by knowing it, so the names come from a list, data/corporaties.txt (see
its header for where it comes from and what is left out).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from . import dictionaries as D

_TYPE_WORD_BEFORE = re.compile(
    r"\b(" + "|".join(p.capitalize() for p in D.CORPORATIE_PREFIXES) + r")[ \t]+$", re.I
)  # on the same line: "… per corporatie" + a heading "Helpt Elkander" is no "Corporatie X"


_TYPE_WORD_AT_START = re.compile(r"(?:" + "|".join(D.CORPORATIE_PREFIXES) + r")\s", re.I)


@cache
def names() -> tuple[str, ...]:
    text = files(__package__).joinpath("data/corporaties.txt").read_text(encoding="utf-8")
    rows = (line.strip() for line in text.splitlines())
    return tuple(row for row in rows if row and not row.startswith("#"))


@cache
def _spellings() -> dict[str, str]:
    """Each way a listed name is written, to the name: as listed, and in capitals as on a
    cover ("GEMEENTE X – TALIS – PORTAAL")."""
    out = {n.upper(): n for n in names() if len(n) >= 5}
    out.update({n: n for n in names()})
    return out


@cache
def pattern() -> re.Pattern[str]:
    """Any listed name as whole words, case-sensitive, longest first."""
    alternatives = "|".join(re.escape(n) for n in sorted(_spellings(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])")


def is_corporation(name: str) -> bool:
    """The name is, or ends in, a listed corporation ("Portaal", "Woonstichting Talis")."""
    return any(m.end() >= len(name.rstrip(" .,")) for m in pattern().finditer(name))


def corporations_named(head: str, body: str = "", known_parties: Iterable[str] = ()) -> list[str]:
    """Listed corporations the document names: each one in its head (title and parties:
    the first fifteen lines that are not empty), and each one named at least twice in `body`.
    Pass a body only where parties are told in prose, as in a council notice: in an agreement
    a corporation "invited to join" may be named twice and is no party (in a notice's body,
    once in passing is none either). A type word just before the name is kept ("Woonstichting
    Vryleven"); a bare name that ends a corporation's name among `known_parties` or the names
    found is left out.
    """
    found: list[str] = [_with_type_word(head, m) for m in pattern().finditer(head)]
    counts = Counter(m.group(0) for m in pattern().finditer(body))
    for m in pattern().finditer(body):
        if counts[m.group(0)] >= 2:
            found.append(_with_type_word(body, m))
    # "Woonstichting SWZ" covers "SWZ"; "Huurdersvereniging Portaal" does not cover "Portaal"
    longer = [n.lower() for n in [*known_parties, *found] if _TYPE_WORD_AT_START.match(n)]
    # "Woonplus Schiedam" (a party, or found too) is "Woonplus" with its town
    named = [n.lower() for n in [*known_parties, *found]]
    return [
        name
        for name in dict.fromkeys(found)
        if not any(other.endswith(" " + name.lower()) for other in longer)
        and not any(other.startswith(name.lower() + " ") for other in named)
    ]


def _with_type_word(text: str, m: re.Match[str]) -> str:
    name = _spellings()[m.group(0)]
    before = _TYPE_WORD_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    return f"{before.group(1).capitalize()} {name}" if before else name
