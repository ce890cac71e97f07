"""What a customer's deals are worth, in the reporting currency: open now, and won so far."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import Deal, DealStatus
from salesdesk.core.money.totals import Total, load_conversion


@dataclass(frozen=True)
class DealValues:
    """A customer's open deals (at today's rates) and won deals (each at its close day's)."""

    open_count: int
    open: Total
    won_count: int
    won: Total


def deal_values(session: Session, customer_id: int, today: date) -> DealValues:
    """Return the value of the customer's open and won deals, one total each."""
    rows = session.execute(
        select(Deal.status, Deal.currency, Deal.value, Deal.closed_at).where(
            Deal.customer_id == customer_id,
            Deal.status.in_([DealStatus.OPEN, DealStatus.WON]),
        )
    ).all()
    won = [
        (currency, local_time.local_day(closed) if closed else today, value)
        for status, currency, value, closed in rows
        if status is DealStatus.WON
    ]
    first = min((day for _, day, _ in won), default=today)
    conversion = load_conversion(session, today, first, today)
    open_sums: dict[str, Decimal] = defaultdict(Decimal)
    for status, currency, value, _ in rows:
        if status is DealStatus.OPEN:
            open_sums[currency] += value
    return DealValues(
        open_count=sum(1 for status, *_ in rows if status is DealStatus.OPEN),
        open=conversion.total(open_sums),
        won_count=len(won),
        won=conversion.dated_total(won),
    )
