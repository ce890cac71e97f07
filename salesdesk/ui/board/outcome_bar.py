"""Drop targets for the outcomes of a deal: Won, Lost and Suspended, in a slim bar.

Signals of OutcomeDropZone:
    dropped(list): deal ids dropped on the zone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salesdesk.ui.board.deal_mime import deals_from_mime

ZONE_STYLE = """
QFrame#%(name)s { border: 1px dashed %(colour)s; border-radius: 6px; background: %(bg)s; }
QFrame#%(name)s[hovered="true"] { border: 2px solid %(colour)s; background: %(hover)s; }
QFrame#%(name)s QLabel { color: %(colour)s; font-weight: bold; }
"""


class OutcomeDropZone(QFrame):
    """A place to drop deals that are won, lost or put on hold."""

    dropped = Signal(list)

    def __init__(self, name: str, text: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAcceptDrops(True)
        self.setMinimumHeight(40)
        tint = QColor(colour)
        tint.setAlpha(40)
        hover = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
        self.setStyleSheet(
            ZONE_STYLE % {"name": name, "colour": colour, "bg": "transparent", "hover": hover}
        )
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(label)

    def _set_hovered(self, hovered: bool) -> None:
        self.setProperty("hovered", hovered)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if deals_from_mime(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_hovered(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if deals_from_mime(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_hovered(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hovered(False)
        dragged = deals_from_mime(event.mimeData())
        if dragged is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(dragged[0])


class OutcomeBar(QWidget):
    """The Won, Lost and Suspended drop zones side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardOutcomeBar")
        self.won = OutcomeDropZone("dropWon", self.tr("Won"), "#2e7d32", self)
        self.lost = OutcomeDropZone("dropLost", self.tr("Lost"), "#c62828", self)
        self.suspended = OutcomeDropZone("dropSuspended", self.tr("Suspended"), "#6d6d6d", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for zone in (self.won, self.lost, self.suspended):
            layout.addWidget(zone, 1)
