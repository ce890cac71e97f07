"""Windows and dialogs never open larger than the screen's available area (a 1366×768 laptop)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from salesdesk.core.store import Database
from salesdesk.ui import main_window
from salesdesk.ui.widgets import screen_fit
from salesdesk.ui.widgets.screen_fit import KeepOnScreen, fitted_size
from tests.ui.world import NOW, World

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 under a 40-pixel task bar


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: LAPTOP)
    monkeypatch.setattr(main_window, "available_area", lambda widget=None: LAPTOP)
    return LAPTOP


def test_a_wanted_size_is_clamped_to_the_area_with_its_frame() -> None:
    assert fitted_size(QSize(900, 1000), LAPTOP) == QSize(900, 680)
    assert fitted_size(QSize(1600, 1000), LAPTOP) == QSize(1350, 680)
    assert fitted_size(QSize(640, 480), LAPTOP) == QSize(640, 480)
    assert fitted_size(QSize(1600, 1000), QRect(0, 0, 1920, 1040)) == QSize(1600, 992)


def test_a_dialog_asked_too_large_opens_inside_the_area(qtbot: QtBot, laptop: QRect) -> None:
    keeper = KeepOnScreen()
    QApplication.instance().installEventFilter(keeper)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.resize(900, 1000)
        dialog.move(QPoint(900, 300))
        dialog.show()
        qtbot.waitExposed(dialog)
        frame = dialog.frameGeometry()
        assert dialog.height() <= laptop.height() - screen_fit.FRAME.height()
        assert laptop.contains(frame.topLeft())
        assert frame.left() + dialog.width() + screen_fit.FRAME.width() <= laptop.right() + 1
    finally:
        QApplication.instance().removeEventFilter(keeper)


def test_the_first_window_fits_a_laptop_with_every_zone_in_sight(
    qtbot: QtBot, database: Database, world: World, laptop: QRect
) -> None:
    window = main_window.MainWindow(database, clock=lambda: NOW)
    qtbot.addWidget(window)
    size = window.size()
    assert size.width() <= laptop.width() and size.height() <= laptop.height() - 40
    window.show()
    qtbot.waitExposed(window)
    board = window.board
    inside = window.rect()
    for zone in board.outcome_bar.zones().values():
        corner = zone.mapTo(window, zone.rect().bottomRight())
        assert zone.isVisible() and inside.contains(corner), zone.objectName()
    assert board._scroll.horizontalScrollBar().maximum() == 0  # every column in sight
