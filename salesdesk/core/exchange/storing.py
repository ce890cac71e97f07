"""Writing the rows of one import: ids handed out here, bulk inserts, filling empty fields.

The import's transaction holds SQLite's write lock, so the next ids are known. New customers,
their companies and contact points go to the driver as tuples of stored values, one
executemany per table and batch (SQLAlchemy's per-row bookkeeping cost more than SQLite's
writing at 200,000 rows). A row that matches a stored customer fills only the fields that
customer has empty, and its contact points that customer lacks; one that matches an earlier row
of the same file fills that row before it is stored.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salesdesk.core.exchange.drafts import CustomerDraft
from salesdesk.core.exchange.duplicates import (
    TEXT_FIELDS,
    Known,
    contact_keys,
    coordinates_of,
    keyed_contacts,
)
from salesdesk.core.models import Company, ContactKind, ContactMethod, Customer, Tier

_CUSTOMER_COLUMNS = (
    "id",
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
    "last_contact_on",
    "notes",
    "created_at",
    "updated_at",
)
_CONTACT_COLUMNS = ("id", "customer_id", "kind", "value", "match_key", "position")
_COMPANY_COLUMNS = ("id", "name", "name_key", "created_at")


class ImportStore:
    """Hands out ids and inserts the rows of one import.

    Rows go to the driver as tuples of stored values (one executemany per table and batch):
    SQLAlchemy's per-row bookkeeping cost more than SQLite's writing at 200,000 rows. Times
    and dates are turned into stored values by their column types' own bind processors.
    """

    def __init__(self, session: Session, now: datetime) -> None:
        self.session, self.now = session, now
        self.next_id = {
            model: (session.scalar(select(func.max(model.id))) or 0) + 1
            for model in (Customer, Company, ContactMethod)
        }
        self.first_customer = self.next_id[Customer]
        self.companies: dict[str, int] = {}
        self.changed: list[int] = []
        dialect = session.connection().dialect
        table = Customer.__table__
        self._stored_now = table.c.created_at.type.bind_processor(dialect)(now)  # type: ignore[misc]
        self._stored_day = table.c.birthday.type.bind_processor(dialect)

    def _day(self, day: date | None) -> object:
        if day is None or self._stored_day is None:
            return day
        return self._stored_day(day)

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        marks = ", ".join("?" * len(columns))
        self.session.connection().exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
        )

    def _id(self, model: type) -> int:
        value = self.next_id[model]
        self.next_id[model] += 1
        return value

    def company(self, name: str | None, key: str | None, new: list[tuple]) -> int | None:
        if key is None or name is None:
            return None
        if key not in self.companies:  # looked up before (_known_companies): a new company
            self.companies[key] = self._id(Company)
            new.append((self.companies[key], name, key, self._stored_now))
        return self.companies[key]

    def contacts(self, customer_id: int, draft: CustomerDraft, start: int) -> list[tuple]:
        return [
            (self._id(ContactMethod), customer_id, kind.value, value, key, start + n)
            for n, (kind, value, key) in enumerate(keyed_contacts(draft))
        ]

    def _known_companies(self, drafts: list[CustomerDraft]) -> None:
        """Look up, in one query per 900, the batch's companies not seen in this import yet."""
        keys = {key for draft in drafts if (key := draft.keys()[1]) is not None}
        wanted = sorted(keys - self.companies.keys())
        for start in range(0, len(wanted), 900):
            rows = self.session.execute(
                select(Company.name_key, Company.id).where(
                    Company.name_key.in_(wanted[start : start + 900])
                )
            )
            for key, company_id in rows:  # the oldest company of that name
                self.companies[key] = min(company_id, self.companies.get(key, company_id))

    def _new_companies(self, rows: list[tuple]) -> None:
        if rows:
            self._insert("companies", _COMPANY_COLUMNS, rows)

    def add(self, drafts: list[CustomerDraft]) -> None:
        self._known_companies(drafts)
        companies: list[tuple] = []
        customers, contacts = [], []
        now = self._stored_now
        for draft in drafts:
            customer_id = self._id(Customer)
            person, company = draft.keys()
            customers.append(
                (
                    customer_id,
                    draft.name,
                    person,
                    self.company(draft.company, company, companies),
                    draft.position,
                    (draft.tier or Tier.C).value,
                    draft.street,
                    draft.postal_code,
                    draft.city,
                    draft.country,
                    draft.latitude,
                    draft.longitude,
                    self._day(draft.birthday),
                    int(draft.birthday_year_known),
                    self._day(draft.last_contact),
                    draft.notes,
                    now,
                    now,
                )
            )
            contacts += self.contacts(customer_id, draft, 0)
        self._new_companies(companies)
        if customers:
            self._insert("customers", _CUSTOMER_COLUMNS, customers)
        if contacts:
            self._insert("contact_methods", _CONTACT_COLUMNS, contacts)

    def fill(self, draft: CustomerDraft, known: Known, fills: tuple[str, ...]) -> bool:
        """Fill the empty fields of a stored customer (or of an earlier row); True if any."""
        if not fills:
            return False
        if known.draft is not None:  # an earlier row of this file, not stored yet
            _fill_draft(known.draft, draft, fills)
            _remember_filled(known, draft, fills)
            known.contact_keys |= contact_keys(draft)[0]
            return True
        assert known.customer_id is not None
        values: dict[str, object] = {
            name: getattr(draft, name) for name in fills if name in TEXT_FIELDS
        }
        if "company" in fills:
            self._known_companies([draft])
            companies: list[tuple] = []
            values["company_id"] = self.company(draft.company, draft.keys()[1], companies)
            self._new_companies(companies)
        if "birthday" in fills:
            values.update(birthday=draft.birthday, birthday_year_known=draft.birthday_year_known)
        if "last_contact" in fills:
            values["last_contact_on"] = draft.last_contact
        if "coordinates" in fills:
            values.update(latitude=draft.latitude, longitude=draft.longitude)
        _remember_filled(known, draft, fills)
        if values:
            self.session.execute(
                update(Customer)
                .where(Customer.id == known.customer_id)
                .values(**values, updated_at=self.now)
            )
        if "contacts" in fills:
            new = [
                c for c in keyed_contacts(draft) if c[2] is None or c[2] not in known.contact_keys
            ]
            start = self.session.scalar(
                select(func.count(ContactMethod.id)).where(
                    ContactMethod.customer_id == known.customer_id
                )
            )
            rows = [
                (
                    self._id(ContactMethod),
                    known.customer_id,
                    kind.value,
                    value,
                    key,
                    (start or 0) + n,
                )
                for n, (kind, value, key) in enumerate(new)
            ]
            if rows:
                self._insert("contact_methods", _CONTACT_COLUMNS, rows)
            known.contact_keys |= {key for _, _, key in new if key}
        self.changed.append(known.customer_id)
        return True


