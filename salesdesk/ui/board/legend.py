"""What the marks on a board card mean: the next-activity dot or square, the tier strip, score.

Drawn with the card delegate's own colours and shapes, so the legend cannot drift from the
cards; every entry also has a tooltip in words.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesdesk.core.board import NextActivity
from salesdesk.core.models import Tier
from salesdesk.ui.board.card_delegate import MARKER_COLOURS, TIER_COLOURS
from salesdesk.ui.formatting import tr
from salesdesk.ui.widgets.labels import plain_tip

GAP = 6
MARK = 9


def legend_entries() -> list[tuple[str, str, QColor, str]]:
    """Return (shape, label, colour, explanation) of each mark; shape: dot, square or strip."""
    return [
        (
            "dot",
            tr("Board", "overdue"),
            MARKER_COLOURS[NextActivity.OVERDUE],
            tr("Board", "The next visit, call or task is overdue"),
        ),
        (
            "dot",
            tr("Board", "today"),
            MARKER_COLOURS[NextActivity.TODAY],
            tr("Board", "The next visit, call or task is today"),
        ),
        (
            "dot",
            tr("Board", "planned"),
            MARKER_COLOURS[NextActivity.FUTURE],
            tr("Board", "The next visit, call or task is planned for a later day"),
        ),
        (
            "square",
            tr("Board", "nothing planned"),
            MARKER_COLOURS[NextActivity.NONE],
            tr("Board", "No visit, call or task is planned for the deal"),
        ),
        (
            "strip",
            tr("Board", "tier A · B · C"),
            TIER_COLOURS[Tier.B],
            tr("Board", "The strip on the left is the customer's tier: dark A, middle B, light C"),
        ),
        (
            "text",
            tr("Board", "+2 score"),
            QColor(),
            tr(
                "Board",
                "After the tier: the customer's qualification score, gold traits minus poor traits",
            ),
        ),
    ]


class BoardLegend(QWidget):
    """One line explaining the card's marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardLegend")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._entries = legend_entries()
        self.setToolTip(
            plain_tip("\n".join(f"{label}: {tip}" for _, label, _, tip in self._entries))
        )
        self.setAccessibleName(tr("Board", "Legend of the card marks"))

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = QFontMetrics(self.font())
        width = sum(
            (MARK + 4 if shape != "text" else 0) + metrics.horizontalAdvance(label) + 2 * GAP
            for shape, label, _, _ in self._entries
        )
        return QSize(width, metrics.height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        middle = self.height() / 2
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        x = 0.0
        for shape, label, colour, _tip in self._entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if shape == "dot":
                painter.drawEllipse(QRectF(x, middle - MARK / 2, MARK, MARK))
            elif shape == "square":
                painter.drawRect(QRectF(x + 1, middle - MARK / 2 + 1, MARK - 2, MARK - 2))
            elif shape == "strip":
                for n, tier in enumerate(Tier):
                    painter.setBrush(TIER_COLOURS[tier])
                    painter.drawRect(QRectF(x + n * 3, middle - MARK / 2 - 1, 3, MARK + 2))
            if shape == "text":
                x -= MARK + 4
            x += MARK + 4
            painter.setPen(quiet if shape != "text" else TIER_COLOURS[Tier.A].darker(130))
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x, 0, width + 2, self.height()), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += width + 2 * GAP
        painter.end()
