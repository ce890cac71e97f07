"""Editing a customer's contact details, checked field by field, with an exact undo and redo.

The rep edits name, company, position, tier, e-mail addresses, phone numbers, address,
birthday, preferred channel and notes together. Every field is checked first (e-mail and phone
with the same checks as the import); one refused field saves nothing and says which and why.
A company named that does not exist yet is created (and removed again by undo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.changes import Change, RowWriter
from salesdesk.core.errors import FieldProblem, InvalidFieldsError, SalesDeskError
from salesdesk.core.exchange.fields import (
    TEXT_LIMITS,
    FieldError,
    check_email,
    check_phone,
    degrees_text,
    parse_coordinates,
)
from salesdesk.core.i18n import noop, translate
from salesdesk.core.limits import day_problem
from salesdesk.core.matching import contact_key, name_key
from salesdesk.core.models import (
    BIRTHDAY_NO_YEAR,
    Company,
    ContactChannel,
    ContactKind,
    ContactMethod,
    Customer,
    Tier,
)

Row = dict[str, Any]
_CUSTOMER_COLUMNS = (
    "name",
    "name_key",
    "company_id",
    "position",
    "tier",
    "street",
    "postal_code",
    "city",
    "country",
    "latitude",
    "longitude",
    "birthday",
    "birthday_year_known",
    "preferred_channel",
    "notes",
    "updated_at",
)
_TEXTS = TEXT_LIMITS
# One whole phrase per field of _TEXTS: %1 the limit.
_TOO_LONG = {
    "name": noop("Customers", "the name is longer than %1 characters"),
    "company": noop("Customers", "the company is longer than %1 characters"),
    "position": noop("Customers", "the position is longer than %1 characters"),
    "street": noop("Customers", "the street is longer than %1 characters"),
    "postal_code": noop("Customers", "the postal code is longer than %1 characters"),
    "city": noop("Customers", "the city is longer than %1 characters"),
    "country": noop("Customers", "the country is longer than %1 characters"),
    "notes": noop("Customers", "the notes is longer than %1 characters"),
}


@dataclass(frozen=True)
class ContactFields:
    """What the rep entered for a customer's contact details (text as typed)."""

    name: str
    company: str = ""
    position: str = ""
    tier: Tier = Tier.C
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    birthday: date | None = None
    preferred_channel: ContactChannel | None = None
    notes: str = ""
    # False for a birthday known without its year (stored in the year BIRTHDAY_NO_YEAR).
    birthday_year_known: bool = True
    coordinates: str = ""  # "latitude, longitude" in degrees, or empty


def _problems(fields: ContactFields, today: date) -> list[FieldProblem]:
    problems = []
    if not fields.name.strip():
        problems.append(FieldProblem("name", translate("Customers", "the customer needs a name")))
    for name, limit in _TEXTS.items():
        if len(getattr(fields, name).strip()) > limit:
            problems.append(FieldProblem(name, translate("Customers", _TOO_LONG[name], limit)))
    if fields.birthday is not None and fields.birthday > today:
        problems.append(
            FieldProblem("birthday", translate("Customers", "the birthday lies in the future"))
        )
    elif fields.birthday is not None and (message := day_problem(fields.birthday)) is not None:
        problems.append(FieldProblem("birthday", message))
    return problems


def _checked_all(
    texts: tuple[str, ...], check: Any, field: str
) -> tuple[list[str], list[FieldProblem]]:
    values, problems = [], []
    for text in (t for t in texts if t.strip()):
        try:
            values.append(check(text))
        except FieldError as error:
            problems.append(FieldProblem(field, str(error)))
    return values, problems


def _contacts(session: Session, customer_id: int) -> tuple[Row, ...]:
    rows = session.execute(
        select(
            ContactMethod.id,
            ContactMethod.kind,
            ContactMethod.label,
            ContactMethod.value,
            ContactMethod.position,
        )
        .where(ContactMethod.customer_id == customer_id)
        .order_by(ContactMethod.position, ContactMethod.id)
    )
    keys = ("id", "kind", "label", "value", "position")
    return tuple({"customer_id": customer_id, **dict(zip(keys, row, strict=True))} for row in rows)


def _contacts_after(
    customer_id: int, before: tuple[Row, ...], emails: list[str], phones: list[str]
) -> list[Row]:
    """Keep rows (ids, labels) of values that stay; new rows for new values; others at the end."""
    kept = {(row["kind"], row["value"]): row for row in before}
    wanted = [(ContactKind.EMAIL, v) for v in emails] + [(ContactKind.PHONE, v) for v in phones]
    wanted += [(row["kind"], row["value"]) for row in before if row["kind"] is ContactKind.OTHER]
    rows = []
    for position, (kind, value) in enumerate(wanted):
        old = kept.get((kind, value), {"id": None, "label": None})
        rows.append(
            {
                "customer_id": customer_id,
                "id": old["id"],
                "label": old["label"],
                "kind": kind,
                "value": value,
                "position": position,
            }
        )
    return rows


