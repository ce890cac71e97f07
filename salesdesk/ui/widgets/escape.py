"""Escape in a search field or a filter clears it: back to "everything listed".

Escape only does so when there is something to clear; otherwise it goes on as usual (a
dialog still closes with it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QWidget


def _reset(widget: QWidget) -> bool:
    """Put ``widget`` back to its "no filter" state; return False when it already was."""
    if isinstance(widget, QLineEdit):
        if not widget.text():
            return False
        widget.clear()
    elif isinstance(widget, QComboBox):
        if widget.currentIndex() <= 0:
            return False
        widget.setCurrentIndex(0)
    elif isinstance(widget, QSpinBox):
        if widget.value() == widget.minimum():
            return False
        widget.setValue(widget.minimum())
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        if not widget.isChecked():
            return False
        widget.setChecked(False)
    else:
        return False
    return True


class _ClearsOnEscape(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
        ):
            return _reset(watched)
        return False


def clear_on_escape(*widgets: QWidget) -> None:
    """Let Escape clear each of ``widgets`` (search fields, filter combos, spin boxes, checks)."""
    for widget in widgets:
        watcher = _ClearsOnEscape(widget)
        widget.installEventFilter(watcher)
