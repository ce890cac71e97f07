"""The values SalesDesk can hold: one rule for dates and amounts, shared by every way in.

Editors, imports and the command line all check with these, so a value one of them accepts
never breaks another (an .ics export, the funnel, a time shown in another time zone). Dates
lie between 1900 and 2200; amounts are below 10^13 (exact to the cent, well inside the
64-bit integer of cents that stores them).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from salesdesk.core.i18n import noop, translate

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2200, 12, 31)
AMOUNT_LIMIT = Decimal(10) ** 13  # amounts stay below this
# Whole phrases per name of the amount, so each language words it its own way.
_AMOUNT_PROBLEMS = {
    "amount": (
        noop("Limits", "the amount must be a number"),
        noop("Limits", "the amount is too large (at most %1)"),
        noop("Limits", "the amount has more than two decimals"),
    ),
    "value": (
        noop("Limits", "the value must be a number"),
        noop("Limits", "the value is too large (at most %1)"),
        noop("Limits", "the value has more than two decimals"),
    ),
}
_LARGEST = "9,999,999,999,999.99"


def day_problem(day: date) -> str | None:
    """Return why ``day`` cannot be stored, or None."""
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        return translate(
            "Limits",
            "the date %1 is not between %2 and %3",
            day.isoformat(),
            EARLIEST_DAY.year,
            LATEST_DAY.year,
        )
    return None


def moment_problem(moment: datetime) -> str | None:
    """Return why the point in time ``moment`` (aware) cannot be stored, or None."""
    if moment.tzinfo is None:
        return translate("Limits", "the time needs a time zone")
    return day_problem(moment.astimezone(UTC).date())


def amount_problem(amount: Decimal, what: str = "amount") -> str | None:
    """Return why ``amount`` cannot be stored, or None (negative amounts are the caller's call).

    ``what`` names the amount in the message ("the value is too large"): "amount" or "value".
    """
    not_a_number, too_large, too_precise = _AMOUNT_PROBLEMS[what]
    if not amount.is_finite():
        return translate("Limits", not_a_number)
    if abs(amount) >= AMOUNT_LIMIT:
        return translate("Limits", too_large, _LARGEST)
    if amount != amount.quantize(Decimal("0.01")):
        return translate("Limits", too_precise)
    return None
