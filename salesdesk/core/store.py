"""Open a SalesDesk database: check the file, back it up, migrate it, hand out sessions.

``open_database`` is the only place a database file is opened. It refuses files it must not
touch (not SQLite, not SalesDesk, written by a newer version) with a one-line message and
without changing a byte of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from salesdesk.core.backup import backup_database
from salesdesk.core.engine import APPLICATION_ID, create_engine_for
from salesdesk.core.errors import (
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
    NotADatabaseError,
)

_SQLITE_HEADER = b"SQLite format 3\x00"
# The newest migration's revision. Opening a database already at it needs no Alembic (a
# quicker start); tests/migrations checks that this equals Alembic's head.
SCHEMA_HEAD = "0005"


class FileState(Enum):
    """What ``inspect_file`` found at a path."""

    NEW = "new"  # missing, empty, or a SQLite file without tables
    CURRENT = "current"  # a SalesDesk database at the head revision
    OUTDATED = "outdated"  # a SalesDesk database that needs migrations


@dataclass
class Database:
    """An open SalesDesk database: its engine and a factory of ORM sessions."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    created: bool
    backup_path: Path | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session whose work commits on success and rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        """Release every connection to the file."""
        self.engine.dispose()


def inspect_file(path: Path) -> tuple[FileState, str | None]:
    """Classify ``path`` without writing to it; raise a ``DatabaseOpenError`` if it is unusable."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState.NEW, None
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a SalesDesk database")
    with path.open("rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise NotADatabaseError(f"{path} is not a SQLite database")
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            versions = (
                [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
    except sqlite3.Error as error:
        raise NotADatabaseError(f"{path} is damaged or not a SQLite database ({error})") from error
    if not (tables - {"alembic_version"}) and not versions:
        return FileState.NEW, None
    if application_id != APPLICATION_ID or len(versions) != 1:
        raise ForeignDatabaseError(f"{path} is a SQLite database, but not a SalesDesk database")
    revision = versions[0]
    if revision == SCHEMA_HEAD:
        return FileState.CURRENT, revision  # the usual start: no need to load Alembic
    from salesdesk.core.migrate import head_revision, known_revisions

    if revision not in known_revisions():
        raise NewerDatabaseError(
            f"{path} was saved by a newer SalesDesk (schema {revision}); "
            "install the newer version to open it"
        )
    state = FileState.CURRENT if revision == head_revision() else FileState.OUTDATED
    return state, revision


def _read_only_uri(path: Path) -> str:
    """Return a URI that reads ``path`` without creating or changing any file.

    Without a ``-wal`` file the main file holds everything, and ``immutable`` stops SQLite from
    creating WAL and shared-memory files next to a file we may be about to refuse.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    return uri if wal.exists() else uri + "&immutable=1"


def open_database(path: Path) -> Database:
    """Open (creating if needed) the SalesDesk database at ``path``, migrated to the newest schema.

    A database that needs migrations is backed up first. A new database gets the default
    pipeline, checklists, profile questions and settings.
    """
    path = Path(path)
    state, _revision = inspect_file(path)
    backup_path = None
    if state is FileState.OUTDATED:
        backup_path = backup_database(path)
    engine = create_engine_for(path)
    try:
        if state is not FileState.CURRENT:
            _migrate(engine, path, state, backup_path)
        database = Database(path, engine, sessionmaker(engine), state is FileState.NEW, backup_path)
        if database.created:
            from salesdesk.core.defaults import install_defaults

            with database.transaction() as session:
                install_defaults(session)
    except BaseException:
        engine.dispose()
        raise
    return database


def _migrate(engine: Engine, path: Path, state: FileState, backup_path: Path | None) -> None:
    from salesdesk.core.migrate import upgrade

    try:
        with engine.connect() as connection:
            upgrade(connection)
    except Exception as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        if state is FileState.NEW:
            raise MigrationFailedError(
                f"could not create a database at {path}: {detail}"
            ) from error
        kept = f"; a backup is at {backup_path}" if backup_path else ""
        raise MigrationFailedError(
            f"could not update {path} to this version of SalesDesk ({detail}); "
            f"the file was left as it was{kept}"
        ) from error


def database_revision(path: Path) -> str | None:
    """Return the schema revision stored in a SalesDesk database file."""
    from salesdesk.core.migrate import current_revision_of

    engine = create_engine_for(path)
    try:
        with engine.connect() as connection:
            return current_revision_of(connection)
    finally:
        engine.dispose()
