"""An undoable step made of a core operation's undo and redo, each run in one transaction.

The operation itself runs before the command is pushed (so a refused change never reaches
the undo stack and its message can be shown); the first ``redo`` only refreshes the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from salesdesk.core.store import Database

Step = Callable[[Session], object]


class DatabaseCommand(QUndoCommand):
    """Undo and redo a change that was already made, then call ``refresh``."""

    def __init__(
        self,
        database: Database,
        text: str,
        undo: Step,
        redo: Step,
        refresh: Callable[[], None],
        *,
        shown: bool = False,
    ) -> None:
        """Wrap an operation already made; ``refresh`` shows the database's state.

        With ``shown``, the screen already shows the change (an edited field), so pushing the
        command does not refresh it; undo and redo always do.
        """
        super().__init__(text)
        self._database = database
        self._undo = undo
        self._redo = redo
        self._refresh = refresh
        self._made = True  # the change is in the database already
        self._shown = shown

    def redo(self) -> None:
        if self._made:
            self._made = False
            if self._shown:
                return
        else:
            with self._database.transaction() as session:
                self._redo(session)
        self._refresh()

    def undo(self) -> None:
        with self._database.transaction() as session:
            self._undo(session)
        self._refresh()
