"""Declarative base, constraint naming convention and the column types the models share."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Stable constraint names make batch migrations (which rebuild SQLite tables) predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of every SalesDesk table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_now() -> datetime:
    """Return the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time: stored as naive UTC, always returned timezone-aware in UTC.

    Naive datetimes are refused: a time without a zone is ambiguous around daylight-saving
    changes, and visits must land in the right hour on a phone calendar.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: give a timezone-aware time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


CENT = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """An exact amount with two decimals, stored as an integer number of cents.

    SQLite has no exact decimal type; integers keep sums exact and fast in SQL.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: object) -> int | None:
        if value is None:
            return None
        return to_cents(value)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        return None if value is None else from_cents(value)


def to_cents(value: Decimal | int | str) -> int:
    """Convert an amount to whole cents; more than two decimals is an error, floats are refused."""
    if isinstance(value, float):
        raise TypeError("money must be a Decimal, an int or a string, never a float")
    amount = Decimal(value)
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    if amount.quantize(CENT, rounding=ROUND_HALF_EVEN) != amount:
        raise ValueError(f"amount {value} has more than two decimals")
    return int(amount.scaleb(2))


def from_cents(cents: int) -> Decimal:
    """Convert whole cents back to an exact amount with two decimals."""
    return Decimal(cents).scaleb(-2).quantize(CENT)


RATE_PLACES = 10  # decimal places an exchange rate keeps
RATE_LIMIT = Decimal(10) ** 8  # rates stay below this: the integer fits 64 bits


class Rate(TypeDecorator[Decimal]):
    """An exact exchange rate with up to ten decimals, stored as an integer of 10^-10 units.

    Integers compare and sort exactly in SQLite and in any other database; a rate never passes
    through a float.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("a rate must be a Decimal, an int or a string, never a float")
        rate = Decimal(value)
        units = rate.scaleb(RATE_PLACES)
        if not rate.is_finite() or units != units.to_integral_value():
            raise ValueError(f"rate {value} has more than {RATE_PLACES} decimals")
        return int(units)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        return None if value is None else plain_decimal(Decimal(value).scaleb(-RATE_PLACES))


def plain_decimal(value: Decimal) -> Decimal:
    """Return ``value`` without trailing zeros after the point, never in exponent form."""
    trimmed = value.normalize()
    return trimmed if trimmed.as_tuple().exponent <= 0 else trimmed.quantize(Decimal(1))  # type: ignore[operator]


def enum_column_type(enum_class: type[enum.Enum], name: str) -> Enum:
    """Store an enum by value in a VARCHAR; its table guards it with ``enum_check``."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=False,
        length=max(len(member.value) for member in enum_class),
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


def enum_check(column: str, enum_class: type[enum.Enum], name: str) -> CheckConstraint:
    """Return the named CHECK that ``column`` holds one of ``enum_class``'s values (or NULL).

    Written as ``column = 'a' OR column = 'b' …`` rather than ``column IN ('a', 'b', …)``:
    SQLite builds a temporary b-tree for an ``IN`` list every time it checks a row, which made
    writing a customer row (three such columns) about three times slower.
    """
    values = [member.value for member in enum_class]
    assert all("'" not in value for value in values)
    return CheckConstraint(" OR ".join(f"{column} = '{value}'" for value in values), name=name)
