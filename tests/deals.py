"""Deals for tests: an open deal in a stage, entered with its stage move (as the app makes it)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, StageMove


def open_deal(
    session: Session,
    title: str,
    customer_id: int,
    stage_id: int,
    value: Decimal,
    at: datetime,
    currency: str = "EUR",
) -> int:
    """Add an open deal made and entered into ``stage_id`` at ``at``; return its id."""
    deal = Deal(
        title=title,
        customer_id=customer_id,
        stage_id=stage_id,
        value=value,
        currency=currency,
        stage_entered_at=at,
        created_at=at,
    )
    session.add(deal)
    session.flush()
    session.add(StageMove(deal_id=deal.id, to_stage_id=stage_id, moved_at=at))
    return deal.id
