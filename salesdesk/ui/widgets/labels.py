"""Plain text for data, markup shown literally: labels (selectable, bold, larger) and tooltips."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


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
