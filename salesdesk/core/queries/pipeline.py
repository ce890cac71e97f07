"""Small questions about the pipeline that the board's dialogs ask: stages, titles, deals.

The funnel, its figures and the forecast are measured in ``salesdesk.core.analytics``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, DealStatus, Stage, StageKind


def open_stages(session: Session) -> list[tuple[int, str]]:
    """Return the current open stages as (id, name) in pipeline order."""
    rows = session.execute(
        select(Stage.id, Stage.name)
        .where(Stage.kind == StageKind.OPEN, Stage.archived_at.is_(None))
        .order_by(Stage.position, Stage.id)
    )
    return [(stage_id, name) for stage_id, name in rows]


def deal_titles(session: Session, deal_ids: Iterable[int]) -> dict[int, str]:
    """Return the titles of the given deals (those that exist)."""
    rows = session.execute(select(Deal.id, Deal.title).where(Deal.id.in_(list(deal_ids))))
    return {deal_id: title for deal_id, title in rows}


def deals_held_per_stage(session: Session) -> dict[int, int]:
    """Return how many open deals sit in each stage (what removing it would move)."""
    rows = session.execute(
        select(Deal.stage_id, func.count(Deal.id))
        .where(Deal.status.in_([DealStatus.OPEN, DealStatus.SUSPENDED]))
        .group_by(Deal.stage_id)
    )
    return {stage_id: count for stage_id, count in rows}


def deals_by_status(session: Session) -> dict[DealStatus, int]:
    """Return how many deals are open, won, lost and on hold (every status is in the result).

    Read with the table's columns: the board reads it before its first paint (no ORM).
    """
    deals = Deal.__table__.c
    rows = session.execute(select(deals.status, func.count(deals.id)).group_by(deals.status))
    found = dict.fromkeys(DealStatus, 0)
    found.update({status: count for status, count in rows})
    return found
