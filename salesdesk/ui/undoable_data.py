"""The base of an area's data access: reads in a session, writes through the change flow.

An area's data object names its operations for the undo menu and turns refusals into what
its forms show; the flow runs them (one transaction, one undo step, one ``changed`` signal).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from salesdesk.ui.change_flow import ChangeFlow, Result


class UndoableData(QObject):
    """Gives an area the window's change flow: its database, its undo stack, its clock."""

    def __init__(self, flow: ChangeFlow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.now = flow.now

    def database_folder(self) -> Path:
        """Return the folder of the current database (where files are offered to be saved)."""
        return self.flow.folder()

    def sessions(self) -> Session:
        """Return a new session on the current database (for reading)."""
        return self.flow.sessions()

    def run(self, text: str, make: Callable[[Session], Result], *, origin: object = None) -> Result:
        """Make a change as one undo step (``origin``: the widget that already shows it)."""
        return self.flow.run(text, make, origin=origin)
