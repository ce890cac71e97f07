"""The kanban board: columns, moves by handler, drop events and keys, undo, filter, hold."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salesdesk.core.operations.deal_moves import Loss
from salesdesk.core.queries.lost_reasons import ReasonRow
from salesdesk.ui.board.deal_mime import deals_to_mime
from salesdesk.ui.deals import lost_dialog
from salesdesk.ui.widgets import messages
from tests.ui.board.conftest import Board

STAGES = ["New contact", "Qualified", "Presented", "Proposal", "Negotiation", "Contracted"]


def drag_event(kind: type, pos: QPoint, *args: object) -> QDragMoveEvent:
    """Return a drag event: PySide6 6.12 takes a QPointF (QPoint is deprecated), older a QPoint."""
    try:
        return kind(pos.toPointF(), *args)
    except TypeError:
        return kind(pos, *args)


def send_drop(target: QWidget, pos: QPoint, mime: QMimeData) -> bool:
    """Deliver the enter/move/drop events a real drag would, at ``pos`` of ``target``."""
    action, buttons = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = drag_event(QDragEnterEvent, pos, action, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = drag_event(QDragMoveEvent, pos, action, mime, buttons, modifiers)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(pos.toPointF(), action, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_one_column_per_open_stage_with_figures(board: Board) -> None:
    columns = board.view.columns()
    assert [column.stage.name for column in columns] == STAGES
    new = board.view.column(board.stages["New contact"])
    assert new.objectName() == f"boardColumn-{board.stages['New contact']}"
    assert new.header._count.text() == "2 deals"
    assert new.header._values.text() == "€3,500.50\nweighted €350.05"
    assert new.header._rotting.text() == "1 rotting"
    assert new.header._missing.isHidden()
    assert board.view.summary.text() == "5 open deals"


def test_drop_handler_moves_into_place_and_undo_redo_restore_exactly(board: Board) -> None:
    before = board.dump()
    chairs = board.world.deals["chairs"]
    assert board.view.handle_drop([chairs], board.stages["Proposal"], 1)
    assert board.column_titles("New contact") == ["Server rack"]
    assert board.column_titles("Proposal") == ["5G 模块", "Office chairs", "디스플레이"]
    after = board.dump()
    assert after != before and len(after[1]) == len(before[1]) + 1
    assert board.stack.count() == 1 and board.stack.undoText() == "Move “Office chairs” to Proposal"
    board.stack.undo()
    assert board.dump() == before
    assert board.column_titles("New contact") == ["Office chairs", "Server rack"]
    board.stack.redo()
    assert board.dump() == after
    assert board.column_titles("Proposal")[1] == "Office chairs"


def test_drop_handler_updates_only_the_two_affected_columns(board: Board, qtbot: QtBot) -> None:
    resets: list[str] = []
    rows: list[tuple[str, str]] = []
    for column in board.view.columns():
        name = column.stage.name
        column.model.modelReset.connect(lambda name=name: resets.append(name))
        column.model.rowsRemoved.connect(lambda *_, name=name: rows.append(("out", name)))
        column.model.rowsInserted.connect(lambda *_, name=name: rows.append(("in", name)))
    board.view.handle_drop([board.world.deals["rack"]], board.stages["Negotiation"], None)
    assert resets == []  # the moved card's rows only: no column is reset
    assert rows == [("out", "New contact"), ("in", "Negotiation")] or rows == [
        ("in", "Negotiation"),
        ("out", "New contact"),
    ]


def test_drop_events_on_a_column_viewport_place_the_card(board: Board) -> None:
    source = board.view.column(board.stages["New contact"])
    target = board.view.column(board.stages["Proposal"])
    mime = source.model.mimeData([source.model.index(1, 0)])  # Server rack
    second = target.view.visualRect(target.model.index(1, 0))
    accepted = send_drop(target.view.viewport(), second.topLeft() + QPoint(10, 3), mime)
    assert accepted
    assert board.column_titles("Proposal")[1] == "Server rack"
    assert board.column_titles("New contact") == ["Office chairs"]


def test_drop_events_within_a_column_reorder(board: Board) -> None:
    column = board.view.column(board.stages["New contact"])
    mime = column.model.mimeData([column.model.index(1, 0)])
    first = column.view.visualRect(column.model.index(0, 0))
    send_drop(column.view.viewport(), first.topLeft() + QPoint(10, 3), mime)
    assert board.column_titles("New contact") == ["Server rack", "Office chairs"]
    board.stack.undo()
    assert board.column_titles("New contact") == ["Office chairs", "Server rack"]


def test_drop_events_on_empty_space_append_to_the_column(board: Board) -> None:
    target = board.view.column(board.stages["Qualified"])
    mime = deals_to_mime([board.world.deals["fleet"]], board.stages["Negotiation"])
    send_drop(target.view.viewport(), QPoint(20, 200), mime)
    assert board.column_titles("Qualified") == ["Fleet <i>deal</i>"]


def test_drop_events_with_foreign_data_are_ignored(board: Board) -> None:
    before = board.dump()
    target = board.view.column(board.stages["Qualified"])
    text = QMimeData()
    text.setText("Office chairs")
    assert not send_drop(target.view.viewport(), QPoint(20, 20), text)
    assert board.dump() == before and board.stack.count() == 0


def test_drop_on_won_closes_the_deal(board: Board) -> None:
    mime = deals_to_mime([board.world.deals["chairs"]], board.stages["New contact"])
    zone = board.view.outcome_bar.won
    assert send_drop(zone, zone.rect().center(), mime)
    assert board.column_titles("New contact") == ["Server rack"]
    deals, _ = board.dump()
    chairs = next(row for row in deals if row[0] == board.world.deals["chairs"])
    assert chairs[1] == board.stages["Won"] and chairs[3] == "won" and chairs[5] is not None


def test_drop_on_lost_asks_why_and_cancel_changes_nothing(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = board.dump()
    asked: list[tuple[list[str], str]] = []

    def answer(loss: Loss | None):
        def ask(parent: object, reasons: list[ReasonRow], question: str) -> Loss | None:
            asked.append(([reason.name for reason in reasons], question))
            return loss

        return ask

    monkeypatch.setattr(lost_dialog, "ask_loss", answer(None))
    mime = deals_to_mime([board.world.deals["rack"]], board.stages["New contact"])
    send_drop(board.view.outcome_bar.lost, QPoint(5, 5), mime)
    assert board.dump() == before and board.stack.count() == 0
    assert asked[0][1] == "Why was “Server rack” lost?"
    assert asked[0][0][:2] == ["Price too high", "Chose a competitor"]  # the list, in order
    rival = board.reasons["Chose a competitor"]
    monkeypatch.setattr(lost_dialog, "ask_loss", answer(Loss(rival, "  Cheaper by 10 % ")))
    send_drop(board.view.outcome_bar.lost, QPoint(5, 5), mime)
    deals, _ = board.dump()
    rack = next(row for row in deals if row[0] == board.world.deals["rack"])
    assert rack[3] == "lost" and rack[6:8] == (rival, "Cheaper by 10 %")
    assert board.stack.undoText() == "Mark “Server rack” lost"
    board.stack.undo()
    assert board.dump() == before


def test_drop_on_hold_takes_deals_off_the_board_until_undone(board: Board) -> None:
    before = board.dump()
    mime = deals_to_mime([board.world.deals["chairs"]], board.stages["New contact"])
    send_drop(board.view.outcome_bar.on_hold, QPoint(5, 5), mime)
    assert board.column_titles("New contact") == ["Server rack"]
    assert board.stack.undoText() == "Put “Office chairs” on hold"
    board.stack.undo()
    assert board.dump() == before
    assert board.column_titles("New contact") == ["Office chairs", "Server rack"]


def test_ctrl_shift_right_moves_several_selected_deals(board: Board, qtbot: QtBot) -> None:
    column = board.view.column(board.stages["New contact"])
    column.view.setFocus()
    column.view.selectAll()
    qtbot.keyClick(
        column.view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert board.column_titles("New contact") == []
    assert board.column_titles("Qualified") == ["Office chairs", "Server rack"]
    qualified = board.view.column(board.stages["Qualified"])
    assert qualified.view.hasFocus()
    assert qualified.view.selected_deal_ids() == [
        board.world.deals["chairs"],
        board.world.deals["rack"],
    ]
    board.view.actions.previous_stage.trigger()
    assert board.column_titles("New contact") == ["Office chairs", "Server rack"]
    assert board.stack.count() == 2


def test_arrow_keys_walk_between_columns(board: Board, qtbot: QtBot) -> None:
    new = board.view.column(board.stages["New contact"])
    new.view.setFocus()
    new.view.setCurrentIndex(new.model.index(1, 0))
    qtbot.keyClick(new.view, Qt.Key.Key_Right)
    qualified = board.view.column(board.stages["Qualified"])
    assert qualified.view.hasFocus()  # empty column: focus moves, nothing selected
    qtbot.keyClick(qualified.view, Qt.Key.Key_Right)
    presented = board.view.column(board.stages["Presented"])
    assert presented.view.hasFocus()


def test_filter_bar_narrows_every_column(board: Board, qtbot: QtBot) -> None:
    qtbot.keyClicks(board.view.filter_bar.text, "RACK")
    assert board.column_titles("New contact") == ["Server rack"]
    assert board.view.summary.text() == "1 shown of 5 open deals"
    board.view.filter_bar.text.clear()
    board.view.filter_bar.rotting.setChecked(True)
    assert board.column_titles("New contact") == ["Server rack"]
    board.view.filter_bar.rotting.setChecked(False)
    board.view.filter_bar.tier.setCurrentIndex(board.view.filter_bar.tier.findText("Tier C"))
    assert [t for s in STAGES for t in board.column_titles(s)] == ["Fleet <i>deal</i>"]
    board.view.filter_bar.tier.setCurrentIndex(0)
    board.view.filter_bar.no_activity.setChecked(True)
    assert board.column_titles("New contact") == ["Office chairs", "Server rack"]


def test_a_refused_move_explains_and_pushes_nothing(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append(text))
    assert not board.view.move_deals([99_999], board.stages["Qualified"], 0)
    assert len(shown) == 1 and "99999" in shown[0]
    assert board.stack.count() == 0
