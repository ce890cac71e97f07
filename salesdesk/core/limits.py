"""The values SalesDesk can hold: one rule for dates and amounts, shared by every way in.

Editors, imports and the command line all check with these, so a value one of them accepts
never breaks another (an .ics export, the funnel, a time shown in another time zone). Dates
lie between 1900 and 2200; amounts are below 10^13 (exact to the cent, well inside the
64-bit integer of cents that stores them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2200, 12, 31)
AMOUNT_LIMIT = Decimal(10) ** 13  # amounts stay below this
_RANGE = f"between {EARLIEST_DAY.year} and {LATEST_DAY.year}"


def day_problem(day: date) -> str | None:
    """Return why ``day`` cannot be stored, or None."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        return f"the date {day.isoformat()} is not {_RANGE}"
    return None


def moment_problem(moment: datetime) -> str | None:
    """Return why the point in time ``moment`` (aware) cannot be stored, or None."""
    if moment.tzinfo is None:
        return "the time needs a time zone"
    return day_problem(moment.astimezone(UTC).date())


def amount_problem(amount: Decimal, what: str = "amount") -> str | None:
    """Return why ``amount`` cannot be stored, or None (negative amounts are the caller's call).

    ``what`` names the amount in the message ("the value is too large").
    """
    if not amount.is_finite():
        return f"the {what} must be a number"
    if abs(amount) >= AMOUNT_LIMIT:
        return f"the {what} is too large (at most 9,999,999,999,999.99)"
    if amount != amount.quantize(Decimal("0.01")):
        return f"the {what} has more than two decimals"
    return None
