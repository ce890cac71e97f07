"""One path for every change: the screens agree with each other and with the data.

Side panels follow their list's current row; a change made in one area reaches every other
(undo and redo too); a commit by another process shows after the window's check; F5 and
moves keep scroll and selection; the keyboard belongs to the area on screen.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from salesdesk.core.board import NextActivity
from salesdesk.core.models import ActivityKind, ChecklistTemplate, Customer
from salesdesk.core.operations.visits import ActivityFields
from salesdesk.core.store import Database, open_database
from salesdesk.ui.board.board_view import BoardView
from salesdesk.ui.customers.customers_view import CustomersView
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.visits.visits_view import VisitsView
from tests.ui.navigation import open_customer, open_visit
from tests.ui.world import NOW, World


def board_card(window: MainWindow, deal_id: int):  # noqa: ANN201
    cards = window.board.cards_of([deal_id])
    return cards[deal_id]


def customers(window: MainWindow) -> CustomersView:
    area = window.areas["customers"]
    assert isinstance(area, CustomersView)
    return area


def test_a_search_that_no_longer_lists_the_customer_empties_the_card(window: MainWindow) -> None:
    area = open_customer(window, "Anna Schmidt")
    assert area.card.profile is not None and area.card.profile.name == "Anna Schmidt"
    area.search_field.setText("王芳")
    assert [row.name for row in area.model.rows()] == ["王芳"]
    assert area.card.profile is None  # never a customer the list no longer holds
    area.search_field.setText("Schmidt")
    assert area.card.profile is None and area.current_id() is None


def test_a_search_that_still_lists_the_customer_keeps_the_card(window: MainWindow) -> None:
    area = open_customer(window, "Anna Schmidt")
    shown = area.card.profile
    area.search_field.setText("Anna")
    assert area.card.profile is shown  # not even read again
    assert area.current_id() == shown.customer_id  # type: ignore[union-attr]


def test_a_filter_that_hides_the_customer_empties_the_card(window: MainWindow) -> None:
    area = open_customer(window, "Anna Schmidt")
    area.filter_tier.setCurrentIndex(area.filter_tier.findData("B"))
    assert [row.name for row in area.model.rows()] == ["王芳"]
    assert area.card.profile is None


def test_another_week_empties_a_brief_it_no_longer_lists_and_today_picks_the_next(
    window: MainWindow, world: World
) -> None:
    area = open_visit(window, world.activities["visit"])
    assert area.brief.brief is not None
    area.go(1)  # the next week
    assert area.brief.brief is None and area.current_id() is None
    area.go(0)  # back to today: its next activity is chosen, and its brief shown
    assert area.current_id() == world.activities["call"]
    assert area.brief.brief is not None and area.brief.brief.activity_id == area.current_id()


def test_planning_from_a_card_marks_the_card_at_once_and_undo_unmarks_it(
    window: MainWindow, world: World
) -> None:
    window.show_area("board")
    chairs = world.deals["chairs"]
    assert board_card(window, chairs).next_activity is NextActivity.NONE
    fields = ActivityFields(
        kind=ActivityKind.VISIT,
        customer_id=world.customers["anna"],
        starts_at=NOW + timedelta(days=3),
        deal_id=chairs,
    )
    assert window.visit_data.plan(fields) == []
    assert board_card(window, chairs).next_activity is NextActivity.FUTURE  # no F5
    window.undo_stack.undo()
    assert board_card(window, chairs).next_activity is NextActivity.NONE
    window.undo_stack.redo()
    assert board_card(window, chairs).next_activity is NextActivity.FUTURE


def test_ticking_in_visits_shows_on_the_customer_card_and_the_board(
    window: MainWindow, world: World, database: Database, qtbot: QtBot
) -> None:
    with database.sessions() as session:
        template = session.scalars(select(ChecklistTemplate.id)).first()
    fields = ActivityFields(
        kind=ActivityKind.VISIT,
        customer_id=world.customers["anna"],
        starts_at=NOW + timedelta(hours=2),
        deal_id=world.deals["chairs"],
        template_id=template,
    )
    window.visit_data.plan(fields)
    window.show_area("board")
    ticked, in_all = board_card(window, world.deals["chairs"]).next_ready  # type: ignore[misc]
    assert ticked == 0 and in_all > 0
    area = window.areas["visits"]
    assert isinstance(area, VisitsView)
    window.show_area("visits")
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    planned = next(row for row in area.model.rows() if row.checklist_total == in_all)
    visit = open_visit(window, planned.id)
    first = visit.brief.brief.checklist[0]  # type: ignore[union-attr]
    window.visit_data.tick(planned.id, first.id, True)
    qtbot.waitUntil(lambda: visit.model.rows()[visit.model.row_of(planned.id)].checklist_done == 1)
    window.show_area("board")
    assert board_card(window, world.deals["chairs"]).next_ready == (1, in_all)
    card = open_customer(window, "Anna Schmidt").card
    next_visit = card.findChild(QLabel, "profileNextVisit")
    assert next_visit is not None and next_visit.text().endswith(f"checklist 1/{in_all} ready")
    window.undo_stack.undo()
    window.show_area("board")
    assert board_card(window, world.deals["chairs"]).next_ready == (0, in_all)


def test_a_commit_by_another_process_shows_after_the_check(
    window: MainWindow, database: Database, world: World
) -> None:
    area = open_customer(window, "Anna Schmidt")
    other = open_database(database.path)
    try:
        with other.transaction() as session:
            session.execute(
                update(Customer)
                .where(Customer.id == world.customers["anna"])
                .values(name="Anna Weber")
            )
    finally:
        other.close()
    assert "Anna Weber" not in [row.name for row in area.model.rows()]
    assert window.flow.check_outside()
    assert "Anna Weber" in [row.name for row in area.model.rows()]
    assert area.card.profile is not None and area.card.profile.name == "Anna Weber"
    assert not window.flow.check_outside()  # nothing new since


def test_reload_keeps_the_boards_scroll_and_selection(
    window: MainWindow, world: World, qtbot: QtBot
) -> None:
    window.resize(700, 600)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("board")
    board = window.board
    bar = board._scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    board.select_deal(world.deals["displays"])
    window.reload()
    assert bar.value() == bar.maximum() > 0
    assert board.selected_deals() == [world.deals["displays"]]


def test_one_selection_on_the_board_whatever_moved(window: MainWindow, world: World) -> None:
    window.show_area("board")
    board = window.board
    board.select_deal(world.deals["chairs"])
    board.select_deal(world.deals["modules"])
    holding = [column for column in board.columns() if column.view.selected_deal_ids()]
    assert [c.view.selected_deal_ids() for c in holding] == [[world.deals["modules"]]]
    board.select_deal(world.deals["chairs"])
    assert board.move_selection_by(1)  # chairs: New contact -> Qualified, still selected
    holding = [column for column in board.columns() if column.view.selected_deal_ids()]
    assert [c.view.selected_deal_ids() for c in holding] == [[world.deals["chairs"]]]


@pytest.mark.parametrize(
    ("area", "field"),
    [("board", "boardFilterText"), ("customers", "customersSearch"), ("visits", "visitsSearch")],
)
def test_find_goes_to_the_area_on_screen(
    window: MainWindow, qtbot: QtBot, area: str, field: str
) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    for other in ("board", "customers", "visits", "analytics"):
        window.show_area(other)  # every area has been on screen (and held the focus)
    window.show_area(area)
    window.findChild(type(window.area_actions["board"]), "actionFind").trigger()
    focus = window.focusWidget()
    assert focus is not None and focus.objectName() == field
    assert window.areas[area].isAncestorOf(focus)


def test_switching_areas_moves_the_keyboard_along(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_area("board")
    window.board.focus_search()
    window.show_area("customers")
    focus = window.focusWidget()
    assert focus is not None and window.areas["customers"].isAncestorOf(focus)
    assert isinstance(window.areas["board"], BoardView)
    # Where work in the area starts: its list, not the first field of the page.
    assert focus.objectName() == "customersViewList"
    window.show_area("visits")
    assert window.focusWidget().objectName() == "visitsViewList"
