"""Errors a user can cause and understand; ``str(error)`` is a one-line message for them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


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
