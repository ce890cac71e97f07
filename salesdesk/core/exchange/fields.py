"""Checking what a rep or a file gives for a customer's fields: e-mail, phone, tier, date.

Each check returns the value as SalesDesk stores it, or raises ``FieldError`` with words for
the rep. E-mail addresses and phone numbers are checked with well-kept libraries
(email-validator, phonenumbers), not hand-written patterns.
"""

from __future__ import annotations

from datetime import date

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.limits import day_problem
from salesdesk.core.models import BIRTHDAY_NO_YEAR, Tier

# The longest text each customer field takes, the same in the contact editor and the import.
TEXT_LIMITS = {
    "name": 200,
    "company": 200,
    "position": 200,
    "street": 200,
    "postal_code": 20,
    "city": 100,
    "country": 100,
    "notes": 10_000,
}


class FieldError(SalesDeskError):
    """A field value that cannot be stored; the message says why."""


def check_email(text: str) -> str:
    """Return the address normalized (domain lower-cased, Unicode normalized)."""
    # Imported here: the app starts faster without the libraries it needs only for checks.
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError as error:
        reason = str(error).rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        raise FieldError(f"{text.strip()!r} is not an e-mail address: {reason}") from None


def check_phone(text: str, region: str | None = None, *, keep_international: bool = False) -> str:
    """Return the number in international format ("+49 30 1234567").

    A number without a country code is read as one of ``region`` (ISO 3166 code, e.g. "DE").
    With ``keep_international``, a number written with ``+`` and its country code is returned
    as written (an import keeps the file's values).
    """
    import phonenumbers

    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        number = None
    possible = phonenumbers.ValidationResult.IS_POSSIBLE
    if number is None or phonenumbers.is_possible_number_with_reason(number) != possible:
        hint = "" if region else "; start it with + and the country code"
        raise FieldError(f"{text.strip()!r} is not a phone number{hint}")
    if keep_international and text.strip().startswith("+"):
        return text.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_tier(text: str) -> Tier:
    """Return the tier A, B or C (any case)."""
    try:
        return Tier(text.strip().upper())
    except ValueError:
        raise FieldError(f"the tier is A, B or C, not {text.strip()!r}") from None


def check_date(text: str) -> date:
    """Return a date written as YYYY-MM-DD (between 1900 and 2200)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(f"{text.strip()!r} is not a date (write YYYY-MM-DD)") from None
    if (problem := day_problem(day)) is not None:
        raise FieldError(problem)
    return day


def check_birthday(text: str) -> tuple[date, bool]:
    """Return (day, year known) for YYYY-MM-DD, or --MM-DD / --MMDD for a day without a year.

    A birthday without a year is stored in the year BIRTHDAY_NO_YEAR with "year known" false.
    """
    written = text.strip()
    if written.startswith("--"):
        digits = written[2:].replace("-", "")
        try:
            if len(digits) != 4 or not digits.isdigit():
                raise ValueError(written)
            return date(BIRTHDAY_NO_YEAR, int(digits[:2]), int(digits[2:])), False
        except ValueError:
            raise FieldError(
                f"{written!r} is not a birthday (write YYYY-MM-DD or --MM-DD)"
            ) from None
    try:
        day = date.fromisoformat(written)
    except ValueError:
        raise FieldError(f"{written!r} is not a date (write YYYY-MM-DD)") from None
    if (problem := day_problem(day)) is not None:
        raise FieldError(problem)
    return day, True
