"""The base of an area's data access: reads in a session, writes as undoable core operations.

An operation runs in one transaction; when it changed anything, a ``DatabaseCommand`` with its
undo and redo goes on the window's undo stack, and ``refresh`` shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from salesdesk.core.store import Database
from salesdesk.ui.database_command import DatabaseCommand


class _Changed(Protocol):
    @property
    def changed(self) -> bool: ...


Change = TypeVar("Change", bound=_Changed)


class UndoableData(QObject):
    """Gives an area its database (the window's current one), undo stack and clock."""

    def __init__(
        self,
        database: Callable[[], Database],
        undo_stack: QUndoStack,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._undo_stack = undo_stack
        self.now = now

    def database_folder(self) -> Path:
        """Return the folder of the current database (where files are offered to be saved)."""
        return self._database().path.parent

    def sessions(self) -> Session:
        """Return a new session on the current database (for reading)."""
        return self._database().sessions()

    def run(
        self,
        text: str,
        make: Callable[[Session], Change],
        undo: Callable[[Session, Change], None],
        redo: Callable[[Session, Change], None],
        refresh: Callable[[], None],
        *,
        shown: bool = False,
    ) -> Change:
        """Make a change in one transaction and push it on the undo stack if it changed anything.

        ``shown``: the screen already shows the change (an edited field), so only undo and
        redo call ``refresh``.
        """
        database = self._database()
        with database.transaction() as session:
            change = make(session)
        if change.changed:
            self._undo_stack.push(
                DatabaseCommand(
                    database, text,
                    undo=lambda session: undo(session, change),
                    redo=lambda session: redo(session, change),
                    refresh=refresh, shown=shown,
                )
            )  # fmt: skip
        return change
