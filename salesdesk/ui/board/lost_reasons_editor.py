"""The list of lost reasons in Stage Settings: add, rename, reorder, retire, merge, remove.

Edits stay in the table until the dialog is saved (one undo step with the stages). A reason
that lost deals give cannot be removed: it is retired (it leaves the Lost dialog, its name
stays in history) or merged into another reason (its deals then give that one and keep its
name as their detail).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.operations.lost_reasons import ReasonDraft
from salesdesk.core.queries.lost_reasons import ReasonRow
from salesdesk.ui.formatting import format_count, tr, tr_n
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.form_parts import beside_buttons, error_label

_CONTEXT = "LostReasons"
NAME, USES = range(2)
_ID, _USES, _RETIRED = (Qt.ItemDataRole.UserRole + n for n in range(3))


class LostReasonsEditor(QWidget):
    """The reasons as an editable table, with buttons beside it."""

    def __init__(self, reasons: Sequence[ReasonRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostReasonsEditor")
        self.merges: dict[int, int] = {}
        self._names = {reason.id: reason.name for reason in reasons}
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("lostReasonTable")
        self.table.setHorizontalHeaderLabels([tr(_CONTEXT, "Reason"), tr(_CONTEXT, "Lost deals")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for reason in reasons:
            self._append(reason.id, reason.name, reason.uses, reason.retired)
        self.problem = error_label("lostReasonsProblem")
        body = beside_buttons(
            self.table,
            [
                ("lostReasonAdd", tr(_CONTEXT, "&Add"), self.add_reason),
                ("lostReasonUp", tr(_CONTEXT, "Move &up"), lambda: self.move_selected(-1)),
                ("lostReasonDown", tr(_CONTEXT, "Move &down"), lambda: self.move_selected(1)),
                ("lostReasonRetire", tr(_CONTEXT, "&Retire / bring back"), self.toggle_retired),
                ("lostReasonMerge", tr(_CONTEXT, "&Merge into…"), self.merge_selected),
                ("lostReasonRemove", tr(_CONTEXT, "Re&move"), self.remove_selected),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.problem)

    def _append(self, reason_id: int | None, name: str, uses: int, retired: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(_ID, reason_id)
        item.setData(_USES, uses)
        self.table.setItem(row, NAME, item)
        count = QTableWidgetItem(format_count(uses))
        count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, USES, count)
        self._show_retired(row, retired)
        return row

    def _show_retired(self, row: int, retired: bool) -> None:
        item = self.table.item(row, NAME)
        item.setData(_RETIRED, retired)
        font = item.font()
        font.setItalic(retired)
        item.setFont(font)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        item.setForeground(quiet if retired else self.palette().color(QPalette.ColorRole.Text))
        uses = int(item.data(_USES) or 0)
        count = format_count(uses)
        self.table.item(row, USES).setText(
            tr(_CONTEXT, "%1 (retired)", count) if retired else count
        )
        self.table.item(row, USES).setForeground(QColor(quiet) if retired else QColor())

    def add_reason(self) -> None:
        """Add a reason at the end and start editing its name."""
        row = self._append(None, tr(_CONTEXT, "New reason"), 0, False)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def move_selected(self, step: int) -> bool:
        """Move the selected reason up (-1) or down (+1) in the list."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return False
        items = [self.table.takeItem(row, column) for column in range(2)]
        others = [self.table.takeItem(target, column) for column in range(2)]
        for column in range(2):
            self.table.setItem(target, column, items[column])
            self.table.setItem(row, column, others[column])
        self.table.setCurrentCell(target, self.table.currentColumn())
        return True

    def toggle_retired(self) -> bool:
        """Retire the selected reason, or bring a retired one back."""
        row = self.table.currentRow()
        if row < 0:
            return False
        self._show_retired(row, not self.table.item(row, NAME).data(_RETIRED))
        return True

    def remove_selected(self) -> bool:
        """Take a reason no lost deal gives off the list (one in use must be retired or merged)."""
        row = self.table.currentRow()
        if row < 0:
            return False
        item = self.table.item(row, NAME)
        uses = int(item.data(_USES) or 0)
        if uses:
            self._say(
                tr_n(
                    _CONTEXT,
                    "“%1” is the reason of %Ln lost deal(s): retire it, or merge it into another.",
                    uses,
                    item.text(),
                )
            )
            return False
        self.table.removeRow(row)
        return True

    def merge_selected(self) -> bool:
        """Merge the selected reason into another one the rep chooses."""
        row = self.table.currentRow()
        if row < 0:
            return False
        source = self.table.item(row, NAME)
        choices = {
            self.table.item(other, NAME).text(): self.table.item(other, NAME).data(_ID)
            for other in range(self.table.rowCount())
            if other != row and self.table.item(other, NAME).data(_ID) is not None
        }
        if source.data(_ID) is None or not choices:
            self._say(tr(_CONTEXT, "Save the new reason first; then it can be merged."))
            return False
        question = tr(_CONTEXT, "Merge “%1” into which reason?", source.text())
        answer = messages.choose(self, tr(_CONTEXT, "Merge reasons"), question, list(choices))
        if answer is None:
            return False
        target = choices[answer]
        self.merges[source.data(_ID)] = target
        uses = int(source.data(_USES) or 0)
        for other in range(self.table.rowCount()):
            item = self.table.item(other, NAME)
            if item.data(_ID) == target:
                item.setData(_USES, int(item.data(_USES) or 0) + uses)
                self._show_retired(other, bool(item.data(_RETIRED)))
        self.table.removeRow(row)
        return True

    def drafts(self) -> list[ReasonDraft]:
        """Return the table as the new list of reasons, in order."""
        return [
            ReasonDraft(
                self.table.item(row, NAME).data(_ID),
                self.table.item(row, NAME).text(),
                bool(self.table.item(row, NAME).data(_RETIRED)),
            )
            for row in range(self.table.rowCount())
        ]

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
