"""The one path of every change, from an operation to every screen.

    operation(session)            a core function: checks, writes through a RowWriter
      → Change                    frozen row images: what it touched, how to undo and redo
      → ChangeCommand             one undo step on the ChangeStack (undo/redo check the rows)
      → changed(change, origin)   one application-wide signal, also after undo and redo
      → every area and panel      reloads what the change touched, keeping scroll and selection

``ChangeFlow.run`` opens the transaction, runs the operation, pushes the undo step and emits
``changed``. Areas get the flow (never a database of their own) and read through
``sessions()``. ``changed`` carries ``None`` instead of a change when everything must be read
again: F5, another database, or a commit by another process (``check_outside``, from
``PRAGMA data_version``, when the window is activated and every few seconds).

Signals:
    changed(object, object): a Change was made, undone or redone (or None: everything
        changed), and the object that made it and already shows it (or None).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change
from salesdesk.core.store import Database
from salesdesk.ui.change_stack import ChangeCommand, ChangeStack


class HasChange(Protocol):
    """An operation's result that carries its change record."""

    @property
    def change(self) -> Change: ...


Result = TypeVar("Result", bound=Change | HasChange)


def change_of(result: Change | HasChange) -> Change:
    """Return the change record of an operation's result."""
    return result if isinstance(result, Change) else result.change


class ChangeFlow(QObject):
    """Runs operations on the window's database and tells every screen what changed."""

    changed = Signal(object, object)

    def __init__(
        self, database: Database, now: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.now = now
        self.stack = ChangeStack(lambda: self._database, self)
        self.stack.setObjectName("undoStack")
        self.stack.applied.connect(self._on_applied)
        self._seen_version = self._version()

    @property
    def database(self) -> Database:
        """Return the database every screen works on."""
        return self._database

    def folder(self) -> Path:
        """Return the folder of the database (where files are offered to be saved)."""
        return self._database.path.parent

    def sessions(self) -> Session:
        """Return a new session on the database, for reading."""
        return self._database.sessions()

    def run(
        self, text: str, operation: Callable[[Session], Result], *, origin: object = None
    ) -> Result:
        """Run ``operation`` in one transaction; push and announce it when it changed anything.

        ``origin`` is the widget that made the change and already shows it (it may skip
        reading it again). A refusal (``SalesDeskError``) propagates and nothing is pushed.
        """
        with self._database.transaction() as session:
            result = operation(session)
        change = change_of(result)
        if change.changed:
            self.stack.push(ChangeCommand(text, change))
            self._seen_version = self._version()
            self.changed.emit(change, origin)
        return result

    def reload_everything(self) -> None:
        """Tell every screen to read everything again (F5)."""
        self._seen_version = self._version()
        self.changed.emit(None, None)

    def set_database(self, database: Database) -> None:
        """Work on ``database`` from now on; undo steps belong to the one they were made in."""
        self._database = database
        self.stack.clear()
        self.reload_everything()

    def check_outside(self) -> bool:
        """Announce everything as changed if another process committed since; return whether."""
        version = self._version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        self.changed.emit(None, None)
        return True

    def _on_applied(self, change: Change) -> None:
        self._seen_version = self._version()
        self.changed.emit(change, None)

    def _version(self) -> int:
        try:
            return self._database.data_version()
        except Exception:  # a file gone or locked: the next check tries again
            return -1
