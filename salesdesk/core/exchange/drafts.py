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

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exchange.fields import (
    TEXT_LIMITS,
    FieldError,
    check_birthday,
    check_date,
    check_email,
    check_phone,
    check_tier,
)
from salesdesk.core.models import Tier


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
    birthday: date | None = None
    birthday_year_known: bool = True
    last_contact: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RowProblem:
    """Why the customer starting at ``line`` (to ``end_line``) of the file was not imported."""

    line: int
    reason: str
    end_line: int | None = None

    def __str__(self) -> str:
        if self.end_line is not None and self.end_line > self.line:
            return f"lines {self.line}–{self.end_line}: {self.reason}"
        return f"line {self.line}: {self.reason}"


@dataclass
class ReadResult:
    """What a file held: customers that can be imported, refused rows, and remarks."""

    drafts: list[CustomerDraft] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str = "UTF-8"


def several(text: str) -> list[str]:
    """Split a cell holding several e-mail addresses or phone numbers (``,`` or ``;``)."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _checked(texts: list[str], check: object, problems: list[str]) -> list[str]:
    values = []
    for text in texts:
        try:
            values.append(check(text))  # type: ignore[operator]
        except FieldError as error:
            problems.append(str(error))
    return values


def draft_from(
    values: dict[str, str], line: int, region: str | None, end_line: int | None = None
) -> CustomerDraft | RowProblem:
    """Check one row's values (field name → text); return the customer or every problem."""
    problems: list[str] = []
    text = {key: value if value.strip() else None for key, value in values.items()}
    name = text.get("name")
    if name is None:
        problems.append("name is missing")
    for key, limit in TEXT_LIMITS.items():
        value = text.get(key)
        if value is not None and len(value) > limit:
            words = key.replace("_", " ")
            problems.append(f"the {words} is longer than {limit:,} characters ({len(value):,})")
    tier = birthday = last_contact = None
    year_known = True
    try:
        tier = check_tier(text["tier"]) if text.get("tier") else None
    except FieldError as error:
        problems.append(str(error))
    try:
        if text.get("birthday"):
            birthday, year_known = check_birthday(text["birthday"] or "")
    except FieldError as error:
        problems.append(str(error))
    try:
        last_contact = check_date(text["last_contact"] or "") if text.get("last_contact") else None
    except FieldError as error:
        problems.append(str(error))
    emails = _checked(several(values.get("email", "")), check_email, problems)
    phones = _checked(
        several(values.get("phone", "")),
        lambda number: check_phone(number, region, keep_international=True),
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
        phones=phones,
        street=text.get("street"),
        postal_code=text.get("postal_code"),
        city=text.get("city"),
        country=text.get("country"),
        birthday=birthday,
        birthday_year_known=year_known,
        last_contact=last_contact,
        notes=text.get("notes"),
    )
