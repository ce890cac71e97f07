"""Each move knows when its deal entered the stage it leaves, whatever order moves come in."""

from __future__ import annotations

from sqlalchemy import delete, insert, select

from salesdesk.core.models import StageMove
from salesdesk.core.store import Database
from tests.core.analytics.conftest import day, history


def starts(database: Database) -> list[tuple[int, object, object]]:
    """Return (from stage, moved on day, stay started on day) of every move, in time order."""
    with database.sessions() as s:
        rows = s.execute(
            select(StageMove.from_stage_id, StageMove.moved_at, StageMove.from_entered_at).order_by(
                StageMove.deal_id, StageMove.moved_at, StageMove.id
            )
        ).all()
    origin = day(0)
    return [(f, (m - origin).days, None if e is None else (e - origin).days) for f, m, e in rows]


def test_moves_added_in_order_out_of_order_and_removed(
    database: Database, stage: dict[str, int]
) -> None:
    new, qualified, proposal = stage["New contact"], stage["Qualified"], stage["Proposal"]
    history(database, stage, "a", [("New contact", 1), ("Qualified", 5), ("Proposal", 9)])
    assert starts(database) == [(None, 1, None), (new, 5, 1), (qualified, 9, 5)]
    with database.transaction() as s:  # recorded late: back to New contact on day 6, on day 7
        deal_id = s.scalar(select(StageMove.deal_id))  # to Qualified again
        s.execute(
            insert(StageMove),
            [
                {
                    "deal_id": deal_id,
                    "from_stage_id": qualified,
                    "to_stage_id": new,
                    "moved_at": day(6),
                },
                {
                    "deal_id": deal_id,
                    "from_stage_id": new,
                    "to_stage_id": qualified,
                    "moved_at": day(7),
                },
            ],
        )
    assert starts(database) == [
        (None, 1, None),
        (new, 5, 1),
        (qualified, 6, 5),
        (new, 7, 6),
        (qualified, 9, 7),
    ]
    with database.transaction() as s:  # undo the step back: the stay runs from day 5 again
        s.execute(delete(StageMove).where(StageMove.moved_at.in_([day(6), day(7)])))
    assert starts(database)[-1] == (qualified, 9, 5)
    with database.transaction() as s:  # undo the latest move: nothing after it to mend
        s.execute(delete(StageMove).where(StageMove.to_stage_id == proposal))
    assert starts(database) == [(None, 1, None), (new, 5, 1)]
