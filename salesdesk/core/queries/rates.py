"""The stored exchange rates as the rates dialog and ``salesdesk rates`` list them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import Deal, DealStatus, ExchangeRate
from salesdesk.core.money.totals import Conversion


@dataclass(frozen=True)
class RateRow:
    """One stored rate and the last day it holds (None: until a later rate is entered)."""

    id: int
    base: str
    currency: str
    valid_from: date
    until: date | None
    rate: Decimal


def rate_rows(session: Session) -> list[RateRow]:
    """Return every rate, by pair (currency, then base) and newest first within a pair."""
    rows = session.execute(
        select(
            ExchangeRate.id,
            ExchangeRate.base,
            ExchangeRate.currency,
            ExchangeRate.valid_from,
            ExchangeRate.rate,
        ).order_by(ExchangeRate.currency, ExchangeRate.base, ExchangeRate.valid_from.desc())
    ).all()
    found: list[RateRow] = []
    for rate_id, base, currency, valid_from, rate in rows:
        newer = (
            found[-1]
            if found and (found[-1].base, found[-1].currency) == (base, currency)
            else None
        )
        until = newer.valid_from - timedelta(days=1) if newer is not None else None
        found.append(RateRow(rate_id, base, currency, valid_from, until, rate))
    return found


def deal_currencies(session: Session) -> list[str]:
    """Return the currencies of the open deals, most used first."""
    rows = session.execute(
        select(Deal.currency, func.count(Deal.id))
        .where(Deal.status == DealStatus.OPEN)
        .group_by(Deal.currency)
        .order_by(func.count(Deal.id).desc(), Deal.currency)
    ).all()
    return [currency for currency, _ in rows]


def currencies_without_rate(session: Session, conversion: Conversion) -> list[str]:
    """Return the currencies of open deals that have no rate today to the reporting currency."""
    return [c for c in deal_currencies(session) if conversion.quote(c) is None]
