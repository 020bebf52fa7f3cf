"""The data version: a value that changes with every committed write to the register.

Cached API answers are keyed by it (docs/adr/0010), so a change shows in the very next
request, in every process, without knowing which list it touches. The version lives in one
row of its own table (`DataVersion`) and gets a new random value in every transaction that
writes, so a rolled-back transaction can never bring back a value whose cached answers hold
its uncommitted rows.

Writes are seen where every write passes: an execute wrapper on each database connection
(`watch`) looks at the SQL Django sends — ORM saves and deletes, `QuerySet.update`,
`bulk_create`, many-to-many changes, raw SQL, schema changes alike; any statement not known
to only read counts as a write. Inside a transaction the new version is written just before
its first write, in the same transaction: data and version commit together or not at all
(the version row stays locked until then, so writing transactions on PostgreSQL take turns;
as each takes it first, that adds no deadlock between them). A
write in autocommit has committed on its own; the new version follows at once, and if that
fails the error is logged and this process's kept answers are dropped (others keep theirs
for at most `cache.TIMEOUT`). Writes to tables that no API answer reads (sessions, the
migration log, the task queue, API tokens — a token is checked on every request) do not
count. Writes made outside the application (SQL typed by hand) are not seen.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable
from typing import Any

from django.db import DatabaseError, connections, transaction
from django.db.backends.base.base import NO_DB_ALIAS, BaseDatabaseWrapper

logger = logging.getLogger(__name__)

TABLE = "api_dataversion"
ROW_ID = 1
# Tables whose writes change no API answer. A token's rights are its organisation's or its
# user's (other tables); revoking one is checked on every request, cached or not.
IGNORED_TABLES = frozenset(
    {
        TABLE,
        "django_session",
        "django_migrations",
        "django_tasks_database_dbtaskresult",
        "api_apitoken",
        "api_historicalapitoken",
    }
)

_LEADING = re.compile(r"^(?:\s+|\ufeff|\(|--[^\n]*(?:\n|$)|/\*.*?\*/)+", re.DOTALL)
# PRAGMA: SQLite's settings of the connection (foreign_keys, journal_mode), never its rows.
_READ_ONLY = re.compile(
    r"(?:SELECT|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT|SHOW|EXPLAIN|VALUES|PRAGMA)\b",
    re.IGNORECASE,
)
_CTE_WRITE = re.compile(r"\b(?:INSERT|UPDATE|DELETE|MERGE)\b", re.IGNORECASE)
_DML_TABLE = re.compile(
    r"""(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)
        \s+(?:[`"\[]?\w+[`"\]]?\.)?[`"\[]?(?P<table>\w+)[`"\]]?""",
    re.IGNORECASE | re.VERBOSE,
)


def is_write(sql: str) -> bool:
    """Whether `sql` may change what an API answer reads: every statement that is not known
    to only read, except a single INSERT/UPDATE/DELETE of an ignored table."""
    if not sql:
        return False
    if sql[:6].upper() == "SELECT" and ";" not in sql:
        return False  # the common case, decided at once
    body = _LEADING.sub("", sql, count=1).rstrip().rstrip(";")
    if not body:
        return False
    if ";" in body:
        return True  # several statements: assume one of them writes
    if _READ_ONLY.match(body):
        return False
    if body[:4].upper() == "WITH":
        return _CTE_WRITE.search(body) is not None
    match = _DML_TABLE.match(body)
    return match is None or match.group("table").lower() not in IGNORED_TABLES


def current(using: str = "default") -> int | None:
    """The version now, or None when there is none (table or row missing: do not cache)."""
    try:
        with connections[using].cursor() as cursor:
            cursor.execute(f"SELECT value FROM {TABLE} WHERE id = %s", [ROW_ID])
            row = cursor.fetchone()
    except DatabaseError:
        return None
    return row[0] if row else None


def bump(using: str = "default") -> None:
    """Give the data a new version now (in the current transaction, if there is one)."""
    _new_value(connections[using])


def _new_value(connection: BaseDatabaseWrapper) -> None:
    """One upsert (SQLite ≥ 3.24 and PostgreSQL alike), so two writers never race on a
    missing row."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {TABLE} (id, value) VALUES (%s, %s) "
            "ON CONFLICT (id) DO UPDATE SET value = excluded.value",
            [ROW_ID, secrets.randbits(62)],
        )


def _table_exists(connection: BaseDatabaseWrapper) -> bool:
    """Known once it is true; until then (a database being migrated) asked again."""
    if connection.__dict__.get("_woondriehoek_version_table"):
        return True
    with connection.cursor() as cursor:
        exists = TABLE in connection.introspection.table_names(cursor)
    connection.__dict__["_woondriehoek_version_table"] = exists
    return exists


def _marker(connection: BaseDatabaseWrapper) -> Callable[[], None]:
    """A do-nothing on_commit callback whose presence says "this transaction has its new
    version": Django drops it exactly when it drops the write (rollback of the transaction
    or of the savepoint it was made in) and after the commit."""
    marker = connection.__dict__.get("_woondriehoek_marker")
    if marker is None:
        marker = connection.__dict__["_woondriehoek_marker"] = lambda: None
    return marker


def _before_write_in_transaction(connection: BaseDatabaseWrapper) -> None:
    """The new version, before the transaction's first write: every writing transaction
    takes the version row first, so it adds no lock-order deadlock; and SQLite's
    INSERT … RETURNING keeps its rows, as nothing runs between it and their reading."""
    marker = _marker(connection)
    if any(entry[1] is marker for entry in connection.run_on_commit):
        return
    if _table_exists(connection):
        _new_value(connection)  # errors propagate: the write must not commit without it
        if connection.in_atomic_block:
            transaction.on_commit(marker, using=connection.alias)
        # (a transaction managed by hand has no on_commit: a new value for every write)


def _after_autocommit(connection: BaseDatabaseWrapper) -> None:
    """The write has committed on its own (or will when its statement is reset: SQLite's
    RETURNING); no transaction is begun around the new version, plain statements only."""
    try:
        if _table_exists(connection):
            _new_value(connection)
    except Exception:
        logger.exception("data version not renewed after a write; dropping kept API answers")
        from django.core.cache import caches

        caches["api"].clear()


def _watch_writes(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict
) -> Any:
    if not is_write(sql):
        return execute(sql, params, many, context)
    connection = context["connection"]
    if TABLE in sql:  # a migration creating or dropping the version's own table
        connection.__dict__.pop("_woondriehoek_version_table", None)
        return execute(sql, params, many, context)
    if connection.in_atomic_block or not connection.get_autocommit():
        _before_write_in_transaction(connection)
        return execute(sql, params, many, context)
    result = execute(sql, params, many, context)
    _after_autocommit(connection)
    return result


def watch(connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """Install the write watcher on a connection (a connection_created receiver). Not on the
    connection Django opens without a database to create or drop the test database."""
    if connection.alias != NO_DB_ALIAS and _watch_writes not in connection.execute_wrappers:
        # First in the list: `connection.execute_wrapper()` pops the last one on exit.
        connection.execute_wrappers.insert(0, _watch_writes)
