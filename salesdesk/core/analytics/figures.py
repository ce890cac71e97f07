"""The rep's key figures for a period: win rate, deal size, cycle, time per stage, and more.

Definitions:

- *Win rate*: deals won / deals closed (won or lost) with their close in the period.
- *Average won deal*: see ``won_deals`` (one definition for the figures and the planner).
- *Average sales cycle*: days from a won deal's first stage move (its first contact) to its
  close, over the deals won in the period.
- *Days in stage*: for every stay in an open stage that ended in the period (the deal moved on,
  back, or out), the days between entering and leaving; averaged per stage.
- *Lost by reason*: deals lost in the period, counted per reason.
- *Visits and calls per week*: those done in the period, divided by the period's weeks.

Deals lost without a reason are counted under "no reason given" in the rep's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from salesdesk.core.i18n import translate
from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Deal,
    DealStatus,
    LostReason,
    Stage,
    StageKind,
    StageMove,
)


@dataclass(frozen=True)
class Figures:
    """The key figures of one period (``None`` where there is nothing to measure)."""

    won: int
    lost: int
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
    """Measure the key figures over ``start`` (inclusive) to ``end`` (exclusive).

    Closed deals are counted in SQLite (a busy year closes thousands; turning each into a
    Python object cost more than all the sums): per status their count, and for won deals the
    days since their first stage move.
    """
    deals = Deal.__table__.c
    in_period = and_(
        deals.status.in_([DealStatus.WON.value, DealStatus.LOST.value]),
        Deal.closed_at >= start,
        Deal.closed_at < end,
    )
    first_move = (
        select(func.min(StageMove.moved_at)).where(StageMove.deal_id == deals.id).scalar_subquery()
    )
    cycle = func.julianday(deals.closed_at) - func.julianday(first_move)
    per_status = (
        session.connection()
        .execute(
            select(deals.status, func.count(), func.count(first_move), func.total(cycle))
            .where(in_period)
            .group_by(deals.status)
        )
        .all()
    )
    won = lost = cycles = 0
    cycle_days = 0.0
    for status, count, with_history, days in per_status:
        if status == DealStatus.LOST.value:
            lost += count
            continue
        won += count
        cycles += with_history
        cycle_days += days
    # Counted per entry of the reason list (the index covers it), then named.
    counted = (
        session.connection()
        .execute(
            select(deals.lost_reason_id, func.count())
            .where(in_period, deals.status == DealStatus.LOST.value)
            .group_by(deals.lost_reason_id)
        )
        .all()
    )
    names = dict(session.execute(select(LostReason.id, LostReason.name)).all())
    unnamed = translate("Analytics", "no reason given")
    reasons = [(names.get(reason_id, unnamed), count) for reason_id, count in counted]
    per_week = _per_week(session, start, end)
    return Figures(
        won=won,
        lost=lost,
        average_cycle_days=cycle_days / cycles if cycles else None,
        days_in_stage=_days_in_stage(session, start, end),
        lost_by_reason=dict(reasons),
        visits_per_week=per_week.get(ActivityKind.VISIT, 0.0),
        calls_per_week=per_week.get(ActivityKind.CALL, 0.0),
    )


def _days_in_stage(session: Session, start: datetime, end: datetime) -> dict[str, float]:
    """Average the stays in each open stage that ended in the period.

    A move ends the stay in the stage it leaves (``from_stage_id``), which began when the deal
    entered that stage (``from_entered_at``, kept by triggers): the period's moves alone give
    every stay, read from the (moved_at, from_stage_id, from_entered_at) index.
    """
    open_stages = dict(
        session.execute(select(Stage.id, Stage.name).where(Stage.kind == StageKind.OPEN)).all()
    )
    moves = StageMove.__table__.c
    days = func.julianday(moves.moved_at) - func.julianday(moves.from_entered_at)
    rows = session.connection().execute(
        select(moves.from_stage_id, func.avg(days))
        .where(
            moves.moved_at >= start,
            moves.moved_at < end,
            moves.from_stage_id.in_(list(open_stages)),
            moves.from_entered_at.is_not(None),
        )
        .group_by(moves.from_stage_id)
    )
    return {open_stages[stage_id]: float(average) for stage_id, average in rows}


def _per_week(session: Session, start: datetime, end: datetime) -> dict[ActivityKind, float]:
    """Return the visits, calls … done in the period per week, per kind (one query)."""
    done = session.execute(
        select(Activity.kind, func.count(Activity.id))
        .where(
            Activity.status == ActivityStatus.DONE,
            Activity.starts_at >= start,
            Activity.starts_at < end,
        )
        .group_by(Activity.kind)
    ).all()
    weeks = max((end - start).total_seconds() / (7 * 86400), 1 / 7)
    return {kind: count / weeks for kind, count in done}