def _remember_filled(known: Known, draft: CustomerDraft, fills: tuple[str, ...]) -> None:
    """Keep what a fill stored on ``known``, so later rows compare with it."""
    known.filled = True
    for name in fills:
        if name in TEXT_FIELDS:
            known.texts[name] = getattr(draft, name)
    if "company" in fills:
        known.company_key = draft.keys()[1]
    if "birthday" in fills:
        known.birthday = (draft.birthday, draft.birthday_year_known) if draft.birthday else None
    if "last_contact" in fills:
        known.last_contact = draft.last_contact
    if "coordinates" in fills:
        known.coordinates = coordinates_of(draft)


def _fill_draft(target: CustomerDraft, source: CustomerDraft, fills: tuple[str, ...]) -> None:
    for name in fills:
        if name in TEXT_FIELDS or name in ("company", "last_contact"):
            setattr(target, name, getattr(source, name))
        if name == "company":
            target.company_key = source.keys()[1]
        elif name == "coordinates":
            target.latitude, target.longitude = source.latitude, source.longitude
        elif name == "birthday":
            target.birthday, target.birthday_year_known = (
                source.birthday,
                source.birthday_year_known,
            )
    if "contacts" in fills:
        mine = {key for _, _, key in keyed_contacts(target)}
        for kind, value, key in keyed_contacts(source):
            if key is None or key not in mine:
                emails = kind is ContactKind.EMAIL
                (target.emails if emails else target.phones).append(value)
                (target.email_keys if emails else target.phone_keys).append(key)  # type: ignore[arg-type]
