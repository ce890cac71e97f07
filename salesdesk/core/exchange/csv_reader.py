"""Reading customers from a CSV file with a header row; columns are found by their names."""

from __future__ import annotations

import csv
from pathlib import Path

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exchange.drafts import CustomerDraft, ReadResult, RowProblem
from salesdesk.core.exchange.fields import (
    FieldError,
    check_date,
    check_email,
    check_phone,
    check_tier,
)
from salesdesk.core.models import Tier

# Header names (compared without case, spaces, dashes and underscores) for each field.
ALIASES = {
    "name": ("name", "fullname", "customer", "contact", "fn"),
    "company": ("company", "organisation", "organization", "org", "firm"),
    "position": ("position", "title", "jobtitle", "role"),
    "tier": ("tier", "class", "category"),
    "email": ("email", "mail", "emailaddress"),
    "phone": ("phone", "telephone", "tel", "mobile", "phonenumber"),
    "street": ("street", "address", "streetaddress"),
    "postal_code": ("postalcode", "zip", "zipcode", "postcode", "plz"),
    "city": ("city", "town", "place"),
    "country": ("country",),
    "birthday": ("birthday", "dateofbirth", "birthdate", "bday"),
    "notes": ("notes", "note", "comment", "comments", "remarks"),
}


class ImportFileError(SalesDeskError):
    """A file that cannot be imported at all (unreadable, no header, no name column)."""


def _key(header: str) -> str:
    return "".join(ch for ch in header.casefold() if ch.isalnum())


def _columns(headers: list[str]) -> dict[str, str]:
    """Map each known field to the file's column that holds it."""
    found = {}
    for header in headers:
        for field_name, names in ALIASES.items():
            if _key(header) in names and field_name not in found:
                found[field_name] = header
    return found


def _several(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def draft_from(values: dict[str, str], line: int, region: str | None) -> CustomerDraft:
    """Check one row's values (field name → text) and return the customer they describe."""
    name = values.get("name", "").strip()
    if not name:
        raise FieldError("name is missing")
    if len(name) > 200:
        raise FieldError("the name is longer than 200 characters")
    text = {key: value.strip() or None for key, value in values.items()}
    tier, birthday = text.get("tier"), text.get("birthday")
    return CustomerDraft(
        line=line,
        name=name,
        tier=check_tier(tier) if tier else Tier.C,
        birthday=check_date(birthday) if birthday else None,
        company=text.get("company"),
        position=text.get("position"),
        emails=[check_email(part) for part in _several(values.get("email", ""))],
        phones=[check_phone(part, region) for part in _several(values.get("phone", ""))],
        street=text.get("street"),
        postal_code=text.get("postal_code"),
        city=text.get("city"),
        country=text.get("country"),
        notes=text.get("notes"),
    )


def read_csv(path: Path, region: str | None = None) -> ReadResult:
    """Read customers from ``path`` (UTF-8, with or without BOM; comma or semicolon)."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFileError(f"cannot read {path}: {error}") from None
    try:
        dialect = csv.Sniffer().sniff(content.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(content.splitlines(keepends=True), dialect=dialect)
    columns = _columns(list(reader.fieldnames or []))
    if "name" not in columns:
        raise ImportFileError(f"{path.name} has no name column (the first row names the columns)")
    result = ReadResult()
    line = reader.line_num + 1
    for row in reader:
        values = {field_name: row.get(header) or "" for field_name, header in columns.items()}
        if any(values.values()):
            try:
                result.drafts.append(draft_from(values, line, region))
            except FieldError as error:
                result.problems.append(RowProblem(line, str(error)))
        line = reader.line_num + 1
    return result
