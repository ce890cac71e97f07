"""Headline numbers of a database, for the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Customer, Deal, DealStatus, Stage, StageKind


@dataclass(frozen=True, slots=True)
class DatabaseCounts:
    """How many customers and open deals a database holds."""

    customers: int
    open_deals: int


def database_counts(session: Session) -> DatabaseCounts:
    """Return the number of customers and of open deals (as the board counts them)."""
    open_deals = (
        select(func.count(Deal.id))
        .join(Stage, Stage.id == Deal.stage_id)
        .where(
            Deal.status == DealStatus.OPEN,
            Stage.kind == StageKind.OPEN,
            Stage.archived_at.is_(None),
        )
        .scalar_subquery()
    )
    customers = select(func.count(Customer.id)).scalar_subquery()
    row = session.execute(select(customers, open_deals)).one()
    return DatabaseCounts(customers=row[0], open_deals=row[1])
