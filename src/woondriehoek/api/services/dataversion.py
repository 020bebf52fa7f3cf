"""The data version: a value that changes with every committed write to the register.

Cached API answers are keyed by it (docs/adr/0010), so a change shows in the very next
request, in every process, without knowing which list it touches. The version lives in one
row of its own table (`DataVersion`) and gets a new random value after every transaction
that wrote, so a rolled-back transaction can never bring back a value whose cached answers
hold its uncommitted rows.

Writes are seen where every write passes: an execute wrapper on each database connection
(`watch`) looks at the SQL Django sends — ORM saves and deletes, `QuerySet.update`,
`bulk_create`, many-to-many changes, raw SQL, schema changes alike; any statement not known
to only read counts as a write. The new version is written right after the commit
(`on_commit`; in autocommit right after the statement), as one short statement of its own:
no lock is held across a transaction, so writers never wait on each other for it. A reader
reads the version before the data, so between a commit and its new version a reader at
worst keeps newer data under the older version. If writing the new version fails, the error
is logged and this process drops its kept answers; other processes keep theirs for at most
`cache.TIMEOUT` seconds. Writes to tables that no API answer reads (sessions, the migration
log, the task queue, API tokens — a token is checked on every request) do not count. Not
seen: writes made outside the application (SQL typed by hand), stored procedures called with
`callproc`, and functions with side effects called from a SELECT.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable
from typing import Any

from django.core.cache import caches
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
# (EXPLAIN is no reader: PostgreSQL's EXPLAIN ANALYZE runs the statement.)
_READ_ONLY = re.compile(
    r"(?:SELECT|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT|SHOW|VALUES|PRAGMA)\b", re.IGNORECASE
)
_CTE_WRITE = re.compile(r"\b(?:INSERT|UPDATE|DELETE|MERGE)\b", re.IGNORECASE)
_DML_TABLE = re.compile(
    r"""(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)
        \s+(?:[`"\[]?\w+[`"\]]?\.)?[`"\[]?(?P<table>\w+)[`"\]]?""",
    re.IGNORECASE | re.VERBOSE,
)


def is_write(sql: Any) -> bool:
    """Whether `sql` may change what an API answer reads: every statement that is not known
    to only read, except a single INSERT/UPDATE/DELETE of an ignored table."""
    if not isinstance(sql, str):
        return True  # a composed statement (psycopg's sql.Composed): assume it writes
    if not sql:
        return False
    if sql[:6].upper() == "SELECT" and ";" not in sql and "*/" not in sql:
        return False  # the common case, decided at once
    body = _LEADING.sub("", sql, count=1).rstrip().rstrip(";")
    if not body:
        return False
    if ";" in body or "*/" in body:
        return True  # several statements, or nested comments: assume one of them writes
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


def _new_value(connection: BaseDatabaseWrapper) -> None:
    """One upsert (SQLite ≥ 3.24 and PostgreSQL alike), so two writers never race on a
    missing row."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {TABLE} (id, value) VALUES (%s, %s) "
            "ON CONFLICT (id) DO UPDATE SET value = excluded.value",
            [ROW_ID, secrets.randbits(62)],
        )


def _renew(connection: BaseDatabaseWrapper) -> None:
    """A new version after a commit (or an autocommit write), as plain statements: the
    write that asked for it may still have rows to hand back (RETURNING), so no transaction
    is begun around it. Inside a transaction managed by hand, in a savepoint."""
    try:
        if connection.get_autocommit():
            _new_value(connection)
        else:
            with transaction.atomic(using=connection.alias):
                _new_value(connection)
    except Exception:
        if _table_exists(connection):
            logger.exception("data version not renewed after a write; dropping kept answers")
        else:  # a database being migrated: nothing is kept before the table exists
            logger.debug("data version table missing; not renewed")
        caches["api"].clear()


def _table_exists(connection: BaseDatabaseWrapper) -> bool:
    try:
        with connection.cursor() as cursor:
            return TABLE in connection.introspection.table_names(cursor)
    except Exception:
        return False


def _after_write(connection: BaseDatabaseWrapper) -> None:
    """A new version once the current transaction commits (at once in autocommit); one per
    transaction. Django drops the callback with the transaction or savepoint that rolls back."""
    callback = connection.__dict__.get("_woondriehoek_renew")
    if callback is None:
        callback = connection.__dict__["_woondriehoek_renew"] = lambda: _renew(connection)
    if connection.in_atomic_block:
        if not any(entry[1] is callback for entry in connection.run_on_commit):
            transaction.on_commit(callback, using=connection.alias, robust=True)
    else:  # autocommit: the write is committed; or a transaction managed by hand
        callback()


def _watch_writes(
    execute: Callable[..., Any], sql: Any, params: Any, many: bool, context: dict
) -> Any:
    result = execute(sql, params, many, context)
    if is_write(sql):
        _after_write(context["connection"])
    return result


def watch(connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """Install the write watcher on a connection (a connection_created receiver). Not on the
    connection Django opens without a database to create or drop the test database."""
    if connection.alias != NO_DB_ALIAS and _watch_writes not in connection.execute_wrappers:
        # First in the list: `connection.execute_wrapper()` pops the last one on exit.
        connection.execute_wrappers.insert(0, _watch_writes)
