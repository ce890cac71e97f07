"""The Lost dialog: a reason from the rep's list (none chosen at first, one required), a detail.

Nothing is pre-selected, so Enter never records a reason the rep did not choose: the Mark
lost button stays disabled until a reason is picked. ``ask_loss`` is how every way of losing a
deal asks (tests answer it by replacing ``lost_dialog.ask_loss``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.operations.deal_moves import Loss
from salesdesk.core.queries.lost_reasons import ReasonRow
from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets.labels import plain_label

_CONTEXT = "LostDialog"
_REASON_ID = Qt.ItemDataRole.UserRole


class ReasonList(QListWidget):
    """The reasons; with none chosen yet, the first arrow key chooses the first (or last) one.

    Without this, the list gives the first row the keyboard without choosing it, and Down
    would choose the second.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space)
        if not self.selectedItems() and self.count() and event.key() in keys:
            last = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_End)
            self.setCurrentRow(self.count() - 1 if last else 0)
            return
        super().keyPressEvent(event)


class LostDialog(QDialog):
    """Asks why a deal (or several) was lost."""

    def __init__(
        self, reasons: Sequence[ReasonRow], question: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lostDialog")
        self.setWindowTitle(tr(_CONTEXT, "Deal lost"))
        self.reasons = ReasonList()
        self.reasons.setObjectName("lostReasonList")
        self.reasons.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for reason in reasons:
            item = QListWidgetItem(reason.name)
            item.setData(_REASON_ID, reason.id)
            self.reasons.addItem(item)
        self.reasons.setCurrentRow(-1)
        self.reasons.itemSelectionChanged.connect(self._on_chosen)
        self.reasons.itemDoubleClicked.connect(lambda _item: self.accept())
        label = plain_label(question)
        label.setBuddy(self.reasons)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("lostDetail")
        self.detail.setTabChangesFocus(True)
        self.detail.setPlaceholderText(tr(_CONTEXT, "Anything else worth keeping (optional)"))
        self.detail.setFixedHeight(self.detail.fontMetrics().lineSpacing() * 3 + 12)
        detail_label = QLabel(tr(_CONTEXT, "&Detail:"))
        detail_label.setBuddy(self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mark = QPushButton(tr(_CONTEXT, "Mark lost"))
        self.mark.setObjectName("lostDialogMark")
        self.mark.setDefault(True)
        self.mark.setEnabled(False)
        buttons.addButton(self.mark, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(detail_label)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.reasons.setFocus()
        self.resize(420, 420)

    def chosen_id(self) -> int | None:
        """Return the reason picked, or None."""
        items = self.reasons.selectedItems()
        return items[0].data(_REASON_ID) if items else None

    def loss(self) -> Loss | None:
        """Return the reason and detail entered, or None while no reason is picked."""
        reason_id = self.chosen_id()
        if reason_id is None:
            return None
        return Loss(reason_id, self.detail.toPlainText().strip() or None)

    def accept(self) -> None:
        """Close with the loss; refused (the dialog stays) while no reason is picked."""
        if self.chosen_id() is None:
            return
        super().accept()

    def _on_chosen(self) -> None:
        self.mark.setEnabled(self.chosen_id() is not None)


def ask_loss(parent: QWidget | None, reasons: Sequence[ReasonRow], question: str) -> Loss | None:
    """Ask why deals were lost; None when the rep cancels (then nothing changes)."""
    dialog = LostDialog(reasons, question, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.loss()
