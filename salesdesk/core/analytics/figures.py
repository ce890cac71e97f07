"""The rep's key figures for a period: win rate, deal size, cycle, time per stage, and more.

Definitions:

- *Win rate*: deals won / deals closed (won or lost) with their close in the period.
- *Average deal size*: the mean value of the deals won in the period, per currency.
- *Average sales cycle*: days from a won deal's first stage move (its first contact) to its
  close, over the deals won in the period.
- *Days in stage*: for every stay in an open stage that ended in the period (the deal moved on,
  back, or out), the days between entering and leaving; averaged per stage.
- *Lost by reason*: deals lost in the period, counted per reason.
- *Visits and calls per week*: those done in the period, divided by the period's weeks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Deal,
    DealStatus,
    Stage,
    StageKind,
    StageMove,
)


@dataclass(frozen=True)
class Figures:
    """The key figures of one period (``None`` where there is nothing to measure)."""

    won: int
    lost: int
    average_size: dict[str, Decimal]
    average_cycle_days: float | None
    days_in_stage: dict[str, float]  # stage name -> average days
    lost_by_reason: dict[str, int]
    visits_per_week: float
    calls_per_week: float

    @property
    def win_rate(self) -> float | None:
        """Return won / closed, or None when nothing closed."""
        closed = self.won + self.lost
        return None if closed == 0 else self.won / closed


def figures(session: Session, start: datetime, end: datetime) -> Figures:
    """Measure the key figures over ``start`` (inclusive) to ``end`` (exclusive)."""
    closed = session.execute(
        select(Deal.id, Deal.status, Deal.value, Deal.currency, Deal.closed_at,
               Deal.lost_reason)
        .where(Deal.status.in_([DealStatus.WON, DealStatus.LOST]),
               Deal.closed_at >= start, Deal.closed_at < end)
    ).all()  # fmt: skip
    won = [row for row in closed if row.status is DealStatus.WON]
    lost = [row for row in closed if row.status is DealStatus.LOST]
    sizes: dict[str, list[Decimal]] = defaultdict(list)
    for row in won:
        sizes[row.currency].append(row.value)
    average_size = {
        currency: (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"))
        for currency, values in sizes.items()
    }
    first_moves = dict(
        session.execute(
            select(StageMove.deal_id, func.min(StageMove.moved_at))
            .where(StageMove.deal_id.in_([row.id for row in won]))
            .group_by(StageMove.deal_id)
        ).all()
    )
    cycles = [
        (row.closed_at - first_moves[row.id]).total_seconds() / 86400
        for row in won
        if row.id in first_moves
    ]
    per_week = _per_week(session, start, end)
    return Figures(
        won=len(won),
        lost=len(lost),
        average_size=average_size,
        average_cycle_days=sum(cycles) / len(cycles) if cycles else None,
        days_in_stage=_days_in_stage(session, start, end),
        lost_by_reason=dict(Counter((row.lost_reason or "no reason given") for row in lost)),
        visits_per_week=per_week.get(ActivityKind.VISIT, 0.0),
        calls_per_week=per_week.get(ActivityKind.CALL, 0.0),
    )


def _days_in_stage(session: Session, start: datetime, end: datetime) -> dict[str, float]:
    """Average the stays in each open stage that ended in the period, in SQLite.

    A window pairs each move with the deal's move before it (the stay it ends); only the
    period's moves are then added up per stage. The window runs over every move, in the order
    of the (deal, time) index: narrowing it first to the deals or times of the period makes
    SQLite sort the moves, which costs more than it saves.
    """
    open_stages = dict(
        session.execute(select(Stage.id, Stage.name).where(Stage.kind == StageKind.OPEN)).all()
    )
    moves = StageMove.__table__.c
    ordering = {"partition_by": moves.deal_id, "order_by": (moves.moved_at, moves.id)}
    stays = select(
        moves.moved_at,
        func.lag(moves.to_stage_id).over(**ordering).label("stage_id"),
        func.lag(moves.moved_at).over(**ordering).label("entered_at"),
    ).subquery()
    days = func.julianday(stays.c.moved_at) - func.julianday(stays.c.entered_at)
    rows = session.connection().execute(
        select(stays.c.stage_id, func.avg(days))
        .where(stays.c.moved_at >= start, stays.c.moved_at < end,
               stays.c.stage_id.in_(list(open_stages)))
        .group_by(stays.c.stage_id)
    )  # fmt: skip
    return {open_stages[stage_id]: float(average) for stage_id, average in rows}


def _per_week(session: Session, start: datetime, end: datetime) -> dict[ActivityKind, float]:
    """Return the visits, calls … done in the period per week, per kind (one query)."""
    done = session.execute(
        select(Activity.kind, func.count(Activity.id))
        .where(Activity.status == ActivityStatus.DONE,
               Activity.starts_at >= start, Activity.starts_at < end)
        .group_by(Activity.kind)
    ).all()  # fmt: skip
    weeks = max((end - start).total_seconds() / (7 * 86400), 1 / 7)
    return {kind: count / weeks for kind, count in done}
