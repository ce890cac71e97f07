"""Windows and dialogs that fit the screen: never larger than its available area.

A 1366×768 laptop keeps about 728 pixels for windows under its task bar; a dialog or print
preview asked for at 1000 pixels would run off it. ``fitted_size`` clamps a wanted size to the
available area (leaving room for the window frame); ``KeepOnScreen`` does it for every dialog
the application shows, and moves one that would stick out back inside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

FRAME = QSize(16, 48)  # what a window manager's frame and title bar take around a window


def available_area(widget: QWidget | None = None) -> QRect:
    """Return the available area of the screen ``widget`` is on (else the primary screen)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitted_size(wanted: QSize, area: QRect) -> QSize:
    """Return ``wanted`` made no larger than ``area`` leaves for a framed window."""
    return QSize(
        max(200, min(wanted.width(), area.width() - FRAME.width())),
        max(150, min(wanted.height(), area.height() - FRAME.height())),
    )


def fit_to_screen(widget: QWidget, wanted: QSize | None = None) -> QSize:
    """Resize a window to ``wanted`` (its size) within its screen, and keep it inside."""
    area = available_area(widget)
    size = fitted_size(wanted or widget.size(), area)
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() - size.width() - FRAME.width() + 1)
    top = min(max(frame.top(), area.top()), area.bottom() - size.height() - FRAME.height() + 1)
    if (left, top) != (frame.left(), frame.top()) and widget.isVisible():
        widget.move(QPoint(max(left, area.left()), max(top, area.top())))
    return size


class KeepOnScreen(QObject):
    """An application event filter: every dialog shown fits the available screen area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
        return False
