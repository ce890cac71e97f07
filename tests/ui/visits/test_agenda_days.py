"""Days that start today, Plan from where the rep is, and Escape that clears a filter.

NOW is Tuesday 10 March 2026, 12:00 (UTC, the pinned zone). Today holds 王芳's call at 15:00;
Anna Schmidt's visit is on Thursday 12 March at 09:00.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from salesdesk.core import local_time
from salesdesk.core.models import Activity, ActivityKind
from salesdesk.core.store import Database
from salesdesk.ui.customers.customers_view import CustomersView
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.visits.plan_dialog import PlanDialog
from salesdesk.ui.visits.visits_view import VisitsView
from tests.ui.navigation import open_customer, open_visit
from tests.ui.world import World

TUESDAY = date(2026, 3, 10)


def visits_area(window: MainWindow) -> VisitsView:
    window.show_area("visits")
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    return area


def day_mode(area: VisitsView) -> None:
    area.mode.setCurrentIndex(area.mode.findText("Day"))


def days_listed(area: VisitsView) -> set[date]:
    return {local_time.local_day(row.starts_at) for row in area.model.rows()}


def bold(area: VisitsView, row: int) -> bool:
    font = area.model.index(row, 0).data(Qt.ItemDataRole.FontRole)
    return font is not None and font.bold()


@pytest.fixture
def german() -> Iterator[None]:
    """Format and start weeks as in Germany (weeks start on Monday)."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_area_opens_on_todays_next_activity_in_bold(window: MainWindow, world: World) -> None:
    area = visits_area(window)
    assert area.current_id() == world.activities["call"]  # 15:00 today, the next from noon
    assert area.brief.brief is not None and area.brief.brief.activity_id == area.current_id()
    marked = [bold(area, row) for row in range(area.model.rowCount())]
    today = [
        local_time.local_day(area.model.row_at(row).starts_at) == TUESDAY
        for row in range(area.model.rowCount())
    ]
    assert marked == today and any(marked) and not all(marked)


def test_a_full_morning_keeps_the_selected_activity_in_sight(
    qtbot: QtBot, window: MainWindow, world: World, database: Database
) -> None:
    with database.transaction() as session:  # 48 calls from 8:00 to 11:55, before noon
        for slot in range(48):
            starts_at = datetime(2026, 3, 10, 8, 0, tzinfo=UTC) + timedelta(minutes=5 * slot)
            session.add(
                Activity(
                    customer_id=world.customers["anna"], kind=ActivityKind.CALL, starts_at=starts_at
                )
            )
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    area = visits_area(window)
    assert area.current_id() == world.activities["call"]  # 15:00, the next from noon
    qtbot.wait(20)  # the agenda scrolls once laid out
    viewport = area.view.viewport().rect()
    # Today's first row goes to the top only as far as the selected row stays in sight.
    assert viewport.contains(area.view.visualRect(area.view.currentIndex()))
    first = area.view.indexAt(viewport.topLeft())
    assert local_time.local_day(area.model.row_at(first.row()).starts_at) == TUESDAY


def test_day_opens_on_today_not_the_first_day_of_the_week(window: MainWindow) -> None:
    area = visits_area(window)
    assert area.shown_days() == (date(2026, 3, 8), 7)  # a US week: from Sunday
    day_mode(area)
    assert area.shown_days() == (TUESDAY, 1)
    assert days_listed(area) == {TUESDAY}
    assert area.summary.text().startswith("Tuesday, March 10, 2026 (today):")


def test_day_from_another_week_shows_the_selected_activitys_day(
    window: MainWindow, world: World
) -> None:
    area = visits_area(window)
    area.go(-1)  # last week: 김민준's visit on Thursday 5 March
    assert area.select_id(world.activities["done"])
    day_mode(area)
    assert area.shown_days() == (date(2026, 3, 5), 1)
    assert area.current_id() == world.activities["done"]


def test_today_goes_back_to_today_and_selects_its_next_activity(
    window: MainWindow, world: World
) -> None:
    area = visits_area(window)
    day_mode(area)
    area.go(2)
    assert area.shown_days() == (date(2026, 3, 12), 1)
    area.findChild(type(area.plan_button), "agendaToday").click()
    assert area.shown_days() == (TUESDAY, 1)
    assert area.current_id() == world.activities["call"]
    area.mode.setCurrentIndex(area.mode.findText("Week"))
    area.go(1)
    area.go(0)  # Today in week mode: this week, today's next activity chosen and in bold
    assert area.shown_days() == (date(2026, 3, 8), 7)
    assert area.current_id() == world.activities["call"]
    assert bold(area, area.view.currentIndex().row())


def test_the_week_starts_on_the_locales_first_day(window: MainWindow, german: None) -> None:
    area = visits_area(window)
    area.go(0)
    assert area.shown_days() == (date(2026, 3, 9), 7)  # Monday in Germany
    assert area.summary.text().startswith("Mo. 09.03.2026 – So. 15.03.2026")


