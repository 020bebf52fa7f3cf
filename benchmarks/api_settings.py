"""Benchmark variant of the settings: persistent SQLite connections (CONN_MAX_AGE 60), to
measure what reconnecting on every request costs (the shipped settings use 0 for SQLite)."""

from woondriehoek.config.settings import *  # noqa: F403
from woondriehoek.config.settings import DATABASES

DATABASES["default"]["CONN_MAX_AGE"] = 60
