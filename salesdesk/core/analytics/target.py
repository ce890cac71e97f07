"""Target planning: how many deals a revenue target needs at each stage, and the gap.

The target is in the reporting currency. From the average won deal of the history (see
``won_deals``: every won deal converted at its close day's rate) follows how many deals must
be won. A deal in a stage is won with some chance: measured from history (the product of the
stage's and every later stage's conversion) when each of those stages has at least
``MIN_DEALS`` in its cohort, else the stage's win probability. Deals needed in a stage = deals
to win / chance; the gap is what the open pipeline (every open deal, whatever its currency)
lacks. A stage whose deals have no chance (none went on in a measured history, or a 0 %
probability) can hold no number of deals that suffices. The target is covered only when no
stage has a gap.
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
from salesdesk.core.analytics.won_deals import WonDeals, won_deals
from salesdesk.core.models import Deal, DealStatus, Stage, StageKind
from salesdesk.core.money.totals import Conversion


@dataclass(frozen=True)
class StageNeed:
    """What one stage must hold for the target, and what it holds."""

    name: str
    chance: float  # of a deal in this stage being won
    measured: bool  # the chance comes from history (else from the stage's probability)
    needed: int | None  # None: a deal in this stage has no chance, no number of them suffices
    holding: int

    @property
    def gap(self) -> int | None:
        """Return how many deals the stage lacks (0 when it holds enough; None: no chance)."""
        return None if self.needed is None else max(0, self.needed - self.holding)


@dataclass(frozen=True)
class TargetPlan:
    """The plan for a revenue target; without an average won deal there are no stages."""

    target: Decimal
    currency: str
    won: WonDeals  # the history the average deal comes from
    deals_to_win: int | None
    stages: tuple[StageNeed, ...]

    @property
    def average_deal(self) -> Decimal | None:
        """Return the average won deal the plan works with."""
        return self.won.average

    @property
    def lacking(self) -> tuple[StageNeed, ...]:
        """Return the stages that hold fewer deals than the target needs, in funnel order."""
        return tuple(need for need in self.stages if need.gap is None or need.gap > 0)

    @property
    def covered(self) -> bool:
        """Return True when every stage holds the deals the target needs."""
        return self.deals_to_win is not None and not self.lacking


def plan_target(
    session: Session,
    target: Decimal,
    history_from: datetime,
    now: datetime,
    conversion: Conversion,
) -> TargetPlan:
    """Plan ``target`` (in the reporting currency) from the history since ``history_from``."""
    history = won_deals(session, history_from, now, conversion)
    average_deal = history.average
    if not average_deal:
        return TargetPlan(target, conversion.currency, history, None, ())
    to_win = math.ceil(target / average_deal)
    probability = dict(
        session.execute(
            select(Stage.id, Stage.probability).where(Stage.kind == StageKind.OPEN)
        ).all()
    )
    holding = dict(
        session.execute(
            select(Deal.stage_id, func.count(Deal.id))
            .where(Deal.status == DealStatus.OPEN)
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
        needed = math.ceil(to_win / chance - 1e-9) if chance > 0 else None
        needs.append(
            StageNeed(
                stage.name,
                chance,
                from_history and chance > 0,
                needed,
                holding.get(stage.stage_id, 0),
            )
        )
    return TargetPlan(target, conversion.currency, history, to_win, tuple(needs))
