"""Quick create at the top of a column and the deal editor: saved as one undoable step each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from salesdesk.core.models import Customer, Deal
from salesdesk.ui.board.deal_editor import DealEditor
from salesdesk.ui.board.quick_create import QuickCreateForm
from tests.ui.board.conftest import Board


def deal_row(board: Board, deal_id: int) -> tuple[object, ...]:
    with board.database.sessions() as session:
        deal = session.get(Deal, deal_id)
        assert deal is not None
        return (deal.title, deal.stage_id, deal.value, deal.currency, deal.probability_override)


def open_form(board: Board, qtbot: QtBot, stage: str) -> QuickCreateForm:
    column = board.view.column(board.stages[stage])
    qtbot.mouseClick(column.header._add, Qt.MouseButton.LeftButton)
    form = column.findChild(QuickCreateForm, "quickCreateForm")
    assert form is not None and form.isVisible()
    return form


def test_quick_create_adds_on_top_and_undo_removes_it(board: Board, qtbot: QtBot) -> None:
    before = board.dump()
    form = open_form(board, qtbot, "Qualified")
    qtbot.keyClicks(form.title, "Forklift fleet")
    form.customer.setText("Anna Schmidt · Acme GmbH")  # as picked from the list
    qtbot.keyClicks(form.value, "12,500.50")
    form.submit()
    assert not form.isVisible()
    assert board.column_titles("Qualified")[0] == "Forklift fleet"
    column = board.view.column(board.stages["Qualified"])
    assert column.view.selected_deal_ids() == [column.model.cards()[0].deal_id]
    with board.database.sessions() as session:
        deal = session.scalars(select(Deal).where(Deal.title == "Forklift fleet")).one()
        assert (deal.customer_id, str(deal.value)) == (board.world.customers["anna"], "12500.50")
    board.stack.undo()
    assert board.dump() == before
    assert "Forklift fleet" not in board.column_titles("Qualified")
    board.stack.redo()
    assert board.column_titles("Qualified")[0] == "Forklift fleet"


def test_quick_create_with_a_new_customer_name(board: Board, qtbot: QtBot) -> None:
    form = open_form(board, qtbot, "New contact")
    qtbot.keyClicks(form.title, "Pallet racks")
    form.customer.setText("Nordlicht Logistik")
    qtbot.keyClick(form.value, Qt.Key.Key_Return)
    assert board.column_titles("New contact")[0] == "Pallet racks"
    with board.database.sessions() as session:
        assert session.scalars(select(Customer.name).where(Customer.name.like("Nord%"))).all() == [
            "Nordlicht Logistik"
        ]


def test_quick_create_by_keyboard_asks_every_field_before_it_saves(
    board: Board, qtbot: QtBot
) -> None:
    before = board.dump()
    form = open_form(board, qtbot, "New contact")
    qtbot.keyClicks(form.title, "Desk lamps")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert form.customer.hasFocus() and board.dump() == before
    qtbot.keyClicks(form.customer, "Schmi")
    popup = form.customer.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.customer.text() == "Anna Schmidt · Acme GmbH"
    assert form.value.hasFocus() and form.isVisible() and board.dump() == before  # not yet
    qtbot.keyClicks(form.value, "480")
    qtbot.keyClick(form.value, Qt.Key.Key_Return)
    assert not form.isVisible() and board.column_titles("New contact")[0] == "Desk lamps"
    with board.database.sessions() as session:
        deal = session.scalars(select(Deal).where(Deal.title == "Desk lamps")).one()
        assert (deal.customer_id, str(deal.value)) == (board.world.customers["anna"], "480.00")


def test_new_deal_opens_in_the_column_of_the_selected_card(board: Board, qtbot: QtBot) -> None:
    board.view.select_deal(board.world.deals["modules"])  # a card in Proposal
    board.view.column(board.stages["New contact"]).view.setFocus()
    board.view.actions.new_deal.trigger()
    proposal = board.view.column(board.stages["Proposal"])
    form = proposal.findChild(QuickCreateForm, "quickCreateForm")
    assert form is not None and form.isVisible()


def test_quick_create_shows_why_and_keeps_the_input(board: Board, qtbot: QtBot) -> None:
    before = board.dump()
    form = open_form(board, qtbot, "New contact")
    form.customer.setText("Anna Schmidt · Acme GmbH")  # as picked from the list
    qtbot.keyClicks(form.value, "12x")
    assert not form.submit()
    assert form.error.text() == "The value is not a number."
    form.value.clear()
    assert not form.submit()
    assert form.error.text() == "The deal needs a title."
    assert form.isVisible() and form.customer.text() == "Anna Schmidt · Acme GmbH"
    assert board.dump() == before and board.stack.count() == 0
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def open_editor(board: Board, qtbot: QtBot, stage: str, row: int) -> DealEditor:
    column = board.view.column(board.stages[stage])
    column.view.setFocus()
    column.view.setCurrentIndex(column.model.index(row, 0))
    qtbot.keyClick(column.view, Qt.Key.Key_Return)
    editor = board.view.findChild(DealEditor, "dealEditor")
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    return editor


def test_enter_opens_the_editor_and_refused_fields_say_why(board: Board, qtbot: QtBot) -> None:
    before = board.dump()
    editor = open_editor(board, qtbot, "Proposal", 1)
    assert editor.title.text() == "디스플레이"
    editor.title.clear()
    editor.currency.setCurrentText("E1")
    assert not editor.submit()
    title_error = editor.findChild(QLabel, "dealEditorError-title")
    value_error = editor.findChild(QLabel, "dealEditorError-value")
    assert title_error is not None and title_error.text() == "The deal needs a title."
    assert value_error is not None and "three-letter code" in value_error.text()
    assert editor.isVisible() and board.dump() == before and board.stack.count() == 0
    editor.reject()


def test_editor_saves_fields_and_stage_as_one_undoable_step(board: Board, qtbot: QtBot) -> None:
    displays = board.world.deals["displays"]
    before = deal_row(board, displays), board.dump()
    editor = open_editor(board, qtbot, "Proposal", 1)
    editor.title.setText("Displays, 40 units")
    editor.value.setText("4,000")
    editor.probability.setValue(70)
    editor.stage.setCurrentIndex(editor.stage.findText("Negotiation"))
    assert editor.submit()
    assert deal_row(board, displays) == (
        "Displays, 40 units",
        board.stages["Negotiation"],
        4000,
        "EUR",
        70,
    )
    assert board.column_titles("Negotiation")[0] == "Displays, 40 units"
    assert "디스플레이" not in board.column_titles("Proposal")
    assert board.stack.count() == 1
    board.stack.undo()
    assert (deal_row(board, displays), board.dump()) == before
    assert board.column_titles("Proposal")[1] == "디스플레이"


def test_the_customer_field_offers_customers_by_any_part(board: Board, qtbot: QtBot) -> None:
    form = open_form(board, qtbot, "New contact")
    completer = form.customer.completer()
    completer.setCompletionPrefix("acme")
    assert completer.currentCompletion() == "Anna Schmidt · Acme GmbH"
    completer.setCompletionPrefix("王")
    assert completer.completionCount() == 1
