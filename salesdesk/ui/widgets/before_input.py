"""Work that must be done before the user's next key press or click reaches any widget.

A view that shows part of its data at first (the rest is read right after the first paint)
must have all of it before anyone acts on it: ``BeforeInput`` runs its callback once, just
before the first input event the application gets, unless cancelled (the work was done).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class BeforeInput(QObject):
    """Call ``callback`` once, before the first input event of the application.

    It belongs to ``parent`` (the widget whose work it is): deleted with it, it stops
    watching, so a callback never runs on a widget that is gone.
    """

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = callback
        self._application = QApplication.instance()
        if self._application is not None:
            self._application.installEventFilter(self)

    def cancel(self) -> None:
        """Never call the callback (it ran, or its work is done another way)."""
        self._callback = None
        if self._application is not None:
            self._application.removeEventFilter(self)
            self._application = None
            self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self._callback is not None:
            callback = self._callback
            self.cancel()
            callback()
        return False
