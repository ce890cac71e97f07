"""Undoable board commands: the core operation in a transaction, then the columns updated.

The first ``redo`` happens before the command is pushed (so a refused move never reaches the
undo stack and its error can be shown); later redos and undos replay it exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QUndoCommand

from salesdesk.core.board import Card
from salesdesk.core.operations.deal_moves import DealMove, redo_move, undo_move
from salesdesk.core.store import Database
from salesdesk.ui.formatting import tr, tr_n

# (stage id -> deal ids in order, deal id -> card, deals to select) -> None
ColumnsApplier = Callable[[Mapping[int, tuple[int, ...]], Mapping[int, Card], list[int]], None]


class MoveDealsCommand(QUndoCommand):
    """A move of one or more deals that Ctrl+Z undoes and Ctrl+Shift+Z redoes."""

    def __init__(
        self,
        database: Database,
        move: DealMove,
        cards_before: Mapping[int, Card],
        cards_after: Mapping[int, Card],
        apply_columns: ColumnsApplier,
        text: str,
    ) -> None:
        super().__init__(text)
        self._database = database
        self._move = move
        self._cards_before = dict(cards_before)
        self._cards_after = dict(cards_after)
        self._apply_columns = apply_columns
        self._skip_database = True  # the move was made before the command was pushed

    def redo(self) -> None:
        if not self._skip_database:
            with self._database.transaction() as session:
                redo_move(session, self._move)
        self._skip_database = False
        self._apply_columns(self._move.columns_after, self._cards_after, list(self._move.deal_ids))

    def undo(self) -> None:
        with self._database.transaction() as session:
            undo_move(session, self._move)
        self._apply_columns(
            self._move.columns_before, self._cards_before, list(self._move.deal_ids)
        )


def move_text(titles: list[str], stage_name: str) -> str:
    """Return the undo-menu text of a move."""
    if len(titles) == 1:
        return tr("Board", "Move “%1” to %2").replace("%2", stage_name).replace("%1", titles[0])
    return tr_n("Board", "Move %n deal(s) to %1", len(titles)).replace("%1", stage_name)
