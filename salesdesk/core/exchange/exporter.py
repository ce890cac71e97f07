"""Writing every customer to CSV (spreadsheet-safe) or vCard 3.0, complete or not at all.

Both go through ``salesdesk.core.files.atomic_output``: a temporary file next to the target,
renamed when complete, owner-only (0600). What is written reads back the same with the
import: CSV by RFC 4180 (quotes doubled, line breaks kept inside quoted values; a value a
spreadsheet would run as a formula, or one starting with ``'``, gets a leading ``'`` that the
import takes off again); vCard with SalesDesk's own fields in ``X-SALESDESK-*`` properties (the
tier, the last contact, and an exact copy of a value holding a carriage return, which a
vCard line break cannot carry). A birthday without a year is written ``--MM-DD`` (CSV) or
``--MMDD`` (vCard).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.exchange.fields import degrees_text
from salesdesk.core.exchange.vcard_reader import EXACT_FIELDS, PREFIX
from salesdesk.core.files import atomic_output
from salesdesk.core.models import Company, ContactKind, ContactMethod, Customer

if TYPE_CHECKING:
    import vobject

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
    "latitude",
    "longitude",
    "birthday",
    "last_contact",
    "notes",
)
# A cell starting with one of these is run as a formula by spreadsheet programs; one that
# starts with the guard ``'`` itself is guarded too, so the import can take exactly one off.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


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
    birthday_year_known: bool = True
    latitude: float | None = None
    longitude: float | None = None

    def birthday_text(self, separator: str = "-") -> str:
        """Return the birthday as YYYY-MM-DD, or --MM-DD when its year is not known."""
        if self.birthday is None:
            return ""
        if not self.birthday_year_known:
            return f"--{self.birthday.month:02d}{separator}{self.birthday.day:02d}"
        return self.birthday.isoformat()


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
        select(Customer, Company.name.label("company_name"))
        .outerjoin(Company, Company.id == Customer.company_id)
        .order_by(Customer.name, Customer.id)
    )
    found = []
    for customer, company in session.execute(query):
        found.append(
            ExportedCustomer(
                name=customer.name,
                company=company,
                position=customer.position,
                tier=customer.tier.value,
                street=customer.street,
                postal_code=customer.postal_code,
                city=customer.city,
                country=customer.country,
                birthday=customer.birthday,
                last_contact=customer.last_contact_on,
                notes=customer.notes,
                emails=contacts[customer.id][ContactKind.EMAIL],
                phones=contacts[customer.id][ContactKind.PHONE],
                birthday_year_known=customer.birthday_year_known,
                latitude=customer.latitude,
                longitude=customer.longitude,
            )
        )
        session.expunge(customer)  # keep memory flat on a large export
    return found


def spreadsheet_safe(value: str) -> str:
    """Return ``value`` so that a spreadsheet shows it as text, never runs it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def write_csv(customers: list[ExportedCustomer], path: Path) -> None:
    """Write customers as UTF-8 CSV with a header row (with BOM, so Excel reads UTF-8)."""
    with atomic_output(path, encoding="utf-8-sig", newline="") as handle:
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
                degrees_text(c.latitude),
                degrees_text(c.longitude),
                c.birthday_text(),
                c.last_contact.isoformat() if c.last_contact else "",
                c.notes,
            ]
            writer.writerow([spreadsheet_safe(str(value or "")) for value in values])


def _card(c: ExportedCustomer) -> vobject.base.Component:
    import vobject  # here, not at start-up: only an export to vCard needs it

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
    if c.latitude is not None and c.longitude is not None:
        card.add("geo").value = f"{degrees_text(c.latitude)};{degrees_text(c.longitude)}"
    if c.birthday:
        card.add("bday").value = c.birthday_text(separator="")
    if c.notes:
        card.add("note").value = c.notes
    card.add(PREFIX + "tier").value = c.tier
    if c.last_contact:
        card.add(PREFIX + "last-contact").value = c.last_contact.isoformat()
    for name, suffix in EXACT_FIELDS.items():
        value = getattr(c, name)
        if value and "\r" in value:  # vCard text has line breaks, not carriage returns
            card.add(PREFIX + suffix).value = json.dumps(value)
    return card


def write_vcard(customers: list[ExportedCustomer], path: Path) -> None:
    """Write customers as vCard 3.0, one card each."""
    with atomic_output(path, encoding="utf-8", newline="") as handle:
        for c in customers:
            handle.write(_card(c).serialize())
