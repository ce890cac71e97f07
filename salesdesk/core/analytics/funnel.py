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

from sqlalchemy import select
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
    entered_in_period = select(StageMove.deal_id).where(
        StageMove.moved_at >= start, StageMove.moved_at < end
    )
    moves = session.execute(
        select(StageMove.deal_id, StageMove.to_stage_id, StageMove.moved_at)
        .where(StageMove.deal_id.in_(entered_in_period))
        .order_by(StageMove.deal_id, StageMove.moved_at, StageMove.id)
    ).all()
    history: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
    for deal_id, stage_id, moved_at in moves:
        history[deal_id].append((stage_id, moved_at))
    cohort: dict[int, set[int]] = defaultdict(set)
    went_on: dict[int, set[int]] = defaultdict(set)
    for deal_id, steps in history.items():
        for index, (stage_id, moved_at) in enumerate(steps):
            if stage_id not in rank or rank[stage_id] == final or not start <= moved_at < end:
                continue
            cohort[stage_id].add(deal_id)
            later = (rank.get(next_stage, -1) for next_stage, _ in steps[index + 1 :])
            if any(level > rank[stage_id] for level in later):
                went_on[stage_id].add(deal_id)
    current = session.execute(
        select(Deal.stage_id, Deal.value, Deal.currency).where(Deal.status == DealStatus.OPEN)
    ).all()
    counts: dict[int, int] = defaultdict(int)
    values: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for stage_id, value, currency in current:
        counts[stage_id] += 1
        values[stage_id][currency] += value
    return Funnel(
        start, end,
        tuple(
            FunnelStage(row.id, row.name, counts[row.id], dict(values[row.id]),
                        len(cohort[row.id]), len(went_on[row.id]))
            for row in open_stages
        ),
    )  # fmt: skip
