"""Board fixtures: a board over the known test world, its undo stack, and database dumps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from salesdesk.core.models import LostReason, Stage
from salesdesk.core.store import Database
from salesdesk.ui.board.board_view import BoardView
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.change_stack import ChangeStack
from tests.ui.world import NOW, World


class Board:
    """The board under test with what tests need around it."""

    def __init__(self, view: BoardView, stack: ChangeStack, database: Database, world: World):
        self.view = view
        self.stack = stack
        self.database = database
        self.world = world
        with database.sessions() as session:
            self.stages = {s.name: s.id for s in session.scalars(select(Stage))}
            self.reasons = dict(session.execute(select(LostReason.name, LostReason.id)).all())

    def column_titles(self, stage: str) -> list[str]:
        model = self.view.column(self.stages[stage]).model
        return [card.title for card in model.cards()]

    def dump(self) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        """Return every deal's board fields and every stage move."""
        with self.database.sessions() as session:
            deals = session.execute(
                text(
                    "SELECT id, stage_id, position, status, stage_entered_at, closed_at, "
                    "lost_reason_id, lost_detail FROM deals ORDER BY id"
                )
            ).all()
            moves = session.execute(text("SELECT * FROM stage_moves ORDER BY id")).all()
        return [tuple(row) for row in deals], [tuple(row) for row in moves]


@pytest.fixture
def board(qtbot: QtBot, database: Database, world: World) -> Iterator[Board]:
    flow = ChangeFlow(database, lambda: NOW)
    stack = flow.stack
    view = BoardView(flow)
    qtbot.addWidget(view)
    with database.sessions() as session:
        view.reload(session, NOW)
    view.resize(1900, 700)
    view.show()
    qtbot.waitExposed(view)
    yield Board(view, stack, database, world)
    stack.clear()
