"""Small questions about the pipeline that the board's dialogs ask: reasons, deals per stage.

The funnel, its figures and the forecast are measured in ``salesdesk.core.analytics``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, DealStatus


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
