"""Plain text for data, markup shown literally: labels (selectable, bold, elided) and tips."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyleOption


def plain_label(text: str = "", *, bold: bool = False, scale: float = 1.0) -> QLabel:
    """Return a word-wrapped plain-text label (markup in ``text`` shows literally)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold or scale != 1.0:
        font = label.font()
        font.setBold(bold)
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def plain_tip(text: str) -> str:
    """Return ``text`` as a tooltip that shows literally (tooltips guess markup otherwise)."""
    if not text:
        return ""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


class ElidedLabel(QLabel):
    """A one-line plain-text label that may grow narrower than its text: it ends in "…" then.

    The whole text stays the label's ``text()`` (and so what screen readers say); a caller
    that shows it also in a tooltip lets a reader see what was cut.
    """

    def __init__(self, text: str = "", parent: QLabel | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def is_elided(self) -> bool:
        """Return True when the text does not fit and shows cut."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("W…"), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        area = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, area.width())
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawItemText(
            painter,
            area,
            int(self.alignment()),
            option.palette,
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )
