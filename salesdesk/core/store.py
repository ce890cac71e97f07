"""Open a SalesDesk database: check the file, back it up, migrate it, hand out sessions.

``open_database`` is the only place a database file is opened. It refuses files it must not
touch (not SQLite, not SalesDesk, damaged, written by a newer version, an empty file nobody
asked to turn into a database) with a one-line message and without changing a byte of them.
A new database is made in one transaction, schema and defaults together: a crash leaves either
a complete database or an empty file that the next start makes again.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from salesdesk.core.backup import STALE_PARTIAL_SECONDS, automatic_backups, backup_database
from salesdesk.core.engine import APPLICATION_ID, create_engine_for, for_writing
from salesdesk.core.errors import (
    DamagedDatabaseError,
    DamagedStorageError,
    DatabaseOpenError,
    ForeignDatabaseError,
    MigrationFailedError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    storage_error,
)
from salesdesk.core.files import sync_folder, temporary_sibling
from salesdesk.core.i18n import noop, translate
from salesdesk.core.integrity import check_whole, connect_read_only, has_sqlite_header, side_file

# The newest migration's revision. Opening a database already at it needs no Alembic (a
# quicker start); tests/migrations checks that this equals Alembic's head.
SCHEMA_HEAD = "0011"


class FileState(Enum):
    """What ``inspect_file`` found at a path."""

    NEW = "new"  # missing, or a SQLite file without tables (an interrupted creation)
    CURRENT = "current"  # a SalesDesk database at the head revision
    OUTDATED = "outdated"  # a SalesDesk database that needs migrations


@dataclass
class Database:
    """An open SalesDesk database: its engine and a factory of ORM sessions for reading.

    ``transaction()`` is the one way to write; a ``read_only`` database refuses it.
    """

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    created: bool
    backup_path: Path | None = None
    read_only: bool = False
    _writes: sessionmaker[Session] | None = field(default=None, repr=False)
    _check: Future[None] | None = field(default=None, repr=False)
    _watcher: sqlite3.Connection | None = field(default=None, repr=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session whose work commits on success and rolls back on any error.

        The transaction takes the write lock when it begins (``BEGIN IMMEDIATE``), waiting up
        to the busy timeout for another writer; then it says the database is busy. While the
        whole-file check started by ``check_in_background`` runs, the first write waits for
        it: nothing is written into a damaged file.
        """
        if self._check is not None:
            self._check.result()  # raises DamagedDatabaseError (and stays read-only)
        if self.read_only:
            raise ReadOnlyDatabaseError(
                translate(
                    "Store",
                    "%1 is open read-only: changes cannot be saved. Nothing was changed.",
                    self.path,
                )
            )
        if self._writes is None:
            self._writes = sessionmaker(for_writing(self.engine))
        with self._writes.begin() as session:
            yield session

    def check_in_background(self) -> None:
        """Check the whole file (``check_database_whole``) in a thread, so the window shows first.

        A damaged file turns the database read-only; ``damage`` then says why.
        """
        check: Future[None] = Future()

        def run() -> None:
            try:
                check_database_whole(self.path)
            except DamagedDatabaseError as error:
                self.read_only = True
                check.set_exception(error)
            else:
                check.set_result(None)

        self._check = check
        threading.Thread(target=run, name="salesdesk-check", daemon=True).start()

    def damage(self) -> DamagedDatabaseError | None:
        """Return the background check's finding once it is done (None: whole or not done)."""
        if self._check is None or not self._check.done():
            return None
        error = self._check.exception()
        return error if isinstance(error, DamagedDatabaseError) else None

    @property
    def checked(self) -> bool:
        """Return True when no background check is running (any more)."""
        return self._check is None or self._check.done()

    def data_version(self) -> int:
        """Return a number that changes whenever a commit reaches the file.

        ``PRAGMA data_version`` on a connection of its own that never writes: it moves with
        every commit, this process's included, so a caller compares it before and after its
        own writes to see what others (another SalesDesk, an import) changed.
        """
        if self._watcher is None:
            self._watcher = sqlite3.connect(
                f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        return int(self._watcher.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        """Release every connection to the file."""
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self.engine.dispose()


def resolved(path: Path) -> Path:
    """Return the real location of ``path``: SQLite keeps side files next to a link's target."""
    return Path(os.path.expanduser(path)).resolve()


def inspect_file(path: Path, *, allow_empty: bool = False) -> tuple[FileState, str | None]:
    """Classify ``path`` without writing to it; raise a ``DatabaseOpenError`` if it is unusable.

    An empty file (0 bytes) is refused unless ``allow_empty``: it may be a database that was
    truncated, and turning it into a new one would hide that.
    """
    path = resolved(path)
    if path.is_dir():
        raise NotADatabaseError(
            translate("Store", "%1 is a folder, not a SalesDesk database", path)
        )
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseOpenError(translate("Store", "the folder %1 does not exist", path.parent))
        return FileState.NEW, None
    if path.stat().st_size == 0:
        if allow_empty:
            return FileState.NEW, None
        raise NotADatabaseError(
            translate(
                "Store",
                "%1 is an empty file, not a SalesDesk database; to make a new database "
                "there, delete it first (or start with --create)",
                path,
            )
        )
    if not has_sqlite_header(path):
        raise NotADatabaseError(translate("Store", "%1 is not a SQLite database", path))
    try:
        with closing(connect_read_only(path)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            versions = (
                [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
    except sqlite3.Error as error:
        problem = storage_error(error, path)
        if problem is not None and not isinstance(problem, DamagedStorageError):
            raise problem from error  # busy, read-only, a full disk: not the file's fault
        raise NotADatabaseError(
            translate("Store", "%1 is damaged or not a SQLite database (%2)", path, error)
        ) from error
    if not (tables - {"alembic_version"}) and not versions:
        return FileState.NEW, None
    if application_id != APPLICATION_ID or len(versions) != 1:
        raise ForeignDatabaseError(
            translate("Store", "%1 is a SQLite database, but not a SalesDesk database", path)
        )
    revision = versions[0]
    if revision == SCHEMA_HEAD:
        return FileState.CURRENT, revision  # the usual start: no need to load Alembic
    from salesdesk.core.migrate import head_revision, known_revisions

    if revision not in known_revisions():
        raise NewerDatabaseError(
            translate(
                "Store",
                "%1 was saved by a newer SalesDesk (schema %2); "
                "install the newer version to open it",
                path,
                revision,
            )
        )
    state = FileState.CURRENT if revision == head_revision() else FileState.OUTDATED
    return state, revision


def check_database_whole(path: Path) -> None:
    """Refuse a damaged database (``DamagedDatabaseError``), naming its newest good backup."""
    path = resolved(path)
    check_whole(path, automatic_backups(path))


def _writable(path: Path) -> bool:
    """Return True when SalesDesk can change ``path`` and create its side files next to it."""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def open_database(
    path: Path, *, allow_empty_file: bool = False, check: bool = True, locale: str | None = None
) -> Database:
    """Open (creating if needed) the SalesDesk database at ``path``, migrated to the newest schema.

    A database that needs migrations is backed up first. A new database gets the default
    pipeline, checklists, profile questions and settings in the same transaction as its
    schema. With ``check`` the whole file is checked first (``check_database_whole``); the app
    checks in the background instead, once its window is up. A file SalesDesk may not write
    is opened read-only when it is current, and refused when it would need changes.
    A new database starts in the currency of ``locale`` (else the environment's locale).
    """
    path = resolved(path)
    state, _revision = inspect_file(path, allow_empty=allow_empty_file)
    if check and state is not FileState.NEW:
        check_database_whole(path)
    read_only = not _writable(path)
    if read_only and state is not FileState.CURRENT:
        if state is FileState.NEW:
            refusal = noop(
                "Store",
                "cannot create a database at %1: the file or its folder is read-only; "
                "copy it to a folder you can write to",
            )
        else:
            refusal = noop(
                "Store",
                "cannot update the database at %1: the file or its folder is read-only; "
                "copy it to a folder you can write to",
            )
        raise DatabaseOpenError(translate("Store", refusal, path))
    created = state is FileState.NEW
    if created:
        _create(path, locale)
    backup_path = backup_database(path) if state is FileState.OUTDATED else None
    engine = create_engine_for(path, read_only=read_only)
    try:
        if state is FileState.OUTDATED:
            _migrate(engine, path, backup_path)
        elif not read_only and not created:
            created = _complete_defaults(engine, locale)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, sessionmaker(engine), created, backup_path, read_only)


def _create(path: Path, locale: str | None) -> None:
    """Make a complete new database (schema and defaults) at ``path``, or nothing at all.

    It is made under a temporary name in the same folder and linked into place when complete,
    so a crash leaves no half-made database, and a database another process made meanwhile is
    never replaced. ``path`` may be an empty file or a SQLite file without tables (an earlier
    interrupted creation): nothing in those can be lost.
    """
    from salesdesk.core.migrate import upgrade

    _remove_stale_creations(path)
    try:
        partial = temporary_sibling(path)
    except OSError as error:
        raise DatabaseOpenError(
            translate("Store", "cannot create a database at %1: %2", path, error.strerror)
        ) from None
    try:
        engine = create_engine_for(partial)
        try:
            with for_writing(engine).connect() as connection:
                upgrade(
                    connection,
                    after_migrations=functools.partial(_install_defaults_on, locale=locale),
                )
        except Exception as error:
            detail = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise MigrationFailedError(
                translate("Store", "could not create a database at %1: %2", path, detail)
            ) from error
        finally:
            engine.dispose()  # the last connection checkpoints and removes the WAL file
        _put_in_place(partial, path)
    except OSError as error:
        raise DatabaseOpenError(
            translate("Store", "cannot create a database at %1: %2", path, error.strerror)
        ) from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)


def _put_in_place(partial: Path, path: Path) -> None:
    """Move the finished new database ``partial`` to ``path`` unless a database is there now."""
    try:
        os.link(partial, path)  # fails if path exists: a database made meanwhile stays
    except FileExistsError:
        if inspect_file(path, allow_empty=True)[0] is not FileState.NEW:
            return
        for suffix in ("-wal", "-shm"):
            side_file(path, suffix).unlink(missing_ok=True)  # of a file without tables
        os.replace(partial, path)
    except OSError:
        if path.exists():
            raise
        os.rename(partial, path)  # a file system without hard links
    sync_folder(path.parent)


def _remove_stale_creations(path: Path) -> None:
    """Remove what an interrupted creation of a database at ``path`` left behind."""
    prefix, now = f".{path.name}.", time.time()
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*"):
        name = candidate.name
        bare = name.removesuffix("-wal").removesuffix("-shm").removesuffix("-journal")
        if name.startswith(prefix) and bare.endswith(".partial"):
            with contextlib.suppress(OSError):
                if now - candidate.stat().st_mtime > STALE_PARTIAL_SECONDS:
                    candidate.unlink()


def _install_defaults_on(connection: Any, locale: str | None = None) -> None:
    """Install the defaults on a connection inside the migrations' transaction."""
    from salesdesk.core.defaults import install_defaults

    if connection.execute(text("SELECT 1 FROM stages LIMIT 1")).first() is not None:
        return  # another process made the database while this one waited for the lock
    session = Session(bind=connection)
    install_defaults(session, locale=locale)
    session.flush()
    session.close()


def _complete_defaults(engine: Engine, locale: str | None) -> bool:
    """Install the defaults into a database left without them by an older SalesDesk's crash.

    Returns True when it did (the database is as good as new).
    """
    with engine.connect() as connection:
        if connection.execute(text("SELECT 1 FROM stages LIMIT 1")).first() is not None:
            return False
    with for_writing(engine).begin() as connection:
        _install_defaults_on(connection, locale)
    return True


def _migrate(engine: Engine, path: Path, backup_path: Path | None) -> None:
    from salesdesk.core.migrate import upgrade

    try:
        with for_writing(engine).connect() as connection:
            upgrade(connection)
    except Exception as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        if backup_path:
            message = translate(
                "Store",
                "could not update %1 to this version of SalesDesk (%2); "
                "the file was left as it was; a backup is at %3",
                path,
                detail,
                backup_path,
            )
        else:
            message = translate(
                "Store",
                "could not update %1 to this version of SalesDesk (%2); "
                "the file was left as it was",
                path,
                detail,
            )
        raise MigrationFailedError(message) from error


def database_revision(path: Path) -> str | None:
    """Return the schema revision stored in a SalesDesk database file."""
    from salesdesk.core.migrate import current_revision_of

    engine = create_engine_for(path)
    try:
        with engine.connect() as connection:
            return current_revision_of(connection)
    finally:
        engine.dispose()
