"""Which exchange rate holds on a day, and how an amount becomes the reporting currency.

A stored rate says that one ``base`` is worth ``rate`` ``currency`` from its ``valid_from``
day until the next rate of the same pair. Converting from X to the reporting currency R on a
day uses a rate of the pair quoted per R (divide by it) or per X (multiply), whichever was
set the later day (per R when both are of one day), else two rates of one common base B
(divide by B's rate of X, multiply by B's rate of R). So rates published per euro keep
working when the reporting currency becomes the dollar. The factors are exact decimals (28
significant digits); nothing is rounded here.

A ``RateBook`` holds the rates of a span of days, read once: the latest rate of each pair
before the span, and every rate within it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import ExchangeRate

Pair = tuple[str, str]  # (base, currency)


@dataclass(frozen=True)
class StoredRate:
    """One stored rate: 1 ``base`` = ``rate`` ``currency`` from ``valid_from`` on."""

    base: str
    currency: str
    valid_from: date
    rate: Decimal


@dataclass(frozen=True)
class Quote:
    """How ``currency`` becomes ``target`` on a day: multiply by ``factor``.

    ``rates`` are the stored rates it was made of (one, or two across a common base).
    """

    currency: str
    target: str
    factor: Decimal
    rates: tuple[StoredRate, ...]


class RateBook:
    """The rates of some days, by pair and day, to look conversions up in."""

    def __init__(self, rates: list[StoredRate]) -> None:
        by_pair: dict[Pair, list[StoredRate]] = defaultdict(list)
        for rate in sorted(rates, key=lambda r: (r.base, r.currency, r.valid_from)):
            by_pair[(rate.base, rate.currency)].append(rate)
        self._rates = dict(by_pair)
        self._days = {pair: [r.valid_from for r in found] for pair, found in self._rates.items()}
        self._bases: dict[str, set[str]] = defaultdict(set)  # currency -> bases quoting it
        for base, currency in self._rates:
            self._bases[currency].add(base)

    def change_days(self, first: date, last: date) -> list[date]:
        """Return the days after ``first`` up to ``last`` on which some rate starts, sorted.

        Between two such days no quote of the book changes, whatever the currencies.
        """
        return sorted({day for days in self._days.values() for day in days if first < day <= last})

    def __len__(self) -> int:
        return sum(len(found) for found in self._rates.values())

    def rate_on(self, base: str, currency: str, day: date) -> StoredRate | None:
        """Return the rate of the pair that holds on ``day`` (the latest from before it)."""
        days = self._days.get((base, currency))
        if not days:
            return None
        index = bisect.bisect_right(days, day) - 1
        return self._rates[(base, currency)][index] if index >= 0 else None

    def quote(self, currency: str, target: str, day: date) -> Quote | None:
        """Return how ``currency`` becomes ``target`` on ``day``, or None without a rate."""
        if currency == target:
            return Quote(currency, target, Decimal(1), ())
        direct = self.rate_on(target, currency, day)
        inverse = self.rate_on(currency, target, day)
        if inverse is not None and (direct is None or inverse.valid_from > direct.valid_from):
            return Quote(currency, target, inverse.rate, (inverse,))
        if direct is not None:
            return Quote(currency, target, 1 / direct.rate, (direct,))
        for base in sorted(self._bases[currency] & self._bases[target]):
            of_currency = self.rate_on(base, currency, day)
            of_target = self.rate_on(base, target, day)
            if of_currency is not None and of_target is not None:
                factor = of_target.rate / of_currency.rate
                return Quote(currency, target, factor, (of_currency, of_target))
        return None


def load_book(session: Session, first: date, last: date) -> RateBook:
    """Read the rates that hold on any day from ``first`` to ``last``.

    Per pair: every rate valid from a day up to ``last``, except those replaced by a later
    one on or before ``first`` (one indexed look-up per rate). Read with the table's columns:
    the board reads it before its first paint (no ORM statement).
    """
    rates = ExchangeRate.__table__
    later = rates.alias("later")
    replaced = (
        select(later.c.id)
        .where(
            later.c.base == rates.c.base,
            later.c.currency == rates.c.currency,
            later.c.valid_from > rates.c.valid_from,
            later.c.valid_from <= first,
        )
        .exists()
    )
    rows = session.execute(
        select(rates.c.base, rates.c.currency, rates.c.valid_from, rates.c.rate_units).where(
            rates.c.valid_from <= last, ~replaced
        )
    ).all()
    return RateBook([StoredRate(*row) for row in rows])


def rate_count(session: Session) -> int:
    """Return how many rates are stored."""
    return session.scalar(select(func.count(ExchangeRate.id))) or 0
