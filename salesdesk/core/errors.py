"""Errors a user can cause and understand; ``str(error)`` is a one-line message for them."""

from __future__ import annotations


class SalesDeskError(Exception):
    """Base of every error that is reported to the user as a message, never as a traceback."""


class DatabaseOpenError(SalesDeskError):
    """A database file cannot be opened; the file has been left untouched."""


class NotADatabaseError(DatabaseOpenError):
    """The file is not a SQLite database (or is damaged beyond reading)."""


class ForeignDatabaseError(DatabaseOpenError):
    """The file is a SQLite database, but not one of SalesDesk's."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer SalesDesk whose schema this version does not know."""


class MigrationFailedError(DatabaseOpenError):
    """Updating the database schema failed; the changes were rolled back."""


class BackupError(SalesDeskError):
    """A backup copy could not be written."""
