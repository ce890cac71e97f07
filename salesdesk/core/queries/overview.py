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
    """Return the number of customers and of open deals (as the board counts them).

    Read with the tables' columns (no ORM statement): the window reads it before its first
    paint, when mapping the classes would cost more than the query.
    """
    deals, stages = Deal.__table__, Stage.__table__
    open_deals = (
        select(func.count(deals.c.id))
        .select_from(deals)
        .join(stages, stages.c.id == deals.c.stage_id)
        .where(
            deals.c.status == DealStatus.OPEN,
            stages.c.kind == StageKind.OPEN,
            stages.c.archived_at.is_(None),
        )
        .scalar_subquery()
    )
    customers = select(func.count(Customer.__table__.c.id)).scalar_subquery()
    row = session.execute(select(customers, open_deals)).one()
    return DatabaseCounts(customers=row[0], open_deals=row[1])
