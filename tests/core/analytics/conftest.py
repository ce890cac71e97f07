"""Hand-built stage histories for the analytics tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from salesdesk.core.models import Customer, Deal, DealStatus, Stage, StageMove
from salesdesk.core.store import Database

START = datetime(2026, 4, 1, tzinfo=UTC)
END = datetime(2026, 7, 1, tzinfo=UTC)


def day(n: int) -> datetime:
    return START + timedelta(days=n)


@pytest.fixture
def stage(database: Database) -> dict[str, int]:
    with database.sessions() as s:
        return {row.name: row.id for row in s.scalars(select(Stage))}


def history(
    database: Database,
    stage: dict[str, int],
    title: str,
    path: list[tuple[str, int]],
    status: DealStatus = DealStatus.OPEN,
    currency: str = "EUR",
) -> None:
    """Add a deal that went through ``path`` (stage name, day) and now sits at its end."""
    with database.transaction() as s:
        customer = Customer(name=f"Customer {title}")
        s.add(customer)
        s.flush()
        deal = Deal(
            title=title,
            customer_id=customer.id,
            stage_id=stage[path[-1][0]],
            status=status,
            value=Decimal("100.00"),
            currency=currency,
            closed_at=None if status == DealStatus.OPEN else day(path[-1][1]),
        )
        s.add(deal)
        s.flush()
        previous = None
        for name, when in path:
            s.add(
                StageMove(
                    deal_id=deal.id,
                    from_stage_id=previous,
                    to_stage_id=stage[name],
                    moved_at=day(when),
                )
            )
            previous = stage[name]
