"""The window's undo stack of change records: undo and redo write only after their row check.

Every undo step is a ``ChangeCommand`` holding a core ``Change``. The operation itself ran
before the command was pushed (so a refused change never reaches the stack), and a command's
own ``redo``/``undo`` do nothing: ``ChangeStack.undo``/``redo`` first write the change back in
one transaction, and move the stack only when that worked:
- the rows were changed since (another window, process or import): the step is refused and
  dropped from the stack, which stays true to the database;
- the database was busy, read-only or full: nothing was written and the step stays where it is.
Either way ``refused`` says why, in one sentence; a step that was written is ``applied``.

Signals:
    applied(object): a step's change was undone or redone (the ``Change``).
    refused(str, str): an undo or redo was refused (title, message).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from salesdesk.core.changes import Change
from salesdesk.core.errors import SalesDeskError, StaleChangeError
from salesdesk.core.store import Database
from salesdesk.ui.formatting import tr


class ChangeCommand(QUndoCommand):
    """One undo step: a change already made (the stack writes it back and again)."""

    def __init__(self, text: str, change: Change) -> None:
        super().__init__(text)
        self.change = change

    def redo(self) -> None:
        """Nothing to do here: ``ChangeStack`` wrote the change before moving the stack."""

    def undo(self) -> None:
        """Nothing to do here: ``ChangeStack`` wrote the change back before moving the stack."""


class ChangeStack(QUndoStack):
    """An undo stack whose undo and redo write the change records to the database first."""

    applied = Signal(object)
    refused = Signal(str, str)

    def __init__(self, database: Callable[[], Database], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database

    def undo(self) -> None:
        """Undo the step below the index, if its rows are still as it left them."""
        if self.index() > 0:
            self._step(self.index() - 1, undo=True)

    def redo(self) -> None:
        """Redo the step at the index, if its rows are as it found them."""
        if self.index() < self.count():
            self._step(self.index(), undo=False)

    def _step(self, index: int, *, undo: bool) -> None:
        command = self.command(index)
        assert isinstance(command, ChangeCommand), "every undo step carries a change record"
        title = tr("Undo", "Cannot undo") if undo else tr("Undo", "Cannot redo")
        try:
            with self._database().transaction() as session:
                (command.change.undo if undo else command.change.redo)(session)
        except StaleChangeError as error:
            command.setObsolete(True)  # Qt removes it without calling undo()/redo()
            (super().undo if undo else super().redo)()
            self.refused.emit(title, str(error))
            return
        except SalesDeskError as error:
            self.refused.emit(title, str(error))
            return
        (super().undo if undo else super().redo)()
        self.applied.emit(command.change)

    def undo_action(self, parent: QObject) -> QAction:
        """Return an Edit menu action that undoes through ``undo`` (named as the step)."""
        action = _StepAction(tr("MainWindow", "&Undo"), self.undoText(), parent)
        action.setEnabled(self.canUndo())
        self.canUndoChanged.connect(action.setEnabled)
        self.undoTextChanged.connect(action.show_step)
        action.triggered.connect(self.undo)
        action.setShortcut(QKeySequence.StandardKey.Undo)
        return action

    def redo_action(self, parent: QObject) -> QAction:
        """Return an Edit menu action that redoes through ``redo``."""
        action = _StepAction(tr("MainWindow", "&Redo"), self.redoText(), parent)
        action.setEnabled(self.canRedo())
        self.canRedoChanged.connect(action.setEnabled)
        self.redoTextChanged.connect(action.show_step)
        action.triggered.connect(self.redo)
        return action


class _StepAction(QAction):
    """Undo or Redo, followed by the step's name (as Qt's own undo actions show it)."""

    def __init__(self, prefix: str, step: str, parent: QObject) -> None:
        super().__init__(prefix, parent)
        self._prefix = prefix
        self.show_step(step)

    def show_step(self, step: str) -> None:
        self.setText(f"{self._prefix} {step}".strip())
