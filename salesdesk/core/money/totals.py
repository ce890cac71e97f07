"""One number for amounts in several currencies: the total in the reporting currency.

A ``Total`` keeps, per currency, what that currency gave, what it came to in the reporting
currency and what could not be converted for want of a rate. Amounts without a rate are never
dropped silently nor added raw: they stay in ``missing`` and every screen says so.

Rounding happens once: each currency's exact sum is multiplied by its exact factor, the
products are added, and only the total is rounded, half to even, to the reporting currency's
smallest unit. Open deals and forecasts convert at the rate valid today; won deals at the
rate valid on their close day (``dated_total``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from salesdesk.core.money.formats import rounded
from salesdesk.core.money.rates import Quote, RateBook, load_book
from salesdesk.core.queries.preferences import reporting_currency

ZERO = Decimal(0)


@dataclass(frozen=True)
class Part:
    """What one currency gave to a total.

    ``amount`` is in the currency itself; ``converted`` is the part of it that had a rate, in
    the reporting currency and not yet rounded; ``left_out`` is the rest, in the currency
    itself (an amount no rate was found for). ``quotes`` are the conversions used, one per
    distinct rate (several when won deals closed on days with different rates).
    """

    currency: str
    amount: Decimal
    converted: Decimal
    left_out: Decimal
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Total:
    """Amounts of several currencies as one amount in ``currency``, and how it was made."""

    currency: str
    parts: tuple[Part, ...] = ()
    amount: Decimal = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", rounded(self.exact, self.currency))

    @property
    def exact(self) -> Decimal:
        """Return the converted total before its one rounding."""
        return sum((part.converted for part in self.parts), ZERO)

    @property
    def converted(self) -> bool:
        """Return True when any part of the amount was converted from another currency."""
        return any(p.currency != self.currency and p.converted != ZERO for p in self.parts)

    @property
    def missing(self) -> tuple[Part, ...]:
        """Return the parts with an amount that had no rate."""
        return tuple(part for part in self.parts if part.left_out != ZERO)

    @property
    def foreign(self) -> tuple[Part, ...]:
        """Return the parts in other currencies than the reporting one."""
        return tuple(part for part in self.parts if part.currency != self.currency)

    @property
    def by_currency(self) -> dict[str, Decimal]:
        """Return each currency's own amount (code → amount), in the order of the parts."""
        return {part.currency: part.amount for part in self.parts}


def _order(parts: Iterable[Part], currency: str) -> tuple[Part, ...]:
    """Return the parts: the reporting currency first, then by size, those without a rate last."""
    return tuple(
        sorted(
            parts,
            key=lambda p: (p.currency != currency, p.left_out != ZERO, -p.converted, p.currency),
        )
    )


@dataclass(frozen=True)
class Conversion:
    """The reporting currency, the day it stands for (today) and the rates to reach it."""

    currency: str
    today: date
    book: RateBook
    # Quotes looked up already, by currency and day: won deals ask for the same days again.
    _quotes: dict[tuple[str, date], Quote | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def quote(self, currency: str, day: date | None = None) -> Quote | None:
        """Return how ``currency`` becomes the reporting currency on ``day`` (else today)."""
        key = (currency, day or self.today)
        if key not in self._quotes:
            self._quotes[key] = self.book.quote(currency, self.currency, key[1])
        return self._quotes[key]

    def amount(self, amount: Decimal, currency: str, day: date | None = None) -> Decimal | None:
        """Return one amount in the reporting currency (rounded), or None without a rate."""
        quote = self.quote(currency, day)
        return None if quote is None else rounded(amount * quote.factor, self.currency)

    def total(self, amounts: Mapping[str, Decimal], day: date | None = None) -> Total:
        """Return the total of per-currency amounts, all converted at the rates of one day."""
        parts = []
        for currency, amount in amounts.items():
            quote = self.quote(currency, day)
            if quote is None:
                parts.append(Part(currency, amount, ZERO, amount))
            else:
                quotes = (quote,) if quote.rates else ()
                parts.append(Part(currency, amount, amount * quote.factor, ZERO, quotes))
        return Total(self.currency, _order(parts, self.currency))

    def dated_total(self, items: Iterable[tuple[str, date, Decimal]]) -> Total:
        """Return the total of (currency, day, amount) items, each at its own day's rate."""
        sums: dict[tuple[str, date], Decimal] = defaultdict(lambda: ZERO)
        for currency, day, amount in items:
            sums[(currency, day)] += amount
        amounts: dict[str, Decimal] = defaultdict(lambda: ZERO)
        converted: dict[str, Decimal] = defaultdict(lambda: ZERO)
        left_out: dict[str, Decimal] = defaultdict(lambda: ZERO)
        quotes: dict[str, dict[tuple[object, ...], Quote]] = defaultdict(dict)
        for (currency, day), amount in sums.items():
            amounts[currency] += amount
            quote = self.quote(currency, day)
            if quote is None:
                left_out[currency] += amount
                continue
            converted[currency] += amount * quote.factor
            if quote.rates:
                quotes[currency][quote.rates] = quote
        parts = [
            Part(
                currency,
                amounts[currency],
                converted[currency],
                left_out[currency],
                tuple(quotes[currency][key] for key in sorted(quotes[currency], key=_rate_key)),
            )
            for currency in amounts
        ]
        return Total(self.currency, _order(parts, self.currency))


def _rate_key(rates: tuple[object, ...]) -> tuple[date, ...]:
    return tuple(rate.valid_from for rate in rates)  # type: ignore[attr-defined]


def load_conversion(
    session: Session, today: date, first: date | None = None, last: date | None = None
) -> Conversion:
    """Return the conversion to the database's reporting currency as of ``today``.

    Rates are read for today and, when given, for the days ``first`` to ``last`` (the close
    days of won deals).
    """
    days = [today, *(day for day in (first, last) if day is not None)]
    return Conversion(reporting_currency(session), today, load_book(session, min(days), max(days)))
