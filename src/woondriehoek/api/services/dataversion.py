"""The data version: a value that changes with every committed write to the register.

Cached API answers are keyed by it (docs/adr/0010), so a change shows in the very next
request, in every process, without knowing which list it touches. The version lives in one
row of its own table (`DataVersion`); a random value replaces it after every transaction
that wrote, so a rolled-back transaction can never bring back a value whose cached answers
hold its uncommitted rows.

Writes are seen where every write passes: an execute wrapper on each database connection
(`watch`) looks at the SQL Django sends — ORM saves and deletes, `QuerySet.update`,
`bulk_create`, many-to-many changes, raw SQL, schema changes alike — and asks for a new
version when the transaction commits. Tables whose rows no API answer reads (sessions,
the migration log, the task queue, a token's last use) do not count. Writes made outside
the application (SQL typed by hand) are not seen; the next write through it brings them.
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

_WRITE = re.compile(
    r"""^\s*(?:
        (?P<dml>INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)
            \s+[`"\[]?(?P<table>[\w.]+)
        |(?P<ddl>CREATE|ALTER|DROP|TRUNCATE)\b
        |WITH\b.*\b(?P<cte>INSERT|UPDATE|DELETE)\b
    )""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)


def is_write(sql: str) -> bool:
    """Whether `sql` may change what an API answer reads."""
    if not sql or sql.lstrip()[:1].upper() not in "IUDRCATW":
        return False  # SELECT, SAVEPOINT, PRAGMA, SET, …: the common case, decided at once
    match = _WRITE.match(sql)
    if match is None:
        return False
    table = match.group("table")
    return table is None or table.rsplit(".", 1)[-1].lower() not in IGNORED_TABLES


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
    """Give the data a new version. Never raises."""
    _bump(connections[using])


def _bump(connection: BaseDatabaseWrapper) -> None:
    """In autocommit (after a commit) as plain statements: the write that asked for it may
    still have rows to hand back (RETURNING), so no transaction is begun around it. Inside a
    transaction managed by hand, in a savepoint, so a failure cannot spoil that transaction."""
    if connection.get_autocommit():
        _set_new_value(connection)
    else:
        with transaction.atomic(using=connection.alias):
            _set_new_value(connection)


def _set_new_value(connection: BaseDatabaseWrapper) -> None:
    value = secrets.randbits(62)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {TABLE} SET value = %s WHERE id = %s", [value, ROW_ID])
            if cursor.rowcount == 0:
                cursor.execute(f"INSERT INTO {TABLE} (id, value) VALUES (%s, %s)", [ROW_ID, value])
    except DatabaseError as error:  # e.g. during migrate, before the table exists
        logger.debug("data version not bumped: %s", error)


def _request_bump(connection: BaseDatabaseWrapper) -> None:
    """A new version once the current transaction commits (at once in autocommit)."""
    callback = connection.__dict__.get("_woondriehoek_bump")
    if callback is None:
        callback = connection.__dict__["_woondriehoek_bump"] = lambda: _bump(connection)
    if not connection.in_atomic_block:
        callback()  # autocommit: the write is committed; or a transaction managed by hand
    elif not any(entry[1] is callback for entry in connection.run_on_commit):
        transaction.on_commit(callback, using=connection.alias, robust=True)


def _watch_writes(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict
) -> Any:
    result = execute(sql, params, many, context)
    if is_write(sql):
        _request_bump(context["connection"])
    return result


def watch(connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """Install the write watcher on a connection (a connection_created receiver). Not on the
    connection Django opens without a database to create or drop the test database."""
    if connection.alias != NO_DB_ALIAS and _watch_writes not in connection.execute_wrappers:
        # First in the list: `connection.execute_wrapper()` pops the last one on exit.
        connection.execute_wrappers.insert(0, _watch_writes)
