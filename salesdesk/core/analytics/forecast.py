"""What the open pipeline is expected to bring in, and the follow-ups that are late.

Definitions:

- *Weighted forecast* of a period (this month, this quarter: calendar periods of the rep's
  local days): the open deals in an open stage whose expected close date lies in the period,
  each counted at value × its win probability (the deal's own override, else its stage's),
  summed exactly per currency and converted at today's rates into the reporting currency
  (one rounding, of the total). The date decides, whether or not it has passed: a deal dated the 3rd
  that is still open on the 14th is in this month's forecast. Deals without an expected close
  date are in no period's forecast.
- *Slipped deals*: open deals whose expected close date lies before today — counted apart so the
  rep gives them a new date (those dated before the quarter are in neither forecast).
- *Overdue follow-ups*: activities (visits, calls, e-mails, tasks) still planned although their
  day has passed — the same ones the Visits area lists as overdue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import Activity, ActivityStatus, Deal, DealStatus, Stage, StageKind
from salesdesk.core.money.totals import Conversion, Total
from salesdesk.core.queries.money import cents_sum, from_cents, weighted_cent_percent_sum


@dataclass(frozen=True)
class Forecast:
    """The open deals expected to close from ``first`` to ``last`` (both included)."""

    first: date
    last: date
    deals: int
    value: Total  # their full value
    weighted: Total  # value × win probability, per currency exact, rounded once in total


def month_of(today: date) -> tuple[date, date]:
    """Return the first and last day of the calendar month holding ``today``."""
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def quarter_of(today: date) -> tuple[date, date]:
    """Return the first and last day of the calendar quarter holding ``today``."""
    first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    following = (first + timedelta(days=95)).replace(day=1)
    return first, following - timedelta(days=1)


def year_of(today: date) -> tuple[date, date]:
    """Return the first and last day of the calendar year holding ``today``."""
    return date(today.year, 1, 1), date(today.year, 12, 31)


def _open_deals_where(*conditions: ColumnElement[bool]) -> Select[Any]:
    """Return count, cents and cents × percent per currency of the open deals matching."""
    return (
        select(Deal.currency, func.count(Deal.id), cents_sum(), weighted_cent_percent_sum())
        .join(Stage, Stage.id == Deal.stage_id)
        .where(
            Deal.status == DealStatus.OPEN,
            Stage.kind == StageKind.OPEN,
            Stage.archived_at.is_(None),
            *conditions,
        )
        .group_by(Deal.currency)
    )


def weighted_forecast(
    session: Session, first: date, last: date, conversion: Conversion
) -> Forecast:
    """Return the weighted forecast of the open deals expected to close in ``first``..``last``.

    Amounts are converted at the rates of ``conversion``'s day (today).
    """
    rows = session.execute(
        _open_deals_where(Deal.expected_close >= first, Deal.expected_close <= last)
    ).all()
    return Forecast(
        first,
        last,
        deals=sum(count for _, count, _, _ in rows),
        value=conversion.total({currency: from_cents(cents) for currency, _, cents, _ in rows}),
        weighted=conversion.total(
            {currency: Decimal(w).scaleb(-4) for currency, _, _, w in rows}  # exact
        ),
    )


def slipped_deals(session: Session, today: date) -> int:
    """Return how many open deals have an expected close date before ``today``."""
    return (
        session.scalar(
            select(func.count(Deal.id))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(
                Deal.status == DealStatus.OPEN,
                Stage.kind == StageKind.OPEN,
                Deal.expected_close < today,
            )
        )
        or 0
    )


def overdue_follow_ups(session: Session, today: date) -> int:
    """Return how many activities are still planned although their (local) day has passed."""
    before = local_time.day_start(today)
    return (
        session.scalar(
            select(func.count(Activity.id)).where(
                Activity.status == ActivityStatus.PLANNED, Activity.starts_at < before
            )
        )
        or 0
    )
