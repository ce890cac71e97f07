"""Sums per currency in SQL: the integer cents column, exact; ``core.money`` converts them.

A weighted value is summed as cents × percent (an exact integer), so a stage's weighted value
does not drift with the number of deals in it; it is rounded only as part of a converted total.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, func, type_coerce

from salesdesk.core.models import Deal, Stage

CENT = Decimal("0.01")


def value_cents() -> ColumnElement[int]:
    """Return the deal value as its raw integer cents.

    ``Deal.value`` is typed ``Money``, which would also convert any number it is multiplied
    with into cents (``Deal.value * 3`` binds 300); arithmetic therefore uses the raw integer.
    """
    return type_coerce(Deal.value, BigInteger)


def effective_probability() -> ColumnElement[int]:
    """Return a deal's win probability in percent: its own override, else its stage's."""
    return func.coalesce(Deal.probability_override, Stage.probability)


def weighted_cent_percent_sum() -> ColumnElement[int]:
    """Return the SQL sum of value in cents × probability in percent (exact integers)."""
    return func.coalesce(func.sum(value_cents() * effective_probability()), 0)


def cents_sum() -> ColumnElement[int]:
    """Return the SQL sum of deal values in cents (0 when there are no deals)."""
    return func.coalesce(func.sum(value_cents()), 0)


def from_cents(total: int) -> Decimal:
    """Convert whole cents to an amount with two decimals."""
    return Decimal(total).scaleb(-2).quantize(CENT)
