"""Moving deals: columns stay ordered, history is written, and undo/redo restore exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from salesdesk.core.models import Customer, Deal, DealStatus, LostReason, Stage, StageMove
from salesdesk.core.operations.deal_moves import (
    Loss,
    MoveError,
    column_after,
    column_positions,
    move_deals,
)
from salesdesk.core.store import Database
from tests.reasons import reason_named

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)


@pytest.fixture
def board(database: Database) -> dict[str, int]:
    """Stage 'New contact' holds a0..a3, 'Qualified' holds b0..b1; returns ids by name."""
    ids: dict[str, int] = {}
    with database.transaction() as s:
        stages = {st.name: st.id for st in s.scalars(select(Stage))}
        ids.update(stages)
        ids["rival"] = reason_named(s, "Chose a competitor")
        customer = Customer(name="王伟")
        s.add(customer)
        s.flush()
        for stage, names in (("New contact", "a0 a1 a2 a3"), ("Qualified", "b0 b1")):
            for position, title in enumerate(names.split()):
                deal = Deal(
                    title=title,
                    customer_id=customer.id,
                    stage_id=stages[stage],
                    position=position,
                    value=Decimal("1000.00"),
                    stage_entered_at=T0,
                    created_at=T0,
                )
                s.add(deal)
                s.flush()
                s.add(StageMove(deal_id=deal.id, to_stage_id=stages[stage], moved_at=T0))
                ids[title] = deal.id
    return ids


def column(database: Database, stage_id: int) -> list[str]:
    with database.sessions() as s:
        return list(
            s.scalars(select(Deal.title).where(Deal.stage_id == stage_id).order_by(Deal.position))
        )


def positions(database: Database, stage_id: int) -> list[int]:
    with database.sessions() as s:
        return list(
            s.scalars(
                select(Deal.position).where(Deal.stage_id == stage_id).order_by(Deal.position)
            )
        )


def ascending(numbers: list[int]) -> bool:
    """Return True when positions are distinct and never negative (columns sort by them)."""
    return numbers == sorted(set(numbers)) and all(number >= 0 for number in numbers)


def snapshot(database: Database) -> dict[str, list[tuple[object, ...]]]:
    with database.sessions() as s:
        return {
            table: [tuple(r) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("deals", "stage_moves")
        }


def test_move_to_another_stage_inserts_at_the_row_and_records_history(
    database: Database, board: dict[str, int]
) -> None:
    with database.transaction() as s:
        move = move_deals(s, [board["a1"]], board["Qualified"], row=1, now=NOW)
    assert column(database, board["New contact"]) == ["a0", "a2", "a3"]
    assert column(database, board["Qualified"]) == ["b0", "a1", "b1"]
    assert ascending(positions(database, board["Qualified"]))
    assert ascending(positions(database, board["New contact"]))
    assert move.affected_stage_ids == {board["New contact"], board["Qualified"]}
    with database.sessions() as s:
        deal = s.get(Deal, board["a1"])
        assert (deal.stage_entered_at, deal.status) == (NOW, DealStatus.OPEN)
        history = s.scalars(select(StageMove).where(StageMove.deal_id == deal.id)).all()
        assert [(m.from_stage_id, m.to_stage_id, m.moved_at) for m in history] == [
            (None, board["New contact"], T0),
            (board["New contact"], board["Qualified"], NOW),
        ]


def test_reorder_within_a_stage_writes_no_history(database: Database, board: dict[str, int]):
    with database.transaction() as s:
        move = move_deals(s, [board["a3"]], board["New contact"], row=0, now=NOW)
    assert column(database, board["New contact"]) == ["a3", "a0", "a1", "a2"]
    assert move.stage_moves == ()
    with database.sessions() as s:
        assert s.get(Deal, board["a3"]).stage_entered_at == T0


def test_several_deals_move_together_in_the_given_order(database: Database, board):
    with database.transaction() as s:
        move_deals(s, [board["a2"], board["a0"]], board["Qualified"], now=NOW)
    assert column(database, board["Qualified"]) == ["b0", "b1", "a2", "a0"]
    assert column(database, board["New contact"]) == ["a1", "a3"]


def test_won_and_lost_close_the_deal_and_reopening_clears_it(database: Database, board):
    with database.transaction() as s:
        move_deals(s, [board["b0"]], board["Won"], now=NOW)
        loss = Loss(board["rival"], " Chose a cheaper rival ")
        move_deals(s, [board["b1"]], board["Lost"], loss=loss, now=NOW)
    with database.sessions() as s:
        won, lost = s.get(Deal, board["b0"]), s.get(Deal, board["b1"])
        assert (won.status, won.closed_at) == (DealStatus.WON, NOW)
        assert (lost.status, lost.lost_reason_id, lost.lost_detail) == (
            DealStatus.LOST,
            board["rival"],
            "Chose a cheaper rival",
        )
    later = NOW + timedelta(days=3)
    with database.transaction() as s:
        move_deals(s, [board["b1"]], board["Negotiation"], now=later)
    with database.sessions() as s:
        reopened = s.get(Deal, board["b1"])
        assert (reopened.status, reopened.closed_at) == (DealStatus.OPEN, None)
        assert (reopened.lost_reason_id, reopened.lost_detail) == (None, None)
        assert reopened.stage_entered_at == later


@pytest.mark.parametrize(
    ("deals", "stage", "reason", "message"),
    [
        (["a0"], "Lost", None, "say why the deal was lost"),
        (["a0"], "Lost", 999, "no longer on the list"),
        (["a0"], "Lost", "retired", "is retired"),
        ([], "Qualified", None, "no deals to move"),
        (["a0", "a0"], "Qualified", None, "listed twice"),
    ],
)
def test_a_refused_move_changes_nothing(database, board, deals, stage, reason, message):
    if reason == "retired":
        with database.transaction() as s:
            s.get(LostReason, board["rival"]).retired_at = NOW  # type: ignore[union-attr]
        reason = board["rival"]
    before = snapshot(database)
    loss = Loss(reason) if reason is not None else None
    with pytest.raises(MoveError, match=message), database.transaction() as s:
        move_deals(s, [board[d] for d in deals], board[stage], loss=loss, now=NOW)
    assert snapshot(database) == before


def test_a_loss_keeps_its_detail_trimmed_and_refuses_an_endless_one(database, board) -> None:
    with pytest.raises(MoveError, match="longer than"), database.transaction() as s:
        move_deals(s, [board["a0"]], board["Lost"], loss=Loss(board["rival"], "x" * 2001))
    with database.transaction() as s:
        move_deals(s, [board["a0"]], board["Lost"], loss=Loss(board["rival"], "   "), now=NOW)
    with database.sessions() as s:
        assert s.get(Deal, board["a0"]).lost_detail is None  # type: ignore[union-attr]


def test_unknown_deal_or_stage_is_refused(database: Database, board: dict[str, int]) -> None:
    with pytest.raises(MoveError, match="no deal 999"), database.transaction() as s:
        move_deals(s, [999], board["Qualified"])
    with pytest.raises(MoveError, match="no stage 999"), database.transaction() as s:
        move_deals(s, [board["a0"]], 999)


@pytest.mark.parametrize(
    ("deals", "stage", "row"),
    [(["a1"], "Qualified", 1), (["a3"], "New contact", 0), (["a0", "b1"], "Lost", None)],
    ids=["across", "within", "several-to-lost"],
)
def test_undo_and_redo_restore_exactly(database, board, deals, stage, row) -> None:
    before = snapshot(database)
    with database.transaction() as s:
        move = move_deals(
            s, [board[d] for d in deals], board[stage], row, loss=Loss(board["rival"]), now=NOW
        )
    after = snapshot(database)
    assert after != before
    with database.transaction() as s:
        move.change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        move.change.redo(s)
    assert snapshot(database) == after
    with database.transaction() as s:
        move.change.undo(s)
    assert snapshot(database) == before


@pytest.mark.parametrize(
    ("source", "target", "row"),
    [
        (0, "Qualified", 0),
        (5, "Qualified", 0),
        (3, "Qualified", 60),
        (70, "New contact", 0),
        (0, "New contact", None),
        (10, "New contact", 50),
    ],
)
def test_long_columns_stay_numbered_and_undo_exactly(
    database: Database, board: dict[str, int], source: int, target: str, row: int | None
) -> None:
    """Inserting into long columns (also where neighbours leave no room) keeps the order."""
    with database.transaction() as s:
        customer_id = s.scalars(select(Customer.id)).first()
        for position in range(4, 80):  # 'New contact' grows to a0..a79
            s.add(
                Deal(
                    title=f"a{position}",
                    customer_id=customer_id,
                    stage_id=board["New contact"],
                    position=position,
                    value=Decimal("1.00"),
                    stage_entered_at=T0,
                    created_at=T0,
                )
            )
    names = column(database, board["New contact"])
    expected_source = [name for name in names if name != f"a{source}"]
    before = snapshot(database)
    with database.sessions() as s:
        deal_id = s.scalars(select(Deal.id).where(Deal.title == f"a{source}")).one()
    with database.transaction() as s:
        move = move_deals(s, [deal_id], board[target], row=row, now=NOW)
    titles = column(database, board[target])
    if target == "New contact":
        expected = list(expected_source)
        expected.insert(len(expected) if row is None else row, f"a{source}")
        assert titles == expected
    else:
        assert column(database, board["New contact"]) == expected_source
        assert titles[min(row or 0, len(titles) - 1)] == f"a{source}"
    for stage in ("New contact", "Qualified"):
        assert ascending(positions(database, board[stage]))
    after = snapshot(database)
    with database.transaction() as s:
        move.change.undo(s)
    assert snapshot(database) == before
    with database.transaction() as s:
        move.change.redo(s)
    assert snapshot(database) == after


@pytest.mark.parametrize(
    ("names", "stage", "row"),
    [
        (["b1"], "New contact", 2),  # no room between a1 and a2: the column is renumbered
        (["a3", "a0"], "Qualified", 1),
        (["a2"], "New contact", 0),
        (["a0", "b0"], "New contact", None),
    ],
)
def test_the_steps_of_a_move_give_the_columns_as_read_again(
    database: Database, board: dict[str, int], names: list[str], stage: str, row: int | None
) -> None:
    stage_ids = (board["New contact"], board["Qualified"])
    with database.sessions() as s:
        before = {i: [d for d, _ in column_positions(s, i)] for i in stage_ids}
    with database.transaction() as s:
        move = move_deals(s, [board[n] for n in names], board[stage], row, now=NOW)
    assert move.affected_stage_ids <= set(stage_ids)
    with database.sessions() as s:
        for stage_id in stage_ids:
            moved = {board[n]: board[n] for n in names}
            shown = column_after(stage_id, before[stage_id], move, lambda d: d, moved)
            assert shown == [d for d, _ in column_positions(s, stage_id)]
