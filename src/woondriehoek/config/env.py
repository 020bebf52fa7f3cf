"""Environment variables, each declared once with help text.

``docs/configuratie.md`` is checked against these declarations by a test, so the
documentation cannot drift from the code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class EnvVar:
    name: str
    default: str
    help: str
    group: str


DECLARED: dict[str, EnvVar] = {}


def env(name: str, default: str, help: str, group: str = "Algemeen") -> str:
    """Read an environment variable and remember its declaration."""
    DECLARED[name] = EnvVar(name, default, help, group)
    return os.environ.get(name, default)


def env_bool(name: str, default: bool, help: str, group: str = "Algemeen") -> bool:
    raw = env(name, "true" if default else "false", help, group)
    return raw.strip().lower() in {"1", "true", "yes", "ja", "on"}


def env_int(name: str, default: int, help: str, group: str = "Algemeen") -> int:
    return int(env(name, str(default), help, group))
