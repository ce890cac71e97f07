"""Checking what a rep or a file gives for a customer's fields: e-mail, phone, tier, date.

Each check returns the value as SalesDesk stores it, or raises ``FieldError`` with words for
the rep. E-mail addresses and phone numbers are checked with well-kept libraries
(email-validator, phonenumbers), not hand-written patterns.
"""

from __future__ import annotations

from datetime import date

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.models import Tier


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


def check_phone(text: str, region: str | None = None) -> str:
    """Return the number in international format ("+49 30 1234567").

    A number without a country code is read as one of ``region`` (ISO 3166 code, e.g. "DE").
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
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def check_tier(text: str) -> Tier:
    """Return the tier A, B or C (any case)."""
    try:
        return Tier(text.strip().upper())
    except ValueError:
        raise FieldError(f"the tier is A, B or C, not {text.strip()!r}") from None


def check_date(text: str) -> date:
    """Return a date written as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(f"{text.strip()!r} is not a date (write YYYY-MM-DD)") from None
