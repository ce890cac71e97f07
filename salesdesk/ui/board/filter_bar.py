"""The board's filter bar: free text, tier, "rotting only", "no next activity", and a summary.

Escape in the bar clears the whole filter (and, when it is clear already, hands the keyboard
to the cards); Shift+Tab from the text field goes to the cards on screen, never to a card
scrolled out of sight.

Signals:
    changed(object): the filter the bar now asks for (a ``CardFilter``).
    leave_requested(): the keyboard should go back to the cards (Escape on a clear filter,
        Shift+Tab from the text field).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from salesdesk.core.board import CardFilter
from salesdesk.core.models import Tier
from salesdesk.ui.formatting import tr

_CONTEXT = "Board"


class FilterBar(QWidget):
    """Filter fields over the whole board; every change emits the new ``CardFilter``."""

    changed = Signal(object)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFilterBar")
        self.text = QLineEdit()
        self.text.setObjectName("boardFilterText")
        self.text.setPlaceholderText(tr(_CONTEXT, "Filter by deal, customer or company…"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self._on_changed)
        self.tier = QComboBox()
        self.tier.setObjectName("boardFilterTier")
        self.tier.addItem(tr(_CONTEXT, "All tiers"), None)
        for tier in Tier:
            self.tier.addItem(tr(_CONTEXT, "Tier %1", tier.value), tier.value)
        self.tier.currentIndexChanged.connect(self._on_changed)
        self.rotting = QCheckBox(tr(_CONTEXT, "Rotting only"))
        self.rotting.setObjectName("boardFilterRotting")
        self.rotting.toggled.connect(self._on_changed)
        self.no_activity = QCheckBox(tr(_CONTEXT, "No next activity"))
        self.no_activity.setObjectName("boardFilterNoActivity")
        self.no_activity.toggled.connect(self._on_changed)
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 8, 8, 0)
        bar.addWidget(self.text, 2)
        bar.addWidget(self.tier)
        bar.addWidget(self.rotting)
        bar.addWidget(self.no_activity)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        for widget in (self.text, self.tier, self.rotting, self.no_activity):
            widget.installEventFilter(self)

    def card_filter(self) -> CardFilter:
        """Return what the fields ask for."""
        tier = self.tier.currentData()
        return CardFilter(
            text=self.text.text(),
            tier=Tier(tier) if tier else None,
            rotting_only=self.rotting.isChecked(),
            without_next_activity=self.no_activity.isChecked(),
        )

    def focus_text(self) -> None:
        """Put the cursor in the text filter with its text selected."""
        self.text.setFocus()
        self.text.selectAll()

    def clear(self) -> bool:
        """Show every card again; returns False when nothing was filtered."""
        if self.card_filter() == CardFilter():
            return False
        for signal_owner in (self.text, self.tier, self.rotting, self.no_activity):
            signal_owner.blockSignals(True)
        self.text.clear()
        self.tier.setCurrentIndex(0)
        self.rotting.setChecked(False)
        self.no_activity.setChecked(False)
        for signal_owner in (self.text, self.tier, self.rotting, self.no_activity):
            signal_owner.blockSignals(False)
        self._on_changed()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                if not self.clear():
                    self.leave_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Backtab and watched is self.text:
                self.leave_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self) -> None:
        self.changed.emit(self.card_filter())
