"""A quick start: each column's first cards and every card's figures, the rest once painted."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from salesdesk.ui.board.board_view import BoardView
from salesdesk.ui.board.column_model import DealIdRole
from tests.ui.board.conftest import Board
from tests.ui.world import NOW


def _header_texts(view: BoardView) -> list[tuple[str, ...]]:
    return [
        (
            column.header._count.text(),
            column.header._values.text(),
            column.header._values.toolTip(),
            column.header._missing.text(),
            column.header._rotting.text(),
        )
        for column in view.columns()
    ]


def _quick_board(qtbot: QtBot, board: Board) -> BoardView:
    view = BoardView(board.view.flow)
    qtbot.addWidget(view)
    view.read_first_cards_first(1)
    with board.database.sessions() as session:
        view.reload(session, NOW)
    return view


def test_the_first_cards_come_with_the_figures_of_all_and_the_rest_after_the_paint(
    qtbot: QtBot, board: Board
) -> None:
    view = _quick_board(qtbot, board)
    new, proposal = view.column(board.stages["New contact"]), view.column(board.stages["Proposal"])
    assert new.model.holds_first_cards_only() and proposal.model.holds_first_cards_only()
    assert [card.title for card in new.model.cards()] == ["Office chairs"]
    # Rows and figures are those of every card: the scroll bar, counts, totals, rotting.
    assert new.model.rowCount() == 2 and proposal.model.rowCount() == 2
    assert new.model.index(1, 0).data(DealIdRole) is None  # not read yet
    assert _header_texts(view) == _header_texts(board.view)
    assert view.summary.text() == board.view.summary.text() == "5 open deals"
    # The keyboard's place on the first card stays when the rest comes.
    first = new.model.index(0, 0)
    new.view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.Select)
    view.resize(1900, 700)
    view.show()
    qtbot.waitUntil(lambda: not new.model.holds_first_cards_only())
    assert not proposal.model.holds_first_cards_only()
    assert board.column_titles("New contact") == [c.title for c in new.model.cards()]
    assert [c.title for c in new.model.cards()] == ["Office chairs", "Server rack"]
    assert new.view.currentIndex().row() == 0 and new.view.selected_deal_ids() == [
        board.world.deals["chairs"]
    ]
    assert _header_texts(view) == _header_texts(board.view)


def test_a_key_pressed_before_the_paint_finds_every_card(qtbot: QtBot, board: Board) -> None:
    view = _quick_board(qtbot, board)
    new = view.column(board.stages["New contact"])
    assert new.model.holds_first_cards_only()
    new.view.setCurrentIndex(new.model.index(0, 0))
    # Not shown yet, so not painted: the key press itself makes the board read the rest.
    qtbot.keyClick(new.view, Qt.Key.Key_End)
    assert not new.model.holds_first_cards_only()
    assert new.view.currentIndex().data(DealIdRole) == board.world.deals["rack"]


def test_a_filter_typed_before_the_rest_filters_every_card(qtbot: QtBot, board: Board) -> None:
    view = _quick_board(qtbot, board)
    view.filter_bar.text.setText("rack")  # from code, no input event: the board reads first
    new = view.column(board.stages["New contact"])
    assert [card.title for card in new.model.cards()] == ["Server rack"]
    assert view.summary.text() == "1 shown of 5 open deals"


def test_a_change_before_the_rest_reads_the_whole_board(qtbot: QtBot, board: Board) -> None:
    view = _quick_board(qtbot, board)
    view.refresh()
    assert not any(column.model.holds_first_cards_only() for column in view.columns())
    assert [c.title for c in view.column(board.stages["Proposal"]).model.cards()] == [
        "5G 模块",
        "디스플레이",
    ]


def test_a_deal_selected_or_moved_from_code_before_the_rest_is_found(
    qtbot: QtBot, board: Board
) -> None:
    view = _quick_board(qtbot, board)
    view.select_deal(board.world.deals["rack"])  # the second card: not read at first
    new = view.column(board.stages["New contact"])
    assert new.view.selected_deal_ids() == [board.world.deals["rack"]]
    view = _quick_board(qtbot, board)
    assert view.move_deals([board.world.deals["displays"]], board.stages["New contact"], 0)
    assert [c.title for c in view.column(board.stages["New contact"]).model.cards()] == [
        "디스플레이",
        "Office chairs",
        "Server rack",
    ]
    assert [c.title for c in view.column(board.stages["Proposal"]).model.cards()] == ["5G 模块"]


def test_a_board_gone_before_the_rest_is_read_is_left_alone(qtbot: QtBot, board: Board) -> None:
    view = BoardView(board.view.flow)  # not kept by qtbot: deleted below
    view.read_first_cards_first(1)
    with board.database.sessions() as session:
        view.reload(session, NOW)
    watcher = view._rest_unread
    assert watcher is not None and shiboken6.isValid(watcher)
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(watcher))  # the watch went with the board
    # Input now reaches no callback of the board that is gone (an error would fail the test).
    qtbot.keyClick(board.view.column(board.stages["New contact"]).view, Qt.Key.Key_Down)
