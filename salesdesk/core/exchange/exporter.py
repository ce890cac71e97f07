"""Writing every customer to CSV (spreadsheet-safe) or vCard 3.0."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import vobject
from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import Company, ContactKind, ContactMethod, Customer

CSV_COLUMNS = (
    "name",
    "company",
    "position",
    "tier",
    "email",
    "phone",
    "street",
    "postal_code",
    "city",
    "country",
    "birthday",
    "last_contact",
    "notes",
)
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ExportedCustomer:
    """A customer's key fields as exported."""

    name: str
    company: str | None
    position: str | None
    tier: str
    street: str | None
    postal_code: str | None
    city: str | None
    country: str | None
    birthday: date | None
    last_contact: date | None
    notes: str | None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def exported_customers(session: Session) -> list[ExportedCustomer]:
    """Return every customer with their contact points, by name."""
    contacts: dict[int, dict[ContactKind, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = session.execute(
        select(ContactMethod.customer_id, ContactMethod.kind, ContactMethod.value).order_by(
            ContactMethod.customer_id, ContactMethod.position, ContactMethod.id
        )
    )
    for customer_id, kind, value in rows:
        contacts[customer_id][kind].append(value)
    query = (
        select(
            Customer.id,
            Customer.name,
            Company.name,
            Customer.position,
            Customer.tier,
            Customer.street,
            Customer.postal_code,
            Customer.city,
            Customer.country,
            Customer.birthday,
            Customer.last_contact_on,
            Customer.notes,
        )
        .outerjoin(Company, Company.id == Customer.company_id)
        .order_by(Customer.name, Customer.id)
    )
    found = []
    for row in session.execute(query):
        cid, name, company, position, tier, street, code, city, country, born, last, notes = row
        found.append(
            ExportedCustomer(
                name,
                company,
                position,
                tier.value,
                street,
                code,
                city,
                country,
                born,
                last,
                notes,
                contacts[cid][ContactKind.EMAIL],
                contacts[cid][ContactKind.PHONE],
            )
        )
    return found


def spreadsheet_safe(value: str) -> str:
    """Return ``value`` so that a spreadsheet shows it as text, never runs it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(customers: list[ExportedCustomer], path: Path) -> None:
    """Write customers as UTF-8 CSV with a header row (with BOM, so Excel reads UTF-8)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for c in customers:
            values = [
                c.name,
                c.company,
                c.position,
                c.tier,
                "; ".join(c.emails),
                "; ".join(c.phones),
                c.street,
                c.postal_code,
                c.city,
                c.country,
                c.birthday.isoformat() if c.birthday else "",
                c.last_contact.isoformat() if c.last_contact else "",
                c.notes,
            ]
            writer.writerow([spreadsheet_safe(str(value or "")) for value in values])


def write_vcard(customers: list[ExportedCustomer], path: Path) -> None:
    """Write customers as vCard 3.0, one card each."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        for c in customers:
            card = vobject.vCard()
            card.add("fn").value = c.name
            given, _, family = c.name.rpartition(" ")  # "Anna Schmidt"; "王芳" is all family
            card.add("n").value = vobject.vcard.Name(family=family, given=given)
            if c.company:
                card.add("org").value = [c.company]
            if c.position:
                card.add("title").value = c.position
            for email in c.emails:
                card.add("email").value = email
            for phone in c.phones:
                card.add("tel").value = phone
            if any((c.street, c.postal_code, c.city, c.country)):
                card.add("adr").value = vobject.vcard.Address(
                    street=c.street or "",
                    code=c.postal_code or "",
                    city=c.city or "",
                    country=c.country or "",
                )
            if c.birthday:
                card.add("bday").value = c.birthday.isoformat()
            if c.notes:
                card.add("note").value = c.notes
            handle.write(card.serialize())
