"""Target planning: how many deals a revenue target needs at each stage, and the gap.

From the average won deal (in the target's currency) follows how many deals must be won. A
deal in a stage is won with some chance: measured from history (the product of the stage's
and every later stage's conversion) when each of those stages has at least ``MIN_DEALS`` in
its cohort, else the stage's win probability. Deals needed in a stage = deals to win / chance;
the gap is what the open pipeline lacks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.analytics.diagnosis import MIN_DEALS
from salesdesk.core.analytics.funnel import funnel
from salesdesk.core.models import Deal, DealStatus, Stage, StageKind


@dataclass(frozen=True)
class StageNeed:
    """What one stage must hold for the target, and what it holds."""

    name: str
    chance: float  # of a deal in this stage being won
    measured: bool  # the chance comes from history (else from the stage's probability)
    needed: int
    holding: int

    @property
    def gap(self) -> int:
        """Return how many deals the stage lacks (0 when it holds enough)."""
        return max(0, self.needed - self.holding)


@dataclass(frozen=True)
class TargetPlan:
    """The plan for a revenue target; ``None`` sizes mean no deal was won in that currency."""

    target: Decimal
    currency: str
    average_deal: Decimal | None
    deals_to_win: int | None
    stages: tuple[StageNeed, ...]


def plan_target(
    session: Session, target: Decimal, currency: str, history_from: datetime, now: datetime
) -> TargetPlan:
    """Plan ``target`` in ``currency`` from the history since ``history_from``."""
    average = session.scalar(
        select(func.avg(Deal.__table__.c.value_cents)).where(
            Deal.status == DealStatus.WON,
            Deal.currency == currency,
            Deal.closed_at >= history_from,
        )
    )
    if not average:
        return TargetPlan(target, currency, None, None, ())
    average_deal = (Decimal(str(average)) / 100).quantize(Decimal("0.01"))
    to_win = math.ceil(target / average_deal)
    probability = dict(
        session.execute(
            select(Stage.id, Stage.probability).where(Stage.kind == StageKind.OPEN)
        ).all()
    )
    holding = dict(
        session.execute(
            select(Deal.stage_id, func.count(Deal.id))
            .where(Deal.status == DealStatus.OPEN, Deal.currency == currency)
            .group_by(Deal.stage_id)
        ).all()
    )
    measured = funnel(session, history_from, now).stages
    needs = []
    for index, stage in enumerate(measured):
        rest = measured[index:]
        from_history = all(s.entered >= MIN_DEALS for s in rest)
        if from_history:
            chance = math.prod(s.conversion or 0.0 for s in rest)
        else:
            chance = probability.get(stage.stage_id, 0) / 100
        # 3 / 0.1 is 30.000000000000004 in floats: a hair of tolerance keeps it 30.
        needed = math.ceil(to_win / chance - 1e-9) if chance > 0 else 0
        needs.append(
            StageNeed(
                stage.name,
                chance,
                from_history and chance > 0,
                needed,
                holding.get(stage.stage_id, 0),
            )
        )
    return TargetPlan(target, currency, average_deal, to_win, tuple(needs))
