"""The base of an area's data access: reads in a session, writes as undoable core operations.

An operation runs in one transaction; when it changed anything, its change record goes on the
window's undo stack (a ``ChangeCommand``), and ``refresh`` shows the result.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.store import Database
from salesdesk.ui.change_stack import ChangeCommand, ChangeStack, HasChange, change_of

Result = TypeVar("Result", bound=Change | HasChange)


class UndoableData(QObject):
    """Gives an area its database (the window's current one), undo stack and clock."""

    def __init__(
        self,
        database: Callable[[], Database],
        undo_stack: ChangeStack,
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
        make: Callable[[Session], Result],
        refresh: Callable[[], None],
        *,
        shown: bool = False,
    ) -> Result:
        """Make a change in one transaction and push it on the undo stack if it changed anything.

        ``shown``: the screen already shows the change (an edited field), so only undo and
        redo call ``refresh``.
        """
        with self._database().transaction() as session:
            result = make(session)
        change = change_of(result)
        if change.changed:
            self._undo_stack.push(ChangeCommand(text, change, refresh, shown=shown))
        return result
