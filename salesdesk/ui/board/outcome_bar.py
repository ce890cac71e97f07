"""The outcomes of a deal below the board: Won, Lost and On hold, to drop on and to open.

Dropping cards on a zone decides their outcome; clicking a zone (or Enter/Space on it) opens
the list of the deals with that outcome. Each zone shows how many deals it holds.

Signals of OutcomeDropZone:
    dropped(list): deal ids dropped on the zone.
    opened(): the rep clicked the zone (or pressed Enter or Space on it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from salesdesk.ui.board.deal_mime import deals_from_mime
from salesdesk.ui.formatting import tr

ZONE_STYLE = """
QFrame#%(name)s { border: 1px dashed %(colour)s; border-radius: 6px; background: %(bg)s; }
QFrame#%(name)s[hovered="true"] { border: 2px solid %(colour)s; background: %(hover)s; }
QFrame#%(name)s:focus { border: 2px solid %(colour)s; }
QFrame#%(name)s QLabel { color: %(colour)s; font-weight: bold; }
"""


class OutcomeDropZone(QFrame):
    """A place to drop deals that are won, lost or put on hold, and to open their list."""

    dropped = Signal(list)
    opened = Signal()

    def __init__(
        self, name: str, text: str, tip: str, colour: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAcceptDrops(True)
        self.setMinimumHeight(36)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        tint = QColor(colour)
        tint.setAlpha(40)
        hover = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
        self.setStyleSheet(
            ZONE_STYLE % {"name": name, "colour": colour, "bg": "transparent", "hover": hover}
        )
        self._text = text
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)

    def show_count(self, count: str) -> None:
        """Show how many deals have this outcome (already formatted)."""
        self.label.setText(tr("Board", "%1 · %2", self._text, count))

    def _set_hovered(self, hovered: bool) -> None:
        self.setProperty("hovered", hovered)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.opened.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if deals_from_mime(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_hovered(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if deals_from_mime(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self._set_hovered(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_hovered(False)
        dragged = deals_from_mime(event.mimeData())
        if dragged is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(dragged[0])


class OutcomeBar(QWidget):
    """The Won, Lost and On hold zones side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardOutcomeBar")
        self.won = OutcomeDropZone(
            "dropWon",
            tr("Board", "Won"),
            tr("Board", "Drop deals here to mark them won; click to see the won deals"),
            "#2e7d32",
            self,
        )
        self.lost = OutcomeDropZone(
            "dropLost",
            tr("Board", "Lost"),
            tr(
                "Board", "Drop deals here to mark them lost (asks why); click to see the lost deals"
            ),
            "#c62828",
            self,
        )
        self.on_hold = OutcomeDropZone(
            "dropOnHold",
            tr("Board", "On hold"),
            tr("Board", "Drop deals here to put them on hold; click to see the deals on hold"),
            "#6d6d6d",
            self,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for zone in (self.won, self.lost, self.on_hold):
            layout.addWidget(zone, 1)

    def zones(self) -> dict[str, OutcomeDropZone]:
        """Return the zones by outcome ("won", "lost", "on_hold")."""
        return {"won": self.won, "lost": self.lost, "on_hold": self.on_hold}
