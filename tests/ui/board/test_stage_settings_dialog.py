"""The stage settings dialog on the board: edits, removal with relocation, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from salesdesk.core.queries.lost_reasons import lost_reasons
from salesdesk.ui.board.lost_reasons_editor import NAME as REASON
from salesdesk.ui.board.stage_settings_dialog import NAME, PROBABILITY, ROT_DAYS
from salesdesk.ui.widgets import messages
from tests.ui.board.conftest import Board
from tests.ui.board.test_board_view import STAGES


def test_rename_add_and_reorder_rebuild_the_board_and_undo(board: Board) -> None:
    before = board.dump()
    dialog = board.view.forms.edit_stages()
    table = dialog.table
    assert [table.item(row, NAME).text() for row in range(table.rowCount())] == STAGES
    table.item(0, NAME).setText("First contact")
    table.item(0, PROBABILITY).setData(Qt.ItemDataRole.EditRole, 15)
    table.item(0, ROT_DAYS).setData(Qt.ItemDataRole.EditRole, 0)
    dialog.add_stage()
    table.item(table.rowCount() - 1, NAME).setText("Demo")
    assert dialog.move_selected(-1)  # Demo before Contracted
    assert dialog.submit()
    names = [column.stage.name for column in board.view.columns()]
    assert names == ["First contact", *STAGES[1:5], "Demo", "Contracted"]
    first = board.view.columns()[0].stage
    assert (first.probability, first.rot_days) == (15, None)
    assert [card.title for card in board.view.columns()[0].model.cards()] == [
        "Office chairs",
        "Server rack",
    ]
    board.stack.undo()
    assert [column.stage.name for column in board.view.columns()] == STAGES
    assert board.dump() == before


def test_removing_a_stage_with_deals_asks_where_they_go(
    board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = board.view.forms.edit_stages()
    dialog.table.setCurrentCell(STAGES.index("Proposal"), NAME)
    monkeypatch.setattr(messages, "choose", lambda *args, **kwargs: None)
    assert not dialog.remove_selected()  # cancelled: the stage stays
    assert dialog.table.rowCount() == len(STAGES)
    asked: list[str] = []

    def answer(parent, title, question, items, *args, **kwargs):
        asked.append(question)
        return "Negotiation"

    monkeypatch.setattr(messages, "choose", answer)
    assert dialog.remove_selected()
    assert asked == ["Where do the 2 deals of “Proposal” go?"]
    assert dialog.submit()
    assert "Proposal" not in [column.stage.name for column in board.view.columns()]
    assert board.column_titles("Negotiation") == ["Fleet <i>deal</i>", "5G 模块", "디스플레이"]


def test_refused_settings_are_explained_and_the_dialog_stays(board: Board) -> None:
    before = board.dump()
    dialog = board.view.forms.edit_stages()
    dialog.table.item(1, NAME).setText("new contact")
    assert not dialog.submit()
    assert dialog.problem.text() == 'Two stages are called "new contact".'
    assert board.dump() == before and board.stack.count() == 0
    dialog.reject()


def test_lost_reasons_are_added_renamed_reordered_and_retired_in_one_step(board: Board) -> None:
    with board.database.sessions() as session:
        before = [(r.name, r.retired) for r in lost_reasons(session, retired=True)]
    dialog = board.view.forms.edit_stages()
    editor = dialog.reasons
    table = editor.table
    assert [table.item(row, REASON).text() for row in range(table.rowCount())] == [
        name for name, _ in before
    ]
    table.item(0, REASON).setText("Too expensive")
    editor.add_reason()
    table.item(table.rowCount() - 1, REASON).setText("Bought used equipment")
    assert editor.move_selected(-1)
    rival = [table.item(row, REASON).text() for row in range(table.rowCount())].index(
        "Chose a competitor"
    )
    table.setCurrentCell(rival, REASON)
    assert editor.toggle_retired()
    table.setCurrentCell(0, REASON)  # "Too expensive": the world's lost deal gives it
    assert not editor.remove_selected()
    assert "retire it, or merge it" in editor.problem.text()
    assert dialog.submit()
    with board.database.sessions() as session:
        after = [(r.name, r.retired) for r in lost_reasons(session, retired=True)]
        offered = [r.name for r in lost_reasons(session)]
    assert after[0] == ("Too expensive", False)
    assert ("Chose a competitor", True) in after and "Chose a competitor" not in offered
    assert after[-2] == ("Bought used equipment", False)
    assert board.stack.undoText() == "Change stages"
    board.stack.undo()
    with board.database.sessions() as session:
        assert [(r.name, r.retired) for r in lost_reasons(session, retired=True)] == before
