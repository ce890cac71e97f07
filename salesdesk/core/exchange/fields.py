"""Checking what a rep or a file gives for a customer's fields: e-mail, phone, tier, date, place.

Each check returns the value as SalesDesk stores it, or raises ``FieldError`` with words for
the rep. E-mail addresses and phone numbers are checked with well-kept libraries
(email-validator, phonenumbers), not hand-written patterns.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import noop, translate
from salesdesk.core.limits import day_problem
from salesdesk.core.matching import parsed_phone_key
from salesdesk.core.vocabulary import BIRTHDAY_NO_YEAR, Tier

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


# An unquoted ASCII local part (RFC 5322 dot-atom): such addresses need no more than their
# domain checked by email-validator, once per domain (an import of 200,000 rows has few).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*\Z")


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> str:
    """Return the domain as email-validator normalizes it (raises for a bad one)."""
    from email_validator import validate_email

    return validate_email(f"x@{domain}", check_deliverability=False).domain


def check_email(text: str) -> str:
    """Return the address normalized (domain lower-cased, Unicode normalized).

    Checked by email-validator; for a plain ASCII local part the domain alone is (cached),
    which gives the same answer much faster.
    """
    # Imported here: the app starts faster without the libraries it needs only for checks.
    from email_validator import EmailNotValidError, validate_email

    address = text.strip()
    local, at, domain = address.rpartition("@")
    if at and len(local) <= 64 and len(address) <= 254 and _PLAIN_LOCAL.match(local):
        try:
            return f"{local}@{_checked_domain(domain)}"
        except EmailNotValidError:
            pass  # the whole check below says why
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as error:
        reason = str(error).rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        raise FieldError(
            translate("Import", "%1 is not an e-mail address: %2", repr(address), reason)
        ) from None


def checked_phone(
    text: str, region: str | None = None, *, keep_international: bool = False
) -> tuple[str, str]:
    """Return the number as ``check_phone`` does, and its matching key (E.164), parsed once."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        number = None
    possible = phonenumbers.ValidationResult.IS_POSSIBLE
    if number is None or phonenumbers.is_possible_number_with_reason(number) != possible:
        if region:
            message = translate("Import", "%1 is not a phone number", repr(text.strip()))
        else:
            message = translate(
                "Import",
                "%1 is not a phone number; start it with + and the country code",
                repr(text.strip()),
            )
        raise FieldError(message)
    key = parsed_phone_key(number)
    if keep_international and text.strip().startswith("+"):
        return text.strip(), key
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), key


def check_phone(text: str, region: str | None = None, *, keep_international: bool = False) -> str:
    """Return the number in international format ("+49 30 1234567").

    A number without a country code is read as one of ``region`` (ISO 3166 code, e.g. "DE").
    With ``keep_international``, a number written with ``+`` and its country code is returned
    as written (an import keeps the file's values).
    """
    return checked_phone(text, region, keep_international=keep_international)[0]


def check_tier(text: str) -> Tier:
    """Return the tier A, B or C (any case)."""
    try:
        return Tier(text.strip().upper())
    except ValueError:
        raise FieldError(
            translate("Import", "the tier is A, B or C, not %1", repr(text.strip()))
        ) from None


def check_date(text: str) -> date:
    """Return a date written as YYYY-MM-DD (between 1900 and 2200)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(
            translate("Import", "%1 is not a date (write YYYY-MM-DD)", repr(text.strip()))
        ) from None
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
                translate(
                    "Import", "%1 is not a birthday (write YYYY-MM-DD or --MM-DD)", repr(written)
                )
            ) from None
    try:
        day = date.fromisoformat(written)
    except ValueError:
        raise FieldError(
            translate("Import", "%1 is not a date (write YYYY-MM-DD)", repr(written))
        ) from None
    if (problem := day_problem(day)) is not None:
        raise FieldError(problem)
    return day, True


# Whole phrases for each of the two degrees, so each language words them its own way.
_DEGREES_PROBLEMS = {
    "latitude": (
        noop("Import", "%1 is not a latitude (write degrees like 40.4168)"),
        noop("Import", "the latitude is -%1 to %1 degrees, not %2"),
    ),
    "longitude": (
        noop("Import", "%1 is not a longitude (write degrees like 40.4168)"),
        noop("Import", "the longitude is -%1 to %1 degrees, not %2"),
    ),
}


def _degrees(text: str, limit: int, what: str) -> float:
    """Return ``text`` as degrees within ±``limit``, written with a decimal point."""
    written = text.strip()
    not_degrees, out_of_range = _DEGREES_PROBLEMS[what]
    try:
        value = float(written)
    except ValueError:
        raise FieldError(translate("Import", not_degrees, repr(written))) from None
    if not math.isfinite(value) or not -limit <= value <= limit:
        raise FieldError(translate("Import", out_of_range, limit, written))
    return value


def check_coordinates(latitude: str | None, longitude: str | None) -> tuple[float, float] | None:
    """Return (latitude, longitude) in degrees, or None when both are empty.

    One without the other is refused: a route measured from half a place would be wrong.
    """
    lat, lon = (latitude or "").strip(), (longitude or "").strip()
    if not lat and not lon:
        return None
    if not lat or not lon:
        raise FieldError(translate("Import", "give both latitude and longitude, or neither"))
    return _degrees(lat, 90, "latitude"), _degrees(lon, 180, "longitude")


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Return the coordinates written "40.4168, -3.7038" (comma, semicolon or space), or None."""
    parts = text.replace(";", ",").replace(",", " ").split()
    if not parts:
        return None
    if len(parts) != 2:
        raise FieldError(
            translate(
                "Import",
                "%1 is not a place: write latitude, longitude (40.4168, -3.7038)",
                repr(text.strip()),
            )
        )
    return check_coordinates(parts[0], parts[1])


def degrees_text(value: float | None) -> str:
    """Return degrees as written into files: the shortest text that reads back the same."""
    return "" if value is None else repr(value)
