"""The main window: areas with real data, navigation, menus, File commands and geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from salesdesk.core.store import Database, open_database
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.visits.visits_view import VisitsView
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.list_area import ListArea
from tests.ui.world import MARKUP_NAME, NOW, World


def texts(area: ListArea, column: int) -> list[str]:
    model = area.view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_every_area_and_main_action_has_a_stable_name(window: MainWindow) -> None:
    assert window.objectName() == "mainWindow"
    assert window.findChild(QWidget, "boardView") is window.board
    # The other areas are built when first shown, under the same names every time.
    assert set(window.areas.built()) == {"board"}
    for area, name in (
        ("customers", "customersView"),
        ("visits", "visitsView"),
        ("analytics", "analyticsView"),
    ):
        window.show_area(area)
        assert window.findChild(QWidget, name) is window.areas[area]
    assert set(window.areas.built()) == set(window.areas)
    for name in (
        "actionNewDatabase",
        "actionOpenDatabase",
        "actionBackUpNow",
        "actionQuit",
        "actionUndo",
        "actionRedo",
        "actionAbout",
    ):
        action(window, name)
    assert action(window, "actionUndo").shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_ctrl_1_to_4_switch_areas(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key, name in (
        (Qt.Key.Key_2, "customers"),
        (Qt.Key.Key_3, "visits"),
        (Qt.Key.Key_4, "analytics"),
        (Qt.Key.Key_1, "board"),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == name
        assert window.area_actions[name].isChecked()


def test_board_shows_open_deals_in_stage_columns(window: MainWindow) -> None:
    titles = {
        column.stage.name: [card.title for card in column.model.cards()]
        for column in window.board.columns()
    }
    assert titles["New contact"] == ["Office chairs", "Server rack"]
    assert sum(len(cards) for cards in titles.values()) == 5
    assert window.board.summary.text() == "5 open deals"


def test_ctrl_z_in_the_window_undoes_a_board_move(qtbot: QtBot, window: MainWindow) -> None:
    new_contact, qualified = window.board.columns()[:2]
    chairs = new_contact.model.cards()[0].deal_id
    assert window.board.move_deals([chairs], qualified.stage.id, 0)
    assert qualified.model.cards()[0].title == "Office chairs"
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [card.title for card in new_contact.model.cards()][0] == "Office chairs"
    assert "Office chairs" not in [card.title for card in qualified.model.cards()]


def test_customers_show_every_customer_with_markup_as_text(window: MainWindow) -> None:
    window.show_area("customers")
    customers = window.areas["customers"]
    names = texts(customers, 0)
    assert len(names) == 5 and MARKUP_NAME in names and "王芳" in names and "김민준" in names


def test_customer_search_narrows_the_list_as_the_rep_types(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_area("customers")
    customers = window.areas["customers"]
    customers.search_field.setText("民")  # nothing: neither 王芳 nor 김민준 contains 民
    assert texts(customers, 0) == [] and customers.pages.currentWidget() is customers.empty
    customers.search_field.clear()
    qtbot.keyClicks(customers.search_field, "acme")
    assert texts(customers, 0) == ["Anna Schmidt"]
    assert customers.summary.text() == "Found 1 of 5 customers · tier A: 1 · B: 0 · C: 0"
    customers.search_field.setText("민준")
    assert texts(customers, 0) == ["김민준"]
    customers.search_field.clear()
    assert len(texts(customers, 0)) == 5


def test_visits_show_the_week_with_readiness_and_overdue(window: MainWindow) -> None:
    window.show_area("visits")  # NOW is Tuesday 10 March 2026; US weeks start on Sunday
    visits = window.areas["visits"]
    assert isinstance(visits, VisitsView)
    assert texts(visits, 0) == ["Tue 3/10/2026", "Thu 3/12/2026"]  # day headings: weekdays
    assert texts(visits, 3) == ["王芳", "Anna Schmidt"]
    assert texts(visits, 6) == ["", "7/12"]
    assert visits.summary.text().startswith("Sun 3/8/2026 – Sat 3/14/2026: 2 planned or done")
    assert visits.summary.text().endswith("overdue follow-ups: 1")  # the e-mail of 1 January
    visits.go(-1)
    assert texts(visits, 3) == ["김민준"] and texts(visits, 6) == ["3/3 ✓"]
    visits.mode.setCurrentIndex(visits.mode.findText("Day"))
    visits.go(0)
    assert texts(visits, 3) == ["王芳"]  # today only
    visits.go(2)
    assert texts(visits, 3) == ["Anna Schmidt"]  # Thursday 12 March


def test_analytics_shows_the_funnel_of_the_open_deals(window: MainWindow) -> None:
    from salesdesk.ui.analytics.analytics_view import AnalyticsView

    window.show_area("analytics")
    analytics = window.areas["analytics"]
    assert isinstance(analytics, AnalyticsView)
    first = analytics.chart.stages[0]
    assert (first.name, first.counts_text) == ("New contact", "0 entered · 2 open now")
    assert first.value_text == "€3,500.50"
    # The quarter of NOW (10 March 2026); one deal sits past its stage's rot days.
    assert analytics.summary.text() == "1/1/2026 – 3/31/2026 · open deals now: 5 · rotting: 1"


def test_an_empty_database_shows_what_is_missing(qtbot: QtBot, tmp_path: Path) -> None:
    database = open_database(tmp_path / "empty.sqlite")
    main = MainWindow(database, clock=lambda: NOW)
    qtbot.addWidget(main)
    assert [column.model.rowCount() for column in main.board.columns()] == [0] * 6
    assert main.board.summary.text() == "No open deals yet: add one with + on a column."
    main.close()
    database.close()


def test_geometry_and_area_are_remembered(qtbot: QtBot, database: Database, world: World) -> None:
    first = MainWindow(database, clock=lambda: NOW)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show_area("visits")
    first.close()
    second = MainWindow(database, clock=lambda: NOW)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert second.current_area() == "visits"


def test_open_refuses_a_file_that_is_not_a_database(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"shopping list" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    shown: list[str] = []
    monkeypatch.setattr(messages, "fail", lambda parent, title, text: shown.append(text))
    before = window.database
    action(window, "actionOpenDatabase").trigger()
    assert window.database is before
    assert len(shown) == 1 and "not a SQLite database" in shown[0]
    assert junk.read_bytes() == b"shopping list" * 100


def test_new_database_switches_and_clears_undo(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.undo_stack.push(QUndoCommand("edit"))
    action(window, "actionNewDatabase").trigger()
    assert window.database.path == target.with_suffix(".sqlite")
    assert window.undo_stack.count() == 0
    assert sum(column.model.rowCount() for column in window.board.columns()) == 0
    assert "0 customers · 0 open deals" in window.counts.text()
    assert window.windowTitle() == "fresh.sqlite — SalesDesk"


def test_back_up_now_writes_a_copy(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action(window, "actionBackUpNow").trigger()
    copy = open_database(target)
    try:
        with copy.sessions() as session:
            from salesdesk.core.queries import database_counts

            assert database_counts(session).customers == 5
    finally:
        copy.close()
    assert str(target) in window.statusBar().currentMessage()


def test_cancelled_dialogs_change_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    before = window.database
    for name in ("actionNewDatabase", "actionOpenDatabase", "actionBackUpNow"):
        action(window, name).trigger()
    assert window.database is before and window.statusBar().currentMessage() == ""


def test_the_closed_deals_search_keys_are_read_in_idle_time_after_the_start(
    qtbot: QtBot, window: MainWindow
) -> None:
    deal_list = window.board.deal_list
    window.show()
    qtbot.waitExposed(window)
    assert not deal_list.search_ready() and not deal_list.isVisible()
    # Never shown, the list has its keys a moment after the start: its first search is quick.
    qtbot.waitUntil(deal_list.search_ready, timeout=5000)
