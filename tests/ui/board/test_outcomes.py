"""Outcomes from anywhere on the board: the Deal menu, shortcuts, the card menu and the list.

Each outcome is one undo step; held and closed deals are found again in the list of closed and
held deals, resumed into the stage they left or reopened into a chosen one.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salesdesk.core.analytics.funnel import funnel
from salesdesk.core.models import Deal, DealStatus
from salesdesk.core.money.rate_entry import RateEntry
from salesdesk.core.operations.deal_moves import Loss
from salesdesk.core.operations.exchange_rates import save_rate
from salesdesk.ui.board.column_widget import BoardColumn
from salesdesk.ui.deals import lost_dialog
from salesdesk.ui.deals.closed_list import ClosedDealsView
from salesdesk.ui.widgets import messages
from tests.ui.board.conftest import Board
from tests.ui.world import NOW


def status_of(board: Board, key: str) -> DealStatus:
    with board.database.sessions() as session:
        deal = session.get(Deal, board.world.deals[key])
        assert deal is not None
        return deal.status


def select_card(board: Board, key: str) -> BoardColumn:
    board.view.select_deal(board.world.deals[key])
    column = next(c for c in board.view.columns() if c.view.selected_deal_ids())
    column.view.setFocus()
    return column


def answer_loss(monkeypatch: pytest.MonkeyPatch, loss: Loss | None) -> list[str]:
    asked: list[str] = []

    def ask(parent: object, reasons: object, question: str) -> Loss | None:
        asked.append(question)
        return loss

    monkeypatch.setattr(lost_dialog, "ask_loss", ask)
    return asked


def select_row(listed: ClosedDealsView, row: int) -> None:
    """Select one row of the list (``selectRow`` would read the keyboard's modifiers)."""
    flags = QItemSelectionModel.SelectionFlag
    listed.view.selectionModel().setCurrentIndex(
        listed.model.index(row, 0), flags.ClearAndSelect | flags.Rows
    )


def menu_action(menu: object, name: str) -> QAction:
    found = next((a for a in menu.actions() if a.objectName() == name), None)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def test_mark_won_from_the_deal_menu_is_one_undo_step(board: Board) -> None:
    before = board.dump()
    won: list[list[int]] = []
    board.view.deals_won.connect(won.append)
    select_card(board, "chairs")
    names = [a.objectName() for a in board.view.menu_actions() if a is not None]
    for name in ("actionMarkWon", "actionMarkLost", "actionPutOnHold", "actionResume"):
        assert name in names
    board.view.actions.won.trigger()
    assert status_of(board, "chairs") is DealStatus.WON
    assert board.column_titles("New contact") == ["Server rack"]
    assert board.stack.undoText() == "Mark “Office chairs” won"
    assert won == [[board.world.deals["chairs"]]]
    assert board.view.outcome_bar.zones()["won"].label.text().endswith(" · 3")
    board.stack.undo()
    assert board.dump() == before
    assert board.column_titles("New contact") == ["Office chairs", "Server rack"]


def test_ctrl_shift_l_asks_why_and_records_the_reason(
    board: Board, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    column = select_card(board, "rack")
    asked = answer_loss(monkeypatch, Loss(board.reasons["Chose a competitor"], "Went to Rivals"))
    qtbot.keyClick(
        column.view,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == ["Why was “Server rack” lost?"]
    assert status_of(board, "rack") is DealStatus.LOST
    deals, _ = board.dump()
    rack = next(row for row in deals if row[0] == board.world.deals["rack"])
    assert rack[6:8] == (board.reasons["Chose a competitor"], "Went to Rivals")


def test_cancelling_the_lost_dialog_changes_nothing(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = board.dump()
    select_card(board, "rack")
    answer_loss(monkeypatch, None)
    assert not board.view.actions.lost.trigger() and board.dump() == before
    assert board.stack.count() == 0


def test_the_card_menu_offers_every_action_and_puts_on_hold(board: Board) -> None:
    column = select_card(board, "chairs")
    menu = board.view.card_menu(column)
    assert menu is not None and menu.objectName() == "cardMenu"
    names = {a.objectName() for a in menu.actions()}
    for name in (
        "actionEditDeal",
        "actionOpenCustomer",
        "actionPlanVisit",
        "actionMarkWon",
        "actionMarkLost",
        "actionPutOnHold",
    ):
        assert name in names
    move_to = next(a.menu() for a in menu.actions() if a.menu() is not None)
    stage_names = [a.text() for a in move_to.actions() if a.objectName().startswith("cardMenu")]
    assert stage_names[:2] == ["New contact", "Qualified"]
    here = next(a for a in move_to.actions() if a.text() == "New contact")
    assert not here.isEnabled()  # the card is there already
    menu_action(menu, "actionPutOnHold").trigger()
    assert status_of(board, "chairs") is DealStatus.SUSPENDED
    assert board.stack.undoText() == "Put “Office chairs” on hold"


def test_the_card_menu_moves_to_a_stage_and_opens_the_customer(board: Board) -> None:
    customers: list[int] = []
    board.view.customer_requested.connect(customers.append)
    column = select_card(board, "chairs")
    menu = board.view.card_menu(column)
    assert menu is not None
    move_to = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in move_to.actions() if a.text() == "Proposal").trigger()
    assert board.column_titles("Proposal")[0] == "Office chairs"
    menu = board.view.card_menu(board.view.column(board.stages["Proposal"]))
    assert menu is not None
    menu_action(menu, "actionOpenCustomer").trigger()
    assert customers == [board.world.customers["anna"]]


def test_next_stage_past_the_last_offers_won(board: Board, monkeypatch: pytest.MonkeyPatch) -> None:
    assert board.view.move_deals([board.world.deals["fleet"]], board.stages["Contracted"], 0)
    select_card(board, "fleet")
    questions: list[str] = []

    def confirm(parent: object, title: str, text: str, default_yes: bool = False) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(messages, "confirm", confirm)
    assert not board.view.actions.next_stage.trigger()
    assert questions == ["“Fleet <i>deal</i>” is in the last stage, Contracted. Mark it won?"]
    assert status_of(board, "fleet") is DealStatus.OPEN
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    board.view.actions.next_stage.trigger()
    assert status_of(board, "fleet") is DealStatus.WON


def test_an_action_without_a_selection_says_why(board: Board) -> None:
    said: list[str] = []
    board.view.status_message.connect(said.append)
    board.view.actions.won.trigger()
    assert said == ["Select a deal on the board first."]
    assert board.stack.count() == 0


def test_hold_then_the_list_then_resume_into_the_stage_it_left(board: Board) -> None:
    select_card(board, "displays")  # in Proposal
    board.view.actions.hold.trigger()
    assert "디스플레이" not in board.column_titles("Proposal")
    board.view.outcome_bar.zones()["on_hold"].opened.emit()
    assert board.view.showing_list()
    listed = board.view.deal_list
    titles = [listed.model.row_at(row).title for row in range(listed.model.rowCount())]
    assert titles == ["디스플레이", "Paused"]  # the most recently held first
    select_row(listed, 0)
    assert board.view.actions.resume.isEnabled() and not board.view.actions.reopen.isEnabled()
    board.view.actions.resume.trigger()
    assert status_of(board, "displays") is DealStatus.OPEN
    assert board.column_titles("Proposal")[0] == "디스플레이"
    rows = [listed.model.row_at(row).title for row in range(listed.model.rowCount())]
    assert rows == ["Paused"]  # the list follows the change
    board.stack.undo()
    assert status_of(board, "displays") is DealStatus.SUSPENDED


def test_lost_then_reopened_then_won_counts_as_going_on(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    rack = board.world.deals["rack"]
    period = (NOW - timedelta(days=90), NOW + timedelta(days=1))

    def negotiation() -> tuple[int, int]:
        with board.database.sessions() as session:
            stage = next(s for s in funnel(session, *period).stages if s.name == "Negotiation")
        return stage.entered, stage.went_on

    before = negotiation()
    select_card(board, "rack")
    answer_loss(monkeypatch, Loss(board.reasons["Price too high"], None))
    board.view.actions.lost.trigger()
    board.view.show_list("lost")
    listed = board.view.deal_list
    row = next(r for r in range(listed.model.rowCount()) if listed.model.id_at(r) == rack)
    select_row(listed, row)
    chosen: list[list[str]] = []

    def choose(parent: object, title: str, text: str, items: list[str], *args: object) -> str:
        chosen.append(list(items))
        return "Negotiation"

    monkeypatch.setattr(messages, "choose", choose)
    board.view.actions.reopen.trigger()
    assert chosen[0][0] == "New contact" and "Won" not in chosen[0]
    assert board.stack.undoText() == "Reopen “Server rack” in Negotiation"
    assert rack not in [listed.model.id_at(r) for r in range(listed.model.rowCount())]
    board.view.show_board()
    assert board.column_titles("Negotiation")[0] == "Server rack"
    assert negotiation() == (before[0] + 1, before[1])  # entered again, not gone on yet
    board.view.flow.now = lambda: NOW + timedelta(hours=1)  # won an hour later
    select_card(board, "rack")
    board.view.actions.won.trigger()
    assert status_of(board, "rack") is DealStatus.WON
    assert negotiation() == (before[0] + 1, before[1] + 1)  # won after lost goes on


def test_escape_clears_the_filter_and_shift_tab_goes_to_cards_in_sight(
    board: Board, qtbot: QtBot
) -> None:
    board.view.focus_search()
    qtbot.keyClicks(board.view.filter_bar.text, "chairs")
    assert board.column_titles("New contact") == ["Office chairs"]
    qtbot.keyClick(board.view.filter_bar.text, Qt.Key.Key_Escape)
    assert board.view.filter_bar.text.text() == ""
    assert board.column_titles("New contact") == ["Office chairs", "Server rack"]
    assert board.view.summary.text() == "5 open deals"
    scroll = board.view._scroll.horizontalScrollBar().value()
    qtbot.keyClick(board.view.filter_bar.text, Qt.Key.Key_Backtab)
    focused = QApplication.focusWidget()
    column = next(c for c in board.view.columns() if c.view is focused)
    assert column.isVisible() and column.model.rowCount() > 0
    assert board.view._scroll.horizontalScrollBar().value() == scroll
    assert column.view.currentIndex().isValid()  # the focus ring has a card to ring


def test_the_list_totals_its_deals_in_the_reporting_currency(board: Board) -> None:
    """Won deals count at their close day's rate, held ones (still open) at today's."""
    with board.database.transaction() as session:
        won2 = session.get(Deal, board.world.deals["won2"])  # 900, closed 20 February
        paused = session.get(Deal, board.world.deals["paused"])  # 500, on hold
        assert won2 is not None and paused is not None
        won2.currency = paused.currency = "USD"
        save_rate(session, None, RateEntry("EUR", "USD", date(2026, 1, 1), Decimal(2)))
        save_rate(session, None, RateEntry("EUR", "USD", date(2026, 3, 1), Decimal(4)))
    board.view.show_list("won")
    listed = board.view.deal_list
    listed.refresh()
    # 800 EUR + 900 USD at February's 2 USD per euro, marked as converted
    assert listed.summary.text().endswith("≈€1,250")
    assert "USD" in listed.summary.toolTip()
    listed.show_outcome("on_hold")
    assert listed.summary.text().endswith("≈€125")  # 500 USD at today's 4
