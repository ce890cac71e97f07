"""The Lost dialog, the deal editor's outcomes and history, and the customer card's deals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from salesdesk.core.models import Deal, DealStatus, Note
from salesdesk.core.operations.deal_moves import Loss
from salesdesk.core.queries.lost_reasons import lost_reasons
from salesdesk.ui.board.deal_editor import DealEditor
from salesdesk.ui.deals import lost_dialog
from salesdesk.ui.deals.lost_dialog import LostDialog
from salesdesk.ui.main_window import MainWindow
from tests.ui.board.conftest import Board


def test_the_lost_dialog_starts_with_no_reason_and_requires_one(board: Board, qtbot: QtBot) -> None:
    with board.database.sessions() as session:
        reasons = lost_reasons(session)
    dialog = LostDialog(reasons, "Why was “Server rack” lost?")
    qtbot.addWidget(dialog)
    assert dialog.reasons.count() == len(reasons) and dialog.reasons.selectedItems() == []
    assert not dialog.mark.isEnabled()
    dialog.accept()  # Enter with nothing chosen records nothing
    assert dialog.result() == 0 and dialog.loss() is None
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Down)  # the first arrow picks the first reason
    assert dialog.chosen_id() == reasons[0].id and dialog.mark.isEnabled()
    qtbot.keyClicks(dialog.detail, "  20 % cheaper  ")
    assert dialog.loss() == Loss(reasons[0].id, "20 % cheaper")


def open_editor(board: Board, key: str) -> DealEditor:
    editor = board.view.forms.edit_deal(board.world.deals[key])
    assert editor is not None
    return editor


def test_the_editor_opens_a_held_deal_and_resumes_it(board: Board) -> None:
    editor = open_editor(board, "paused")
    assert editor.state.text().startswith("On hold since")
    assert editor.state.text().endswith("from Qualified")
    assert not editor.stage.isEnabled()
    assert set(editor.outcome_buttons) == {"resume", "won", "lost"}
    editor.outcome_buttons["resume"].click()
    assert not editor.isVisible()
    assert board.column_titles("Qualified")[0] == "Paused"
    assert board.stack.undoText() == "Resume “Paused”"
    assert board.stack.count() == 1  # the unchanged fields added no step


def test_the_editor_marks_lost_with_the_reason_asked(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = board.reasons["Price too high"]
    monkeypatch.setattr(lost_dialog, "ask_loss", lambda *args: Loss(reason, None))
    editor = open_editor(board, "chairs")
    assert editor.state.text() == "Open in New contact for 5 days"
    editor.outcome_buttons["lost"].click()
    with board.database.sessions() as session:
        deal = session.get(Deal, board.world.deals["chairs"])
        assert deal is not None and (deal.status, deal.lost_reason_id) == (DealStatus.LOST, reason)
    assert "Office chairs" not in board.column_titles("New contact")


def test_the_editor_history_shows_moves_and_takes_a_note(board: Board) -> None:
    editor = open_editor(board, "paused")
    assert editor.history.model.rowCount() == 0  # read only when the tab opens
    editor.tabs.setCurrentWidget(editor.history)
    lines = [editor.history.model.lines(row)[1] for row in range(editor.history.model.rowCount())]
    assert lines == ["Put on hold, after 7 days in Qualified", "Created in Qualified"]
    editor.history.note.setText("Budget frozen until April")
    editor.history.note.returnPressed.emit()
    assert editor.history.note.text() == ""
    assert any(
        "Budget frozen until April" in " ".join(editor.history.model.lines(row))
        for row in range(editor.history.model.rowCount())
    )
    with board.database.sessions() as session:
        texts = session.scalars(
            select(Note.text).where(Note.deal_id == board.world.deals["paused"])
        )
        assert list(texts) == ["Budget frozen until April"]
    assert board.stack.undoText() == "Note on “Paused”"
    board.stack.undo()
    with board.database.sessions() as session:
        assert session.scalars(select(Note.id)).all() == []


def test_the_customer_card_shows_each_deals_state_and_acts_on_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_area("customers")
    customers = window.areas["customers"]
    kim = next(
        row
        for row in range(customers.model.rowCount())
        if customers.model.row_at(row).name == "김민준"
    )
    customers.view.selectRow(kim)
    card = customers.card
    states = {
        label.objectName(): label.text()
        for label in card.findChildren(QLabel)
        if label.objectName().endswith("-state")
    }
    texts = sorted(states.values())
    assert any(text.startswith("Lost on") and "Price too high" in text for text in texts)
    assert any(text.startswith("Open in Proposal") for text in texts)
    lost_id = next(name.split("-")[1] for name, text in states.items() if text.startswith("Lost"))
    reopen = card.findChild(QPushButton, f"profileDeal-{lost_id}-reopen")
    assert reopen is not None
    assert card.findChild(QPushButton, f"profileDeal-{lost_id}-won") is None
