"""The undo stack stays true to the database when an undo or redo cannot be done."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from salesdesk.core.errors import DatabaseBusyError
from salesdesk.core.models import Deal, Stage
from salesdesk.core.operations.deal_editing import quick_create_deal
from salesdesk.core.operations.deal_moves import move_deals
from salesdesk.core.store import Database, open_database
from salesdesk.ui.change_stack import ChangeCommand, ChangeStack

NOW = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def theirs(database: Database) -> Iterator[Database]:
    other = open_database(database.path)
    yield other
    other.close()


def _stage_ids(database: Database) -> dict[str, int]:
    with database.sessions() as s:
        return {stage.name: stage.id for stage in s.scalars(select(Stage))}


def _stage_of(database: Database, deal_id: int) -> int:
    with database.sessions() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        return deal.stage_id


@pytest.fixture
def moved(database: Database) -> tuple[ChangeStack, int, dict[str, int], list[str]]:
    """A stack holding one move of a new deal from New contact to Qualified."""
    stages = _stage_ids(database)
    with database.transaction() as s:
        deal = quick_create_deal(
            s, title="Chairs", stage_id=stages["New contact"], now=NOW, customer_name="Anna"
        ).deal_id
    with database.transaction() as s:
        move = move_deals(s, [deal], stages["Qualified"], now=NOW)
    shown: list[str] = []
    stack = ChangeStack(lambda: database)
    stack.applied.connect(lambda change: shown.append("undone" if stack.canRedo() else "redone"))
    stack.push(ChangeCommand("Move", move.change))
    assert shown == []  # pushing records a change made already: nothing is written again
    return stack, deal, stages, shown


def test_undo_and_redo_write_then_show(database: Database, moved) -> None:  # noqa: ANN001
    stack, deal, stages, shown = moved
    stack.undo()
    assert (stack.index(), _stage_of(database, deal), shown) == (
        0,
        stages["New contact"],
        ["undone"],
    )
    stack.redo()
    assert (stack.index(), _stage_of(database, deal), shown[-1]) == (
        1,
        stages["Qualified"],
        "redone",
    )


def test_a_stale_undo_is_refused_and_the_step_dropped(
    database: Database,
    theirs: Database,
    moved,  # noqa: ANN001
    qtbot: QtBot,
) -> None:
    stack, deal, stages, shown = moved
    with theirs.transaction() as s:
        move_deals(s, [deal], stages["Presented"], now=NOW + timedelta(minutes=1))
    with qtbot.waitSignal(stack.refused) as refused:
        stack.undo()
    title, message = refused.args
    assert title == "Cannot undo" and "can no longer be undone" in message
    assert (stack.count(), stack.index(), shown) == (0, 0, [])
    assert _stage_of(database, deal) == stages["Presented"]
    stack.redo()  # nothing left to redo: the refused step is gone, not marked done
    assert _stage_of(database, deal) == stages["Presented"]


def test_a_busy_database_keeps_the_step_where_it_was(
    database: Database,
    moved,  # noqa: ANN001
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stack, deal, stages, shown = moved
    command = stack.command(0)
    assert isinstance(command, ChangeCommand)

    def busy(_session: object) -> None:
        raise DatabaseBusyError("The database is busy")

    monkeypatch.setattr(type(command.change), "undo", lambda self, session: busy(session))
    with qtbot.waitSignal(stack.refused):
        stack.undo()
    assert (stack.count(), stack.index(), shown) == (1, 1, [])
    assert _stage_of(database, deal) == stages["Qualified"]
    monkeypatch.undo()
    stack.undo()  # once the lock is free, the same step undoes
    assert (stack.index(), _stage_of(database, deal)) == (0, stages["New contact"])
    stack.redo()  # and redo writes the same stage move again (no duplicate id)
    assert (stack.index(), _stage_of(database, deal)) == (1, stages["Qualified"])


def test_a_read_only_database_refuses_undo_with_a_sentence(
    database: Database,
    moved,  # noqa: ANN001
    qtbot: QtBot,
) -> None:
    stack, deal, stages, _shown = moved
    database.read_only = True
    with qtbot.waitSignal(stack.refused) as refused:
        stack.undo()
    assert "read-only" in refused.args[1] and stack.index() == 1
    assert _stage_of(database, deal) == stages["Qualified"]
