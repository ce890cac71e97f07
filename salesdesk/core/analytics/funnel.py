"""The funnel measured from stage-move history: how many deals go on from each stage.

Definitions (the same everywhere: screen, command line, report):

- A deal *entered* a stage when a stage move took it there (its first move creates it there).
- The *cohort* of a stage for a period: the distinct deals that entered it during the period.
- A deal of the cohort *went on* when, after entering, it ever reached a later open stage
  or Won. Skipping stages counts as passing them; moving back and forth counts once per deal;
  a lost deal that was reopened and later won counts as going on.
- *Conversion* of a stage = went on / cohort; ``None`` when the cohort is empty.

Everything is read in two queries (stages, moves of the deals concerned) and computed here,
so the numbers can be checked by hand on small histories.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, DealStatus, Stage, StageKind, StageMove


@dataclass(frozen=True)
class FunnelStage:
    """One open stage of the funnel for a period."""

    stage_id: int
    name: str
    open_count: int  # deals in the stage now
    open_values: dict[str, Decimal]  # their value per currency (currencies never add up)
    entered: int  # the cohort: deals that entered the stage in the period
    went_on: int

    @property
    def conversion(self) -> float | None:
        """Return went on / entered, or None when nothing entered the stage."""
        return None if self.entered == 0 else self.went_on / self.entered


@dataclass(frozen=True)
class Funnel:
    """The open stages in pipeline order, measured over ``start`` to ``end``."""

    start: datetime
    end: datetime
    stages: tuple[FunnelStage, ...]

    @property
    def bottleneck(self) -> FunnelStage | None:
        """Return the stage with the lowest measured conversion (None when none is measured)."""
        measured = [stage for stage in self.stages if stage.conversion is not None]
        return min(measured, key=lambda stage: stage.conversion or 0.0) if measured else None


def funnel(session: Session, start: datetime, end: datetime) -> Funnel:
    """Measure every open stage's conversion over ``start`` (inclusive) to ``end`` (exclusive)."""
    stages = session.execute(
        select(Stage.id, Stage.name, Stage.kind, Stage.position)
        .where(Stage.archived_at.is_(None))
        .order_by(Stage.position, Stage.id)
    ).all()
    open_stages = [row for row in stages if row.kind is StageKind.OPEN]
    rank = {row.id: index for index, row in enumerate(open_stages)}
    won = {row.id for row in stages if row.kind is StageKind.WON}
    final = len(open_stages)  # Won ranks after every open stage
    for stage_id in won:
        rank[stage_id] = final
    # All in SQLite: each move gets its stage's rank and the highest rank the deal reached
    # after it (a window over the deal's later moves); then count distinct deals per stage.
    level = case(rank, value=StageMove.to_stage_id, else_=-1)
    entered_in_period = select(StageMove.deal_id).where(
        StageMove.moved_at >= start, StageMove.moved_at < end
    )
    later = func.max(level).over(
        partition_by=StageMove.deal_id,
        order_by=(StageMove.moved_at, StageMove.id),
        rows=(1, None),
    )
    steps = (
        select(
            StageMove.deal_id.label("deal_id"), StageMove.to_stage_id.label("stage_id"),
            level.label("level"), later.label("later"),
            and_(StageMove.moved_at >= start, StageMove.moved_at < end).label("inside"),
        )
        .where(StageMove.deal_id.in_(entered_in_period))
        .subquery()
    )  # fmt: skip
    counted = (
        session.connection()
        .execute(
            select(
                steps.c.stage_id,
                func.count(func.distinct(steps.c.deal_id)),
                func.count(func.distinct(case((steps.c.later > steps.c.level, steps.c.deal_id)))),
            )
            .where(steps.c.inside, steps.c.level >= 0, steps.c.level < final)
            .group_by(steps.c.stage_id)
        )
        .all()
    )
    cohort = {stage_id: entered for stage_id, entered, _ in counted}
    went_on = {stage_id: gone for stage_id, _, gone in counted}
    cents = Deal.__table__.c.value_cents  # integer cents summed in SQL: exact
    current = (
        session.connection()
        .execute(
            select(Deal.stage_id, Deal.currency, func.count(Deal.id), func.sum(cents))
            .where(Deal.status == DealStatus.OPEN)
            .group_by(Deal.stage_id, Deal.currency)
        )
        .all()
    )
    counts: dict[int, int] = defaultdict(int)
    values: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for stage_id, currency, count, total in current:
        counts[stage_id] += count
        values[stage_id][currency] = total  # the column's type turns cents into a Decimal
    return Funnel(
        start, end,
        tuple(
            FunnelStage(row.id, row.name, counts[row.id], dict(values[row.id]),
                        cohort.get(row.id, 0), went_on.get(row.id, 0))
            for row in open_stages
        ),
    )  # fmt: skip
