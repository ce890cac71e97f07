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

from sqlalchemy import case, func, literal, select
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


MAX_RATE_PERIODS = 400  # beyond, won deals are read one by one instead of summed per period


def won_deals(session: Session, start: datetime, end: datetime, conversion: Conversion) -> WonDeals:
    """Return the deals won from ``start`` (inclusive) to ``end`` (exclusive).

    Deals in the reporting currency are summed in SQLite. So are the others, per currency and
    *rate period*: the stretches of local days between two days on which some rate starts, in
    which every quote stays the same; each period's sum converts at the rate of its first day.
    Only when rates change on more than ``MAX_RATE_PERIODS`` days of the span are the deals
    read one by one, each with its close day.
    """
    first = local_time.local_day(start)
    last = local_time.local_day(end - timedelta(microseconds=1))
    won = (Deal.status == DealStatus.WON, Deal.closed_at >= start, Deal.closed_at < end)
    days = conversion.book.change_days(first, last)
    if len(days) <= MAX_RATE_PERIODS:
        starts = [first, *days]
        period = (
            case(
                *(
                    (Deal.closed_at < local_time.day_start(day), index)
                    for index, day in enumerate(days)
                ),
                else_=len(days),
            )
            if days
            else literal(0)
        )
        rows = session.execute(
            select(Deal.currency, period, func.count(Deal.id), func.sum(value_cents()))
            .where(*won)
            .group_by(Deal.currency, period)
        ).all()
        counted = [
            (currency, starts[index], count, cents) for currency, index, count, cents in rows
        ]
    else:
        rows = session.execute(
            select(Deal.currency, Deal.closed_at, value_cents()).where(*won)
        ).all()
        counted = [
            (currency, local_time.local_day(closed), 1, cents) for currency, closed, cents in rows
        ]
    home = conversion.currency
    items = [
        (currency, conversion.today if currency == home else day, from_cents(cents))
        for currency, day, _, cents in counted
    ]
    return WonDeals(
        first=first,
        last=last,
        count=sum(count for *_, count, _ in counted),
        value=conversion.dated_total(items),
        converted=sum(
            count
            for currency, day, count, _ in counted
            if currency == home or conversion.quote(currency, day) is not None
        ),
    )
