"""Errors a user can cause and understand; ``str(error)`` is a one-line message for them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from salesdesk.core.i18n import noop, translate


class SalesDeskError(Exception):
    """Base of every error that is reported to the user as a message, never as a traceback."""


class DatabaseOpenError(SalesDeskError):
    """A database file cannot be opened; the file has been left untouched."""


class NotADatabaseError(DatabaseOpenError):
    """The file is not a SQLite database (or is damaged beyond reading)."""


class DamagedDatabaseError(NotADatabaseError):
    """The file is a SalesDesk database whose pages are damaged; it is refused untouched."""


class ForeignDatabaseError(DatabaseOpenError):
    """The file is a SQLite database, but not one of SalesDesk's."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer SalesDesk whose schema this version does not know."""


class MigrationFailedError(DatabaseOpenError):
    """Updating the database schema failed; the changes were rolled back."""


class BackupError(SalesDeskError):
    """A backup copy could not be written (or a backup cannot be restored)."""


class OutputError(SalesDeskError):
    """A file SalesDesk was asked to write could not be written; nothing was left behind."""


class StorageError(SalesDeskError):
    """The database could not be read or written (busy, read-only, full, damaged)."""


class DatabaseBusyError(StorageError):
    """Another process held the write lock for longer than the busy timeout."""


class ReadOnlyDatabaseError(StorageError):
    """The database was opened read-only; nothing can be changed in it."""


class DiskFullError(StorageError):
    """The disk is full; the transaction was rolled back."""


class DamagedStorageError(StorageError):
    """SQLite found damaged pages while reading or writing."""


class StaleChangeError(SalesDeskError):
    """An undo or redo found rows changed since (elsewhere); it was refused, nothing written."""


@dataclass(frozen=True)
class FieldProblem:
    """Why one field was refused, in words for the rep."""

    field: str
    message: str


class InvalidFieldsError(SalesDeskError):
    """Fields that cannot be saved; ``problems`` says which and why (nothing was written)."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = tuple(problems)


BUSY_MESSAGE = noop(
    "Store",
    "The database is busy (another SalesDesk or an import is writing); try again in a moment. "
    "Nothing was changed.",
)

# SQLite's primary result codes that mean "the storage", not "the statement".
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def storage_error(error: BaseException, path: Path) -> StorageError | None:
    """Return the message for a SQLite error about the storage itself, or None for others.

    Constraint violations and programming errors are not storage errors: they stay as they are.
    """
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseBusyError(translate("Store", BUSY_MESSAGE))
    if primary == _SQLITE_READONLY:
        return ReadOnlyDatabaseError(
            translate(
                "Store",
                "%1 is read-only: SalesDesk cannot save changes to it. Nothing was changed.",
                path,
            )
        )
    if primary == _SQLITE_FULL:
        return DiskFullError(
            translate(
                "Store",
                "The disk holding %1 is full: nothing was saved. Free some space and try again.",
                path,
            )
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DamagedStorageError(
            translate(
                "Store", "%1 is damaged (%2); restore a backup (salesdesk restore).", path, error
            )
        )
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        if _disk_full(path):  # SQLite could not even make its side files
            return storage_error(_full_error(), path)
        return StorageError(
            translate(
                "Store", "%1 could not be read or written (%2). Nothing was saved.", path, error
            )
        )
    return None


_LOW_SPACE = 256 * 1024  # less than this free, and SQLite cannot grow its side files


def _disk_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < _LOW_SPACE
    except OSError:
        return False


def _full_error() -> sqlite3.Error:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = _SQLITE_FULL  # type: ignore[attr-defined]
    return error
