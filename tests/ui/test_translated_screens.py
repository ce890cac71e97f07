"""Every word the screens and their dialogs show in Chinese or Korean comes from the catalog.

The phrases of the code are found before run time (packaging/translations.py); a phrase that
reaches the screen another way (a table handed through a variable, unmarked) would show in
English. Here every lookup of the areas and the main dialogs is watched in each language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from salesdesk.ui.main_window import MainWindow

from salesdesk import language
from salesdesk.core import i18n
from salesdesk.core.sample import generate_sample
from salesdesk.core.store import Database
from tests import catalog_tool
from tests.ui.world import NOW

AREAS = ("board", "customers", "visits", "analytics")
ACTIONS = {
    "board": (
        "actionPreferences",
        "actionExchangeRates",
        "actionStageSettings",
        "actionEditDeal",
        "actionMarkLost",
        "actionClosedDeals",
        "actionAbout",
    ),
    "customers": ("actionEditCustomer", "actionPlanVisitForCustomer"),
    "visits": ("actionPlanVisit",),
}


def _visit_rows(window: MainWindow, area: str) -> None:
    """Show the side panels of the first rows: profile cards with history, visit briefs."""
    from salesdesk.ui.customers.customers_view import CustomersView
    from salesdesk.ui.visits.visits_view import VisitsView

    kind = {"customers": CustomersView, "visits": VisitsView}.get(area)
    if kind is None:
        return
    view = window.findChild(kind)
    assert view is not None
    model = view.view.model()
    for row in range(min(8, model.rowCount())):
        view.view.setCurrentIndex(model.index(row, 0))
        QApplication.processEvents()
        for tab in range(view.side.count() if isinstance(view, CustomersView) else 0):
            view.side.setCurrentIndex(tab)
            QApplication.processEvents()
    if isinstance(view, CustomersView):
        view.side.setCurrentIndex(0)
    view.view.setCurrentIndex(model.index(0, 0))


@pytest.mark.parametrize("code", ["zh_CN", "ko_KR"])
def test_every_word_on_the_screens_is_translated(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    from PySide6.QtGui import QAction

    from salesdesk.ui.main_window import MainWindow

    translations = language.use_language(code)
    known = catalog_tool.finished(code)
    missing: set[tuple[str, str]] = set()

    def watched(context: str, source: str, n: int) -> str:
        found = translations.lookup(context, source, n)
        if not found and (context, source) not in known:
            missing.add((context, source))
        return found

    i18n.install(watched)
    with database.transaction() as session:
        generate_sample(session, customers=12, deals=20, language=code)
    opened: list[str] = []

    def shown(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        opened.append(dialog.objectName())
        dialog.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", shown)
    monkeypatch.setattr(QMessageBox, "exec", shown)
    window = MainWindow(database, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for area in AREAS:
        window.show_area(area)
        QApplication.processEvents()
        _visit_rows(window, area)
        for name in ACTIONS.get(area, ()):
            action = window.findChild(QAction, name)
            assert action is not None, name
            action.trigger()
            QApplication.processEvents()
    assert opened, "the dialogs were opened"
    assert not missing, f"{len(missing)} words without a {code} translation: {sorted(missing)}"
