"""The columns the funnel reads from each move stay right however history is written.

Triggers keep ``prev_entry_at`` and ``later_stages`` as moves are added in order, out of order
and at the same instant, and removed; the result must equal filling them from scratch. The
funnel read from them must equal the funnel grouped from every deal's moves.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import delete, func, insert, select

from salesdesk.core import stage_entries
from salesdesk.core.analytics import funnel as funnel_module
from salesdesk.core.analytics.funnel import (
    conversion_counts,
    conversion_counts_by_deal,
    stage_ladder,
)
from salesdesk.core.models import StageMove
from salesdesk.core.store import Database
from tests.core.analytics.conftest import END, START, day, history


def columns(database: Database) -> list[tuple]:
    with database.sessions() as s:
        return s.execute(
            select(StageMove.id, StageMove.prev_entry_at, StageMove.later_stages).order_by(
                StageMove.id
            )
        ).all()


def refilled(database: Database) -> list[tuple]:
    """Return the columns filled from scratch (the triggers' work thrown away and redone)."""
    with database.transaction() as s:
        stage_entries.drop_triggers(s)
        s.execute(StageMove.__table__.update().values(prev_entry_at=None, later_stages=0))
        stage_entries.fill_history(s)
        stage_entries.create_triggers(s)
    return columns(database)


def test_a_yo_yo_history_and_its_undo(database: Database, stage: dict[str, int]) -> None:
    new, qualified, won = stage["New contact"], stage["Qualified"], stage["Won"]
    history(database, stage, "a", [("New contact", 1), ("Qualified", 5), ("New contact", 7)])
    rows = columns(database)
    assert [(r.prev_entry_at, r.later_stages) for r in rows] == [
        (None, (1 << qualified) | (1 << new)),
        (None, 1 << new),
        (day(1), 0),
    ]
    with database.transaction() as s:  # won, recorded late on day 6
        deal_id = s.scalar(select(StageMove.deal_id))
        s.execute(
            insert(StageMove),
            [
                {
                    "deal_id": deal_id,
                    "from_stage_id": qualified,
                    "to_stage_id": won,
                    "moved_at": day(6),
                }
            ],
        )
    assert [r.later_stages for r in columns(database)][:2] == [
        (1 << qualified) | (1 << new) | (1 << won),
        (1 << new) | (1 << won),
    ]
    with database.transaction() as s:  # undo the first move: day 7 is now the first entry
        s.execute(delete(StageMove).where(StageMove.moved_at == day(1)))
        s.execute(delete(StageMove).where(StageMove.moved_at == day(6)))
    assert [(r.prev_entry_at, r.later_stages) for r in columns(database)] == [
        (None, 1 << new),
        (None, 0),
    ]
    assert columns(database) == refilled(database)


def test_random_histories_match_a_fill_from_scratch_and_the_grouped_funnel(
    database: Database, stage: dict[str, int]
) -> None:
    rng = random.Random(5)
    names = list(stage)
    for title in range(40):
        path = [("New contact", rng.randrange(0, 20))]
        for _ in range(rng.randrange(0, 7)):
            path.append((rng.choice(names), path[-1][1] + rng.choice([0, 1, 3, 10])))
        history(database, stage, f"deal {title}", path)
    with database.transaction() as s:  # late records and removals, some at the same instant
        deal_ids = list(s.scalars(select(StageMove.deal_id).distinct()))
        for _ in range(30):
            s.execute(
                insert(StageMove),
                [
                    {
                        "deal_id": rng.choice(deal_ids),
                        "to_stage_id": stage[rng.choice(names)],
                        "moved_at": day(rng.randrange(0, 60)),
                    }
                ],
            )
        ids = list(s.scalars(select(StageMove.id)))
        s.execute(delete(StageMove).where(StageMove.id.in_(rng.sample(ids, 25))))
    assert columns(database) == refilled(database)
    with database.sessions() as s:
        ladder = stage_ladder(s)
        for start, end in [(START, END), (day(10), day(20)), (day(30), day(31)), (day(70), END)]:
            fast = conversion_counts(s.connection(), ladder, start, end)
            assert fast == conversion_counts_by_deal(s.connection(), ladder, start, end)
        assert sum(entered for entered, _ in fast.values()) == 0  # day 70 on: nothing entered
        busy = conversion_counts(s.connection(), ladder, START, END)
        assert sum(went for _, went in busy.values()) > 0


def test_stage_ids_beyond_the_bits_are_counted_by_grouping(
    database: Database, stage: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    history(database, stage, "a", [("New contact", 1), ("Qualified", 5), ("Won", 9)])
    history(database, stage, "b", [("New contact", 2), ("Qualified", 3), ("New contact", 4)])
    with database.sessions() as s:
        ladder = stage_ladder(s)
        expected = conversion_counts(s.connection(), ladder, START, END)
        monkeypatch.setattr(funnel_module, "MAX_STAGE_ID", 1)  # only stage 1 would fit
        spoiled = s.execute(select(func.count()).where(StageMove.later_stages != 0)).scalar()
        assert spoiled  # the bits exist, but the fallback must not need them:
        s.execute(StageMove.__table__.update().values(later_stages=0))
        assert conversion_counts(s.connection(), ladder, START, END) == expected
        s.rollback()
    assert expected[stage["New contact"]] == (2, 2)
    assert expected[stage["Qualified"]] == (2, 1)
