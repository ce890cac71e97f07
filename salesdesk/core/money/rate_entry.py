"""One exchange rate as the rep enters it, and what is wrong with it: one check for every way in.

The rates dialog, a rates file and ``salesdesk rates --set`` all hand over a ``RateEntry``;
``rate_problems`` says in words what cannot be stored, so each refuses the same input alike.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from salesdesk.core.errors import FieldProblem
from salesdesk.core.i18n import translate
from salesdesk.core.limits import day_problem
from salesdesk.core.models.base import RATE_LIMIT, RATE_PLACES
from salesdesk.core.money.formats import known_currency


@dataclass(frozen=True)
class RateEntry:
    """1 ``base`` = ``rate`` ``currency``, valid from ``valid_from`` until the next rate."""

    base: str
    currency: str
    valid_from: date
    rate: Decimal


def normalized(entry: RateEntry) -> RateEntry:
    """Return the entry with its codes trimmed and upper-case."""
    return replace(entry, base=entry.base.strip().upper(), currency=entry.currency.strip().upper())


def _code_problem(field: str, code: str) -> FieldProblem | None:
    if not (len(code) == 3 and code.isascii() and code.isalpha()):
        return FieldProblem(
            field, translate("Rates", "the currency is a three-letter code such as EUR")
        )
    if not known_currency(code):
        return FieldProblem(field, translate("Rates", "%1 is not an ISO 4217 currency code", code))
    return None


def rate_value_problem(rate: Decimal) -> str | None:
    """Return why ``rate`` cannot be a rate, or None."""
    if not rate.is_finite() or rate <= 0:
        return translate("Rates", "the rate must be a positive number")
    if rate >= RATE_LIMIT:
        return translate("Rates", "the rate must be below %1", "100,000,000")
    if rate != rate.quantize(Decimal(1).scaleb(-RATE_PLACES)):
        return translate("Rates", "the rate has more than %1 decimals", RATE_PLACES)
    return None


def rate_problems(entry: RateEntry) -> list[FieldProblem]:
    """Return what is wrong with a (normalized) entry; empty when it can be stored."""
    found = [
        problem
        for problem in (
            _code_problem("base", entry.base),
            _code_problem("currency", entry.currency),
        )
        if problem is not None
    ]
    if not found and entry.base == entry.currency:
        found.append(
            FieldProblem("currency", translate("Rates", "a rate needs two different currencies"))
        )
    if (message := rate_value_problem(entry.rate)) is not None:
        found.append(FieldProblem("rate", message))
    if (message := day_problem(entry.valid_from)) is not None:
        found.append(FieldProblem("valid_from", message))
    return found


def parse_rate(text: str) -> Decimal | None:
    """Read a rate written "1.0856" or "1,0856" (no thousands separators); None if unreadable."""
    cleaned = text.strip()
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    digits = cleaned.removeprefix("-").removeprefix("+")
    if not digits or digits.count(".") > 1 or not all(ch.isdigit() or ch == "." for ch in digits):
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