def test_plan_from_a_visit_takes_its_customer_and_deal(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    visit = world.activities["visit"]
    area = open_visit(window, visit)
    with window.database.transaction() as session:
        activity = session.get(Activity, visit)
        assert activity is not None
        activity.deal_id = world.deals["rack"]
    window.reload()  # the agenda reads again once the event loop runs
    qtbot.waitUntil(lambda: area.model.row_at(area.model.row_of(visit)).deal_id is not None)
    assert area.current_id() == visit
    dialog = area.plan()
    assert dialog.customer.currentText().startswith("Anna Schmidt")
    assert dialog.deal.currentData() == world.deals["rack"]  # not the first of her deals
    dialog.reject()


def test_plan_from_a_call_takes_its_customer(window: MainWindow, world: World) -> None:
    area = open_visit(window, world.activities["call"])
    dialog = area.plan()
    assert dialog.customer.currentText().startswith("王芳")
    assert dialog.deal.currentData() is None  # the call belongs to no deal
    dialog.reject()


def test_plan_from_a_customer_card_takes_that_customer(window: MainWindow, world: World) -> None:
    area = open_customer(window, "김민준")
    area.findChild(QAction, "actionPlanVisitForCustomer").trigger()
    dialog = window.findChild(PlanDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.customer.currentData() == world.customers["kim"]
    dialog.reject()


def test_plan_from_a_board_card_takes_its_deal(window: MainWindow, world: World) -> None:
    dialog = window.plan_for_deal(world.deals["displays"])
    assert dialog is not None
    assert dialog.customer.currentData() == world.customers["kim"]
    assert dialog.deal.currentData() == world.deals["displays"]
    dialog.reject()


def test_plan_without_a_selection_asks_for_the_customer(window: MainWindow) -> None:
    area = visits_area(window)
    area.view.clearSelection()
    area.view.setCurrentIndex(area.model.index(-1, -1))
    dialog = area.plan()
    assert dialog.customer.currentIndex() == -1 and dialog.customer.currentText() == ""
    assert not dialog.submit()  # nothing is planned for a customer nobody chose
    assert dialog.isVisible()
    dialog.reject()
    customers = window.areas["customers"]
    assert isinstance(customers, CustomersView)
    window.show_area("customers")
    customers.search_field.setText("nobody by this name")
    assert customers.card.profile is None
    customers.findChild(QAction, "actionPlanVisitForCustomer").trigger()
    asked = [d for d in window.findChildren(PlanDialog) if d.isVisible()]
    assert len(asked) == 1 and asked[0].customer.currentIndex() == -1
    asked[0].reject()


def test_escape_clears_the_agenda_filter_then_lets_escape_be(
    qtbot: QtBot, window: MainWindow
) -> None:
    area = visits_area(window)
    every = area.model.rowCount()
    qtbot.keyClicks(area.search_field, "Anna")
    assert 0 < area.model.rowCount() < every
    qtbot.keyClick(area.search_field, Qt.Key.Key_Escape)
    assert area.search_field.text() == "" and area.model.rowCount() == every
    area.filter.kind.setCurrentIndex(area.filter.kind.findText("Call"))
    assert area.model.rowCount() < every
    qtbot.keyClick(area.filter.kind, Qt.Key.Key_Escape)
    assert area.filter.is_empty() and area.model.rowCount() == every


def test_escape_clears_the_customer_search_and_filters(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area("customers")
    area = window.areas["customers"]
    assert isinstance(area, CustomersView)
    every = area.model.rowCount()
    qtbot.keyClicks(area.search_field, "Anna")
    assert area.model.rowCount() == 1
    qtbot.keyClick(area.search_field, Qt.Key.Key_Escape)
    assert area.search_field.text() == "" and area.model.rowCount() == every
    area.filter_tier.setCurrentIndex(1)
    assert area.model.rowCount() < every
    qtbot.keyClick(area.filter_tier, Qt.Key.Key_Escape)
    assert area.filter_tier.currentIndex() == 0 and area.model.rowCount() == every
    area.filter_birthday.setChecked(True)
    qtbot.keyClick(area.filter_birthday, Qt.Key.Key_Escape)
    assert not area.filter_birthday.isChecked() and area.model.rowCount() == every


def test_a_call_shows_no_checklist_until_the_rep_adds_an_item(
    qtbot: QtBot, window: MainWindow, world: World
) -> None:
    area = open_visit(window, world.activities["call"])
    brief = area.brief
    assert brief.findChild(QWidget, "visitChecklist") is None  # no "0/0 ready", no field
    assert "Checklist" not in " ".join(label.text() for label in brief.findChildren(QLabel))
    start = brief.findChild(QPushButton, "checklistStart")
    assert start is not None
    start.click()
    field = brief.findChild(QLineEdit, "checklistAdd")
    assert field is not None
    qtbot.keyClicks(field, "Have the price list open")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    def items() -> list[QCheckBox]:
        found = brief.findChildren(QCheckBox)
        return [box for box in found if box.objectName().startswith("checklistItem-")]

    qtbot.waitUntil(lambda: len(items()) == 1)  # stored, and the brief read again
    (item,) = items()
    assert item.text() == "Have the price list open"
    visit = open_visit(window, world.activities["visit"]).brief
    assert visit.findChild(QWidget, "visitChecklist") is not None  # a visit always has one


def test_the_plan_form_writes_times_as_the_lists_do(window: MainWindow, german: None) -> None:
    area = visits_area(window)
    dialog = area.plan()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", dialog.starts.text())  # 03.12.2026 09:00
    dialog.reject()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dialog = area.plan()
    assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d\s[AP]M", dialog.starts.text())
    dialog.reject()
