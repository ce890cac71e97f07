"""The one way SalesDesk connects to a SQLite file: pragmas on, and real transactions.

Python's sqlite3 module opens transactions lazily and not before DDL, which would let a
failing migration leave half its changes behind. Following SQLAlchemy's documented recipe, the
driver's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so
every unit of work, schema changes included, commits or rolls back as a whole.

A write transaction (an engine from ``for_writing``) starts with ``BEGIN IMMEDIATE``: it takes
the write lock at once, so a second writer waits up to the busy timeout instead of failing
when it first writes (SQLite never waits to upgrade a read transaction that another writer
overtook). Reads start a plain deferred ``BEGIN`` and never wait in WAL mode.

Errors about the storage itself (busy, read-only, disk full, damaged pages) are turned into
``StorageError`` messages where SQLAlchemy raises them, for reads and writes alike, so no
caller ever shows SQL to the rep.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from salesdesk.core.errors import storage_error

BUSY_TIMEOUT_MS = 5000
# "SalD": marks a file as a SalesDesk database (PRAGMA application_id, set by the first migration).
APPLICATION_ID = 0x53616C44
_WRITE_OPTION = "salesdesk_write"

_CONNECT_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
)


def create_engine_for(path: Path, *, read_only: bool = False) -> Engine:
    """Return an engine for the SQLite file at ``path`` with SalesDesk's connection settings.

    ``read_only`` opens the file with ``mode=ro``: every write fails with a read-only error.
    """
    if read_only:
        engine = create_engine(f"sqlite:///{Path(path).resolve().as_uri()}?mode=ro&uri=true")
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see below)
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        for pragma in _CONNECT_PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        problem = storage_error(context.original_exception, Path(path))
        if problem is not None:
            raise problem from context.original_exception

    return engine


def for_writing(engine: Engine) -> Engine:
    """Return ``engine`` set up so that each of its transactions takes the write lock first."""
    return engine.execution_options(**{_WRITE_OPTION: True})


def set_foreign_keys(connection: Any, enabled: bool) -> None:
    """Switch foreign key enforcement on a SQLAlchemy connection that is outside a transaction.

    SQLite ignores this pragma inside a transaction, so it goes to the driver directly.
    """
    dbapi_connection = connection.connection.dbapi_connection
    dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")
