"""A customer read from a file, before it is stored, and the report of rows that were refused.

``draft_from`` turns one row's texts (by field name) into a checked ``CustomerDraft``, or a
``RowProblem`` that lists every field that is wrong, not only the first. Values are kept
exactly as the file has them (spaces, line breaks); a value of nothing but whitespace counts
as empty. E-mail addresses are normalized, phone numbers without ``+country`` are written in
international form (those with it are kept as written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exchange.fields import (
    TEXT_LIMITS,
    FieldError,
    check_birthday,
    check_coordinates,
    check_date,
    check_email,
    check_tier,
    checked_phone,
)
from salesdesk.core.i18n import noop, translate
from salesdesk.core.matching import name_key
from salesdesk.core.vocabulary import Tier


class ImportFileError(SalesDeskError):
    """A file that cannot be imported at all (unreadable, no header, no name column)."""


@dataclass(slots=True)
class CustomerDraft:
    """One customer as read from a file line (or vCard), already checked field by field.

    ``tier`` is None when the file does not say (a new customer then gets tier C).
    """

    line: int
    name: str
    company: str | None = None
    position: str | None = None
    tier: Tier | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    latitude: float | None = None  # with longitude, or neither
    longitude: float | None = None
    birthday: date | None = None
    birthday_year_known: bool = True
    last_contact: date | None = None
    notes: str | None = None
    # Matching keys (salesdesk.core.matching), computed once when the row is checked: of
    # the name and company ("" / None: not computed yet) and of ``emails`` and ``phones``.
    name_key: str = ""
    company_key: str | None = None
    email_keys: list[str] = field(default_factory=list)
    phone_keys: list[str | None] = field(default_factory=list)

    def keys(self) -> tuple[str, str | None]:
        """Return the keys of the name and the company, computing them when not yet known."""
        if not self.name_key:
            self.name_key = name_key(self.name)
            self.company_key = name_key(self.company) if self.company else None
        return self.name_key, self.company_key


@dataclass(frozen=True)
class RowProblem:
    """Why the customer starting at ``line`` (to ``end_line``) of the file was not imported."""

    line: int
    reason: str
    end_line: int | None = None

    def __str__(self) -> str:
        if self.end_line is not None and self.end_line > self.line:
            return translate("Import", "lines %1–%2: %3", self.line, self.end_line, self.reason)
        return translate("Import", "line %1: %2", self.line, self.reason)


@dataclass
class ReadResult:
    """What a file held: customers that can be imported, refused rows, and remarks."""

    drafts: list[CustomerDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str = "UTF-8"


def several(text: str) -> list[str]:
    """Split a cell holding several e-mail addresses or phone numbers (``,`` or ``;``)."""
    if "," not in text and ";" not in text:
        return [text.strip()] if text.strip() else []
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _checked(texts: list[str], check: Any, problems: list[str]) -> list[Any]:
    values = []
    for text in texts:
        try:
            values.append(check(text))
        except FieldError as error:
            problems.append(str(error))
    return values


# One whole phrase per field of TEXT_LIMITS: %1 the limit, %2 the length found.
_TOO_LONG = {
    "name": noop("Import", "the name is longer than %1 characters (%2)"),
    "company": noop("Import", "the company is longer than %1 characters (%2)"),
    "position": noop("Import", "the position is longer than %1 characters (%2)"),
    "street": noop("Import", "the street is longer than %1 characters (%2)"),
    "postal_code": noop("Import", "the postal code is longer than %1 characters (%2)"),
    "city": noop("Import", "the city is longer than %1 characters (%2)"),
    "country": noop("Import", "the country is longer than %1 characters (%2)"),
    "notes": noop("Import", "the notes is longer than %1 characters (%2)"),
}


def _limit_problems(text: dict[str, str | None]) -> list[str]:
    found = []
    for key, limit in TEXT_LIMITS.items():
        value = text.get(key)
        if value is not None and len(value) > limit:
            found.append(translate("Import", _TOO_LONG[key], f"{limit:,}", f"{len(value):,}"))
    return found


def draft_from(
    values: dict[str, str], line: int, region: str | None, end_line: int | None = None
) -> CustomerDraft | RowProblem:
    """Check one row's values (field name → text); return the customer or every problem."""
    text: dict[str, str | None] = {
        key: value if value and not value.isspace() else None for key, value in values.items()
    }
    name = text.get("name")
    problems = [] if name is not None else [translate("Import", "name is missing")]
    problems += _limit_problems(text)
    tier = birthday = last_contact = place = None
    year_known = True
    if tier_text := text.get("tier"):
        try:
            tier = check_tier(tier_text)
        except FieldError as error:
            problems.append(str(error))
    if born := text.get("birthday"):
        try:
            birthday, year_known = check_birthday(born)
        except FieldError as error:
            problems.append(str(error))
    try:
        place = check_coordinates(text.get("latitude"), text.get("longitude"))
    except FieldError as error:
        problems.append(str(error))
    if last := text.get("last_contact"):
        try:
            last_contact = check_date(last)
        except FieldError as error:
            problems.append(str(error))
    emails = _checked(several(text.get("email") or ""), check_email, problems)
    phones = _checked(
        several(text.get("phone") or ""),
        lambda number: checked_phone(number, region, keep_international=True),
        problems,
    )
    if problems:
        return RowProblem(line, "; ".join(problems), end_line)
    assert name is not None
    return CustomerDraft(
        line=line,
        name=name,
        company=text.get("company"),
        position=text.get("position"),
        tier=tier,
        emails=emails,
        phones=[number for number, _ in phones],
        street=text.get("street"),
        postal_code=text.get("postal_code"),
        city=text.get("city"),
        country=text.get("country"),
        latitude=place[0] if place else None,
        longitude=place[1] if place else None,
        birthday=birthday,
        birthday_year_known=year_known,
        last_contact=last_contact,
        notes=text.get("notes"),
        name_key=name_key(name),
        company_key=name_key(company) if (company := text.get("company")) else None,
        email_keys=[name_key(email) for email in emails],
        phone_keys=[key for _, key in phones],
    )