def update_contact(
    session: Session,
    customer_id: int,
    fields: ContactFields,
    now: datetime,
    region: str | None = None,
) -> Change:
    """Check and save a customer's contact details; nothing is written when a field is bad.

    A save that changes nothing writes nothing (not even the time stamp).
    """
    columns = [getattr(Customer, name) for name in _CUSTOMER_COLUMNS]
    found = session.execute(select(*columns).where(Customer.id == customer_id)).first()
    if found is None:
        raise SalesDeskError(translate("Customers", "there is no customer %1", customer_id))
    before = dict(zip(_CUSTOMER_COLUMNS, found, strict=True))
    emails, email_problems = _checked_all(fields.emails, check_email, "emails")
    phones, phone_problems = _checked_all(
        fields.phones, lambda text: check_phone(text, region), "phones"
    )
    problems = _problems(fields, now.date()) + email_problems + phone_problems
    place = None
    try:
        place = parse_coordinates(fields.coordinates)
    except FieldError as error:
        problems.append(FieldProblem("coordinates", str(error)))
    if problems:
        raise InvalidFieldsError(problems)
    writer = RowWriter(session)
    company, company_id = fields.company.strip(), None
    if company:
        company_id = find_company(session, company)
        if company_id is None:
            company_id = writer.insert(
                Company, {"name": company, "name_key": name_key(company), "created_at": now}
            )
    texts = {name: getattr(fields, name).strip() or None for name in _TEXTS if name != "company"}
    after = {
        **texts,
        "name_key": name_key(texts["name"] or ""),
        "company_id": company_id,
        "tier": fields.tier,
        "birthday": fields.birthday
        if fields.birthday is None or fields.birthday_year_known
        else fields.birthday.replace(year=BIRTHDAY_NO_YEAR),
        "birthday_year_known": fields.birthday is None or fields.birthday_year_known,
        "preferred_channel": fields.preferred_channel,
        "latitude": place[0] if place else None,
        "longitude": place[1] if place else None,
    }
    contacts_before = _contacts(session, customer_id)
    contacts_after = _contacts_after(customer_id, contacts_before, emails, phones)
    if any(before[name] != value for name, value in after.items()) or [
        {**row, "id": None} for row in contacts_before
    ] != [{**row, "id": None} for row in contacts_after]:
        writer.update(Customer, customer_id, {**after, "updated_at": now})
        _write_contacts(writer, contacts_before, contacts_after)
    return writer.change()


def find_company(session: Session, name: str) -> int | None:
    """Return the company called ``name`` (by matching key: any case or Unicode form), if any.

    When several companies share the key, the oldest is taken.
    """
    return session.scalar(
        select(Company.id).where(Company.name_key == name_key(name)).order_by(Company.id).limit(1)
    )


def _write_contacts(writer: RowWriter, before: tuple[Row, ...], after: list[Row]) -> None:
    """Make the customer's contact points exactly ``after`` (rows that stay keep their ids)."""
    old = {row["id"]: row for row in before}
    kept = {row["id"] for row in after if row["id"] is not None}
    writer.delete(ContactMethod, *[row_id for row_id in old if row_id not in kept])
    for row in after:
        values = {key: value for key, value in row.items() if key != "id"}
        values["match_key"] = contact_key(row["kind"], row["value"])
        if row["id"] is None:
            writer.insert(ContactMethod, values)
        elif old[row["id"]] != row:
            writer.update(ContactMethod, row["id"], values)


def contact_fields(session: Session, customer_id: int) -> ContactFields:
    """Return a customer's contact details as the edit form shows them."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise SalesDeskError(translate("Customers", "there is no customer %1", customer_id))
    contacts = _contacts(session, customer_id)
    return ContactFields(
        name=customer.name,
        company=customer.company.name if customer.company else "",
        position=customer.position or "",
        tier=customer.tier,
        emails=tuple(row["value"] for row in contacts if row["kind"] is ContactKind.EMAIL),
        phones=tuple(row["value"] for row in contacts if row["kind"] is ContactKind.PHONE),
        street=customer.street or "",
        postal_code=customer.postal_code or "",
        city=customer.city or "",
        country=customer.country or "",
        birthday=customer.birthday,
        preferred_channel=customer.preferred_channel,
        notes=customer.notes or "",
        birthday_year_known=customer.birthday_year_known,
        coordinates=(
            f"{degrees_text(customer.latitude)}, {degrees_text(customer.longitude)}"
            if customer.latitude is not None
            else ""
        ),
    )
