"""The deals won in a span of days and the average won deal: one definition for every figure.

*Average won deal*: the value of the deals won (closed as won) in the span, each converted
into the reporting currency at the rate valid on its close day, divided by the number of those
deals; rounded once. A won deal whose currency has no rate on its close day is left out of the
average and named in ``value.missing``. The key figures measure it over the period shown, the
target planner over the last twelve months: both through ``won_deals``, each labelled with its
days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import Deal, DealStatus
from salesdesk.core.money.formats import rounded
from salesdesk.core.money.totals import Conversion, Total
from salesdesk.core.queries.money import from_cents, value_cents


@dataclass(frozen=True)
class WonDeals:
    """The deals won from ``first`` to ``last`` (local days, both included) and their value."""

    first: date
    last: date
    count: int  # every deal won in the span
    value: Total  # their value, each at its close day's rate (those without a rate left out)
    converted: int  # the deals in ``value``

    @property
    def average(self) -> Decimal | None:
        """Return the average won deal in the reporting currency, or None without one."""
        if not self.converted:
            return None
        return rounded(self.value.exact / self.converted, self.value.currency)


def won_deals(session: Session, start: datetime, end: datetime, conversion: Conversion) -> WonDeals:
    """Return the deals won from ``start`` (inclusive) to ``end`` (exclusive).

    Deals in the reporting currency are summed in SQLite; the others are read one by one with
    their close time, to convert each at the rate of its (local) close day.
    """
    won = (Deal.status == DealStatus.WON, Deal.closed_at >= start, Deal.closed_at < end)
    home_count, home_cents = session.execute(
        select(func.count(Deal.id), func.coalesce(func.sum(value_cents()), 0)).where(
            *won, Deal.currency == conversion.currency
        )
    ).one()
    foreign = session.execute(
        select(Deal.currency, Deal.closed_at, value_cents()).where(
            *won, Deal.currency != conversion.currency
        )
    ).all()
    items = [
        (currency, local_time.local_day(closed), from_cents(cents))
        for currency, closed, cents in foreign
    ]
    if home_count:
        items.append((conversion.currency, conversion.today, from_cents(home_cents)))
    with_rate = sum(
        1 for currency, day, _ in items[: len(foreign)] if conversion.quote(currency, day)
    )
    return WonDeals(
        first=local_time.local_day(start),
        last=local_time.local_day(end - timedelta(microseconds=1)),
        count=home_count + len(foreign),
        value=conversion.dated_total(items),
        converted=home_count + with_rate,
    )
