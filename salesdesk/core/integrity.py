"""Reading a database file without changing it: how to connect read-only, and whether it is whole.

``PRAGMA quick_check`` reads every page of the file (it skips only the index-to-table
comparison of ``integrity_check``), so damage in the middle of a file is found before the
app, an import or a backup builds on it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from salesdesk.core.errors import DamagedDatabaseError, DamagedStorageError, storage_error
from salesdesk.core.i18n import translate

_SQLITE_HEADER = b"SQLite format 3\x00"
_MAX_REPORTED = 1


def side_file(path: Path, suffix: str) -> Path:
    """Return SQLite's side file (``-wal``, ``-shm``) of the database at ``path``."""
    return path.with_name(path.name + suffix)


def read_only_uri(path: Path) -> str:
    """Return a URI that reads ``path`` without creating or changing any file.

    Without a ``-wal`` file the main file holds everything, and ``immutable`` stops SQLite from
    creating WAL and shared-memory files next to a file we may be about to refuse. ``path``
    must be resolved already: SQLite keeps the side files next to the target of a symlink.
    """
    uri = f"{path.as_uri()}?mode=ro"
    return uri if side_file(path, "-wal").exists() else uri + "&immutable=1"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Connect to ``path`` for reading only (see ``read_only_uri``).

    A ``-shm`` index left damaged by a crash or a full disk cannot be rebuilt by a read-only
    connection; when that is what fails, a read-write connection (which never creates the main
    file) rebuilds it, as SQLite does for the first connection to a WAL database.
    """
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.Error:
        if not side_file(path, "-shm").exists():
            raise
    connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return connection


def has_sqlite_header(path: Path) -> bool:
    """Return True when ``path`` starts with SQLite's file header."""
    with path.open("rb") as handle:
        return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER


def damage_of(path: Path) -> str | None:
    """Return the first problem ``PRAGMA quick_check`` finds in ``path``, or None when whole."""
    try:
        with closing(connect_read_only(path)) as connection:
            rows = connection.execute(f"PRAGMA quick_check({_MAX_REPORTED})").fetchall()
    except sqlite3.Error as error:
        problem = storage_error(error, path)
        if problem is not None and not isinstance(problem, DamagedStorageError):
            raise problem from error  # the file may be whole: say what is wrong instead
        return str(error)
    found = [row[0] for row in rows]
    if found == ["ok"]:
        return None
    lines = [line.strip() for text in found for line in str(text).splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("***"))


def check_whole(path: Path, backups: list[Path]) -> None:
    """Raise ``DamagedDatabaseError`` when ``path`` is damaged, naming the newest good backup.

    ``backups`` are candidates, oldest first; each is checked in turn from the newest.
    """
    problem = damage_of(path)
    if problem is None:
        return
    good = next((backup for backup in reversed(backups) if damage_of(backup) is None), None)
    if good is not None:
        message = translate(
            "Store",
            "%1 is damaged (%2) and was left untouched; the newest good backup is %3 "
            '(salesdesk restore "%3" --db "%1")',
            path,
            problem,
            good,
        )
    else:
        message = translate(
            "Store",
            "%1 is damaged (%2) and was left untouched; no good backup of it was found next to it",
            path,
            problem,
        )
    raise DamagedDatabaseError(message)
