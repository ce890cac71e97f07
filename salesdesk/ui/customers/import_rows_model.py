"""The import preview's table: every good row with what the import will do with it.

A row is "new", "same as existing (skip)", or "matches X"; a matching row is checkable: checked,
it is added as another customer ("add anyway"), unchecked it fills the empty fields of the
customer it matches. The model holds the outcomes the core's dry run reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from salesdesk.core.exchange.duplicates import RowStatus
from salesdesk.core.exchange.importer import Decision, RowOutcome
from salesdesk.core.i18n import noop
from salesdesk.core.wording import fill
from salesdesk.ui.formatting import tr

_CONTEXT = "Import"
COLUMNS = (
    noop(_CONTEXT, "Line"),
    noop(_CONTEXT, "Name"),
    noop(_CONTEXT, "Company"),
    noop(_CONTEXT, "Tier"),
    noop(_CONTEXT, "E-mails"),
    noop(_CONTEXT, "Phones"),
    noop(_CONTEXT, "City"),
    noop(_CONTEXT, "What happens"),
)
STATUS_COLUMN = len(COLUMNS) - 1
_Index = QModelIndex | QPersistentModelIndex


def _whom(outcome: RowOutcome) -> str:
    known = outcome.match.known
    if known is None:
        return ""
    if known.customer_id is None:
        return tr(_CONTEXT, "line %1 of this file", str(known.line))
    return known.name


def status_text(outcome: RowOutcome, decision: Decision) -> str:
    """Return what the import does with the row, in the rep's words."""
    status = outcome.match.status
    if status is RowStatus.NEW:
        return tr(_CONTEXT, "new")
    if status is RowStatus.SAME:
        return tr(_CONTEXT, "same as existing (skip)")
    if decision is Decision.ADD:
        text = tr(_CONTEXT, "matches %1 by %2 (add anyway)")
    elif outcome.match.fills:
        text = tr(_CONTEXT, "matches %1 by %2 (update empty fields)")
    else:
        text = tr(_CONTEXT, "matches %1 by %2 (nothing to fill: skip)")
    return fill(text, _whom(outcome), tr(_CONTEXT, outcome.match.by))


class ImportRowsModel(QAbstractTableModel):
    """The good rows of an import file; matching rows can be switched to "add anyway"."""

    def __init__(self, outcomes: Sequence[RowOutcome], parent: Any = None) -> None:
        super().__init__(parent)
        self._outcomes = list(outcomes)
        self._added: set[int] = set()  # rows (indexes) to add anyway

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(_CONTEXT, COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return None

    def decision(self, row: int) -> Decision:
        """Return what is done with a matching row (UPDATE unless switched to ADD)."""
        return Decision.ADD if row in self._added else Decision.UPDATE

    def decisions(self) -> dict[int, Decision]:
        """Return the decision for every matching row, by its file line."""
        return {
            outcome.draft.line: self.decision(row)
            for row, outcome in enumerate(self._outcomes)
            if outcome.match.status is RowStatus.MATCH
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._outcomes):
            return None
        outcome = self._outcomes[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            draft = outcome.draft
            values = (
                str(draft.line),
                draft.name,
                draft.company or "",
                draft.tier.value if draft.tier else "",
                ", ".join(draft.emails),
                ", ".join(draft.phones),
                draft.city or "",
                status_text(outcome, self.decision(index.row())),
            )
            return values[column]
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and column == STATUS_COLUMN
            and outcome.match.status is RowStatus.MATCH
        ):
            added = index.row() in self._added
            return Qt.CheckState.Checked if added else Qt.CheckState.Unchecked
        matching = outcome.match.status is RowStatus.MATCH
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS_COLUMN and matching:
            return tr(_CONTEXT, "Tick to add this row as another customer")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == STATUS_COLUMN
            and self._outcomes[index.row()].match.status is RowStatus.MATCH
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (
            self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self._added.add if checked else self._added.discard)(index.row())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True
