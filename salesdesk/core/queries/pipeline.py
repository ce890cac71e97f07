"""The open funnel: deals grouped by stage in pipeline order, and the weighted forecast.

"Open" means a deal whose status is open and whose stage is an open, not archived stage;
suspended deals are on hold and stay out of both the board list and the forecast.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, DealStatus, Stage, StageKind
from salesdesk.core.queries.money import (
    Totals,
    cents_sum,
    from_cent_percent,
    from_cents,
    totals_from,
    weighted_cent_percent_sum,
)


@dataclass(frozen=True, slots=True)
class StageForecast:
    """What one open stage is worth: deal count, value and value × win probability."""

    stage_id: int
    name: str
    probability: int
    deal_count: int
    total: Totals
    weighted: Totals


@dataclass(frozen=True, slots=True)
class Forecast:
    """The open pipeline per stage, its totals, and how closed deals ended."""

    stages: tuple[StageForecast, ...]
    open_count: int
    total: Totals
    weighted: Totals
    won_count: int
    lost_count: int

    @property
    def win_rate(self) -> Decimal | None:
        """Return won / (won + lost) as a fraction, or None while no deal is closed."""
        closed = self.won_count + self.lost_count
        return None if closed == 0 else Decimal(self.won_count) / Decimal(closed)

    @property
    def deal_count(self) -> int:
        """Return the number of open and closed deals together."""
        return self.open_count + self.won_count + self.lost_count


def _open_stages(session: Session) -> list[tuple[int, str, int, int | None]]:
    query = (
        select(Stage.id, Stage.name, Stage.probability, Stage.rot_days)
        .where(Stage.kind == StageKind.OPEN, Stage.archived_at.is_(None))
        .order_by(Stage.position, Stage.id)
    )
    return [(row.id, row.name, row.probability, row.rot_days) for row in session.execute(query)]


def _open_deals(query: Select[Any]) -> Select[Any]:
    return query.join(Stage, Stage.id == Deal.stage_id).where(
        Deal.status == DealStatus.OPEN,
        Stage.kind == StageKind.OPEN,
        Stage.archived_at.is_(None),
    )


def _stage_sums(session: Session) -> dict[int, list[tuple[str, int, int, int]]]:
    """Return stage id -> [(currency, deal count, cents, cents × percent)], one SQL query."""
    query = _open_deals(
        select(
            Deal.stage_id, Deal.currency, func.count(Deal.id), cents_sum(),
            weighted_cent_percent_sum(),
        )
    ).group_by(Deal.stage_id, Deal.currency)  # fmt: skip
    sums: dict[int, list[tuple[str, int, int, int]]] = defaultdict(list)
    for stage_id, currency, count, cents, weighted in session.execute(query):
        sums[stage_id].append((currency, count, cents, weighted))
    return sums


def pipeline_forecast(session: Session) -> Forecast:
    """Return deal count, value and weighted value per open stage, and the closed outcomes."""
    sums = _stage_sums(session)
    stages = []
    for stage_id, name, probability, _rot_days in _open_stages(session):
        rows = sums[stage_id]
        stages.append(
            StageForecast(
                stage_id=stage_id,
                name=name,
                probability=probability,
                deal_count=sum(count for _, count, _, _ in rows),
                total=totals_from((cur, from_cents(cents)) for cur, _, cents, _ in rows),
                weighted=totals_from((cur, from_cent_percent(w)) for cur, _, _, w in rows),
            )
        )
    closed = dict(
        session.execute(
            select(Deal.status, func.count(Deal.id))
            .where(Deal.status.in_((DealStatus.WON, DealStatus.LOST)))
            .group_by(Deal.status)
        ).all()
    )
    return Forecast(
        stages=tuple(stages),
        open_count=sum(stage.deal_count for stage in stages),
        total=totals_from(item for s in stages for item in _pairs(s.total)),
        weighted=_weighted_total(sums),
        won_count=closed.get(DealStatus.WON, 0),
        lost_count=closed.get(DealStatus.LOST, 0),
    )


def _pairs(totals: Totals) -> list[tuple[str, Decimal]]:
    return [(total.currency, total.amount) for total in totals]


def _weighted_total(sums: dict[int, list[tuple[str, int, int, int]]]) -> Totals:
    """Round the pipeline's weighted total once, not stage by stage."""
    exact: dict[str, int] = defaultdict(int)
    for rows in sums.values():
        for currency, _count, _cents, weighted in rows:
            exact[currency] += weighted
    return totals_from((currency, from_cent_percent(w)) for currency, w in exact.items())


def earlier_lost_reasons(session: Session, limit: int = 30) -> list[str]:
    """Return lost reasons given before, most used first, to offer them again."""
    count = func.count(Deal.id)
    rows = session.execute(
        select(Deal.lost_reason, count)
        .where(Deal.lost_reason.is_not(None))
        .group_by(Deal.lost_reason)
        .order_by(count.desc(), Deal.lost_reason)
        .limit(limit)
    )
    return [reason for reason, _ in rows]


def deals_held_per_stage(session: Session) -> dict[int, int]:
    """Return how many open or on-hold deals sit in each stage (what removing it would move)."""
    rows = session.execute(
        select(Deal.stage_id, func.count(Deal.id))
        .where(Deal.status.in_([DealStatus.OPEN, DealStatus.SUSPENDED]))
        .group_by(Deal.stage_id)
    )
    return {stage_id: count for stage_id, count in rows}
