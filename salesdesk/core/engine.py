"""The one way SalesDesk connects to a SQLite file: pragmas on, and real transactions.

Python's sqlite3 module opens transactions lazily and not before DDL, which would let a
failing migration leave half its changes behind. Following SQLAlchemy's documented recipe, the
driver's own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so
every unit of work, schema changes included, commits or rolls back as a whole.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000
# "SalD": marks a file as a SalesDesk database (PRAGMA application_id, set by the first migration).
APPLICATION_ID = 0x53616C44

_CONNECT_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
)


def create_engine_for(path: Path) -> Engine:
    """Return an engine for the SQLite file at ``path`` with SalesDesk's connection settings."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see below)
        for pragma in _CONNECT_PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def set_foreign_keys(connection: Any, enabled: bool) -> None:
    """Switch foreign key enforcement on a SQLAlchemy connection that is outside a transaction.

    SQLite ignores this pragma inside a transaction, so it goes to the driver directly.
    """
    dbapi_connection = connection.connection.dbapi_connection
    dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")
