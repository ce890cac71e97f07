"""A move shown in memory leaves the columns exactly as reading the whole board again would.

The board applies its own moves to the column models row by row (no reset, no read); every
test here compares each column's cards, visible cards and header figures with a board read
from the database afresh, after moves that renumber a column, multi-deal moves, moves within
a column, moves with a filter on, outcomes, and undo and redo.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from salesdesk.core.models import Customer, Deal, Stage, Tier
from salesdesk.core.store import Database
from salesdesk.ui.board.board_view import BoardView
from salesdesk.ui.change_flow import ChangeFlow
from tests.ui.world import NOW

# Deals per stage; "New contact" and "Qualified" are numbered 0, 1, 2, … (no room between
# neighbours, so putting a deal between two of them renumbers the column).
DENSE = {"New contact": 12, "Qualified": 9}
SPARSE = {"Presented": 5}


class Boards:
    """The board under test and a way to read a second one from the database afresh."""

    def __init__(self, view: BoardView, flow: ChangeFlow, qtbot: QtBot) -> None:
        self.view = view
        self.flow = flow
        self.qtbot = qtbot
        with flow.sessions() as session:
            self.stages = {s.name: s.id for s in session.scalars(select(Stage))}

    def ids(self, stage: str) -> list[int]:
        return [card.deal_id for card in self.view.column(self.stages[stage]).model.all_cards()]

    def fresh(self) -> BoardView:
        view = BoardView(self.flow)
        self.qtbot.addWidget(view)
        view.refresh()
        mine, theirs = self.view.filter_bar, view.filter_bar
        theirs.text.setText(mine.text.text())
        theirs.tier.setCurrentIndex(mine.tier.currentIndex())
        theirs.rotting.setChecked(mine.rotting.isChecked())
        return view

    def assert_as_read_again(self) -> None:
        fresh = self.fresh()
        assert [c.stage for c in self.view.columns()] == [c.stage for c in fresh.columns()]
        for shown, read in zip(self.view.columns(), fresh.columns(), strict=True):
            assert shown.model.all_cards() == read.model.all_cards(), shown.stage.name
            assert shown.model.cards() == read.model.cards(), shown.stage.name
            assert shown.model.rowCount() == read.model.rowCount()
            assert shown.model.sums() == read.model.sums(), shown.stage.name
            for label in ("_count", "_values", "_missing", "_rotting"):
                mine, theirs = getattr(shown.header, label), getattr(read.header, label)
                assert mine.isHidden() == theirs.isHidden(), (shown.stage.name, label)
                if not mine.isHidden():  # a hidden label may keep an old text
                    assert mine.text() == theirs.text(), (shown.stage.name, label)
                    assert mine.toolTip() == theirs.toolTip(), (shown.stage.name, label)
        assert self.view.summary.text() == fresh.summary.text()


@pytest.fixture
def boards(qtbot: QtBot, database: Database) -> Iterator[Boards]:
    with database.transaction() as s:
        stages = {st.name: st.id for st in s.scalars(select(Stage))}
        people = [
            Customer(name="Ana Souza", tier=Tier.A),
            Customer(name="Marek Nowak", tier=Tier.B),
            Customer(name="佐藤 花子", tier=Tier.C),
        ]
        s.add_all(people)
        s.flush()
        currencies = ("EUR", "USD", "EUR", "JPY")
        for stage, count in {**DENSE, **SPARSE}.items():
            step = 1 if stage in DENSE else 1024
            for n in range(count):
                s.add(
                    Deal(
                        title=f"{stage} {n}",
                        customer_id=people[n % 3].id,
                        stage_id=stages[stage],
                        position=n * step,
                        currency=currencies[n % 4],
                        value=Decimal(f"{100 + 37 * n}.{n % 100:02d}"),
                        probability_override=40 if n % 5 == 0 else None,
                        stage_entered_at=NOW - timedelta(days=3 * n),
                        created_at=NOW - timedelta(days=3 * n),
                    )
                )
    flow = ChangeFlow(database, lambda: NOW)
    view = BoardView(flow)
    qtbot.addWidget(view)
    view.refresh()
    view.resize(1600, 700)
    view.show()
    qtbot.waitExposed(view)
    yield Boards(view, flow, qtbot)
    flow.stack.clear()


def test_a_move_into_a_full_column_renumbers_and_matches_a_reload(boards: Boards) -> None:
    deal = boards.ids("Presented")[2]
    assert boards.view.move_deals([deal], boards.stages["New contact"], 4)
    assert boards.ids("New contact")[4] == deal
    assert boards.view.selected_deals() == [deal]
    boards.assert_as_read_again()


def test_several_deals_from_two_columns_move_as_one(boards: Boards) -> None:
    picked = [boards.ids("Qualified")[3], boards.ids("New contact")[0], boards.ids("Qualified")[8]]
    assert boards.view.move_deals(picked, boards.stages["Presented"], 1)
    assert boards.ids("Presented")[1:4] == picked
    boards.assert_as_read_again()
    assert boards.view.move_deals(picked, boards.stages["Qualified"], None)
    assert boards.ids("Qualified")[-3:] == picked
    boards.assert_as_read_again()


def test_moves_within_a_column_up_down_and_to_the_ends(boards: Boards) -> None:
    column = boards.ids("New contact")
    for deals, row in (([column[7]], 2), ([column[1], column[2]], 9), ([column[11]], 0)):
        assert boards.view.move_deals(deals, boards.stages["New contact"], row)
        boards.assert_as_read_again()
    assert boards.view.move_deals([column[5]], boards.stages["New contact"], None)
    assert boards.ids("New contact")[-1] == column[5]
    boards.assert_as_read_again()


def test_moves_with_a_filter_on_keep_the_hidden_cards_in_place(boards: Boards) -> None:
    boards.view.filter_bar.text.setText("marek")
    shown = boards.view.column(boards.stages["New contact"]).model.cards()
    assert 0 < len(shown) < DENSE["New contact"]
    assert boards.view.move_deals([shown[1].deal_id], boards.stages["Qualified"], 5)
    boards.assert_as_read_again()
    hidden = boards.ids("Qualified")[0]  # Ana's deal, filtered out
    assert boards.view.move_deals([hidden], boards.stages["Presented"], 0)
    boards.assert_as_read_again()
    bar = boards.view.filter_bar
    bar.text.setText("")
    bar.tier.setCurrentIndex(bar.tier.findData(Tier.C.value))
    bar.rotting.setChecked(True)
    cards = boards.view.column(boards.stages["New contact"]).model.cards()
    assert cards, "some of 佐藤's deals are rotting"
    assert boards.view.move_deals([cards[0].deal_id], boards.stages["Qualified"], 3)
    boards.assert_as_read_again()  # the moved deal is no longer rotting: filtered out


def test_outcomes_undo_and_redo_leave_the_columns_as_a_reload(boards: Boards) -> None:
    first = boards.ids("New contact")[3]
    assert boards.view.decide([first], "hold")
    assert first not in boards.ids("New contact")
    boards.assert_as_read_again()
    assert boards.view.move_deals([boards.ids("Presented")[0]], boards.stages["Qualified"], 2)
    boards.assert_as_read_again()
    stack = boards.flow.stack
    for _ in range(2):
        stack.undo()
        boards.assert_as_read_again()
    assert first in boards.ids("New contact")
    for _ in range(2):
        stack.redo()
        boards.assert_as_read_again()


def test_a_move_keeps_the_scroll_of_the_other_cards(boards: Boards) -> None:
    column = boards.view.column(boards.stages["New contact"])
    column.view.verticalScrollBar().setValue(column.view.verticalScrollBar().maximum())
    scroll = column.view.verticalScrollBar().value()
    target = boards.view.column(boards.stages["Qualified"])
    moved = boards.ids("Qualified")[8]  # the last card, in sight when scrolled down
    assert boards.view.move_deals([moved], boards.stages["Qualified"], 7)
    assert column.view.verticalScrollBar().value() == scroll
    assert target.view.selected_deal_ids() == [moved]
