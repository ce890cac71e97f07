"""The dossier actions of the customer card, a visit's brief and the agenda.

Print preview…, Print… and Export PDF… of one customer's dossier, or of all the dossiers of
a day (route first, then each customer visited, in visit order). The printing machinery (the
dossier's content, page layout, PDF) is imported when a job first runs, not with the screens
that offer these actions: the board starts without it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from salesdesk.core.i18n import noop
from salesdesk.ui.formatting import format_date, tr

if TYPE_CHECKING:
    from salesdesk.ui.printing.actions import SectionsFactory
    from salesdesk.ui.printing.paged import PrintSection
    from salesdesk.ui.undoable_data import UndoableData

_CONTEXT = "Dossier"
PREVIEW, PRINT, PDF = "preview", "print", "pdf"
MODES = (
    (PREVIEW, noop(_CONTEXT, "Print Preview…"), "Ctrl+Shift+P"),
    (PRINT, noop(_CONTEXT, "Print…"), "Ctrl+P"),
    (PDF, noop(_CONTEXT, "Export PDF…"), ""),
)


def _file_name(text: str) -> str:
    """Return ``text`` as a safe file name part (letters of any script, digits, dashes)."""
    return re.sub(r"[^\w]+", "-", text).strip("-") or "dossier"


class DossierPrinting(QObject):
    """Runs a dossier print job in one of the three modes, for the window ``parent``."""

    def __init__(self, data: UndoableData, parent: QWidget) -> None:
        super().__init__(parent)
        self._data = data
        self._parent = parent

    def _run(self, mode: str, make: SectionsFactory, title: str, file_name: str) -> object:
        from salesdesk.ui.printing.actions import (
            export_pdf_with_dialog,
            print_with_dialog,
            show_preview,
        )
        from salesdesk.ui.printing.dossier_print import printed_footer

        footer = printed_footer(self._data.now())
        if mode == PREVIEW:
            return show_preview(self._parent, make, title, footer)
        if mode == PRINT:
            return print_with_dialog(self._parent, make, title, footer)
        folder = self._data.database_folder()
        return export_pdf_with_dialog(self._parent, make, title, folder / file_name, footer)

    def customer(
        self, mode: str, customer_id: int, name: str, visit_id: int | None = None
    ) -> object:
        """Print the dossier of a customer (prepared for ``visit_id``, or their next visit)."""

        def make() -> list[PrintSection]:
            from salesdesk.ui.printing.dossier_print import customer_sections

            with self._data.sessions() as session:
                return customer_sections(session, customer_id, self._data.now(), visit_id)

        title = tr(_CONTEXT, "Dossier %1", name)
        return self._run(mode, make, title, f"dossier-{_file_name(name)}.pdf")

    def day(self, mode: str, day: date) -> object:
        """Print the route and the dossiers of everyone visited on ``day``."""

        def make() -> list[PrintSection]:
            from salesdesk.ui.printing.dossier_print import day_sections

            with self._data.sessions() as session:
                return day_sections(session, day, self._data.now())

        title = tr(_CONTEXT, "Dossiers for %1", format_date(day))
        return self._run(mode, make, title, f"dossiers-{day.isoformat()}.pdf")


def dossier_actions(
    owner: QWidget, prefix: str, run: Callable[[str], object], *, shortcuts: bool = False
) -> list[QAction]:
    """Return the three print actions (objectNames ``<prefix>Preview/Print/Pdf``) on ``owner``.

    With ``shortcuts``, Ctrl+Shift+P previews and Ctrl+P prints while focus is in ``owner``.
    """
    actions = []
    for mode, text, keys in MODES:
        action = QAction(tr(_CONTEXT, text), owner)
        action.setObjectName(f"{prefix}{mode.title()}")
        if shortcuts and keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            owner.addAction(action)
        action.triggered.connect(lambda _=False, m=mode: run(m))
        actions.append(action)
    return actions


def print_button(parent: QWidget, name: str, text: str, actions: list[QAction]) -> QPushButton:
    """Return a button that opens a menu of ``actions`` (preview, print, PDF).

    A push button, not a tool button: it keeps room for its menu arrow beside the text.
    """
    button = QPushButton(text, parent)
    button.setObjectName(name)
    menu = QMenu(button)
    menu.addActions(actions)
    button.setMenu(menu)
    return button
