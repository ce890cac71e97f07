"""Storing imported customers: streamed in batches, duplicates found, all in one transaction.

Rows come from ``open_customers`` (CSV or vCard, read as a stream) and are stored 2,000 at a
time: each batch is matched against the customers already stored — including those of earlier
batches, so a file that lists someone twice adds them once — then new customers, their
companies (matched by key, created once) and contact points are inserted in bulk with ids
handed out here (the transaction holds the write lock). A row that is the *same* as a stored
customer is skipped; one that *matches* a customer fills that customer's empty fields, or is
added anyway, or skipped, as decided. The search index is brought up to date once at the end.
Imports are not undoable: the preview is the confirmation. ``progress`` may cancel, and the
caller's transaction then rolls back: nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salesdesk.core import search
from salesdesk.core.errors import SalesDeskError
from salesdesk.core.exchange.csv_reader import CsvRows, open_csv
from salesdesk.core.exchange.drafts import CustomerDraft, ImportFileError, ReadResult, RowProblem
from salesdesk.core.exchange.duplicates import (
    TEXT_FIELDS,
    Known,
    RowMatch,
    RowStatus,
    compared,
    contact_keys,
    find_matches,
    keyed_contacts,
)
from salesdesk.core.exchange.vcard_reader import VcardRows, open_vcard
from salesdesk.core.models import Company, ContactKind, ContactMethod, Customer, Tier

if TYPE_CHECKING:
    from salesdesk.core.store import Database

BATCH = 2_000
IMPORT_CACHE_KIB = 32 * 1024
CustomerRows = CsvRows | VcardRows
Progress = Callable[[int, int], bool]  # (line reached, lines in the file) -> go on?


class Decision(StrEnum):
    """What to do with a row that matches an existing customer."""

    UPDATE = "update"  # fill the customer's empty fields
    ADD = "add"  # add the row as another customer
    SKIP = "skip"


class ImportCancelled(SalesDeskError):  # noqa: N818 - a message, not a failure
    """The rep cancelled the import; the transaction rolls back."""


@dataclass(frozen=True)
class RowOutcome:
    """What happened to one row: its status, whom it matched, and what was done."""

    draft: CustomerDraft
    match: RowMatch
    decision: Decision | None  # None for new rows and for rows already there


@dataclass
class ImportSummary:
    """How many rows were added, updated, skipped as already there, and refused."""

    added: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)


def open_customers(
    path: Path, region: str | None = None, encoding: str | None = None
) -> CustomerRows:
    """Open a .csv or .vcf file for import; nothing is read beyond its header yet."""
    openers = {".csv": open_csv, ".vcf": open_vcard, ".vcard": open_vcard}
    opener = openers.get(path.suffix.lower())
    if opener is None:
        raise ImportFileError(f"{path.name}: SalesDesk imports .csv and .vcf files")
    return opener(path, region, encoding)


def read_customers(
    path: Path, region: str | None = None, encoding: str | None = None
) -> ReadResult:
    """Read a whole .csv or .vcf file into memory (drafts and problems); nothing is written."""
    rows = open_customers(path, region, encoding)
    result = ReadResult(encoding=rows.decoding.label)
    for item in rows:
        (result.problems if isinstance(item, RowProblem) else result.drafts).append(item)
    result.notes = list(rows.notes)
    return result


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
    "birthday",
    "birthday_year_known",
    "last_contact_on",
    "notes",
    "created_at",
    "updated_at",
)
_CONTACT_COLUMNS = ("id", "customer_id", "kind", "value", "match_key", "position")
_COMPANY_COLUMNS = ("id", "name", "name_key", "created_at")


class _Store:
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


def _fill_draft(target: CustomerDraft, source: CustomerDraft, fills: tuple[str, ...]) -> None:
    for name in fills:
        if name in TEXT_FIELDS or name in ("company", "last_contact"):
            setattr(target, name, getattr(source, name))
        if name == "company":
            target.company_key = source.keys()[1]
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


def import_rows(
    session: Session,
    rows: Iterable[CustomerDraft | RowProblem],
    now: datetime,
    *,
    on_match: Decision = Decision.UPDATE,
    decisions: Mapping[int, Decision] | None = None,
    progress: Progress | None = None,
    total_lines: int = 0,
    seen: Callable[[RowOutcome], None] | None = None,
) -> ImportSummary:
    """Store ``rows`` in the caller's transaction and return what was done.

    ``decisions`` (by line) overrides ``on_match`` for single rows; ``seen`` is told every
    row's outcome; ``progress`` returning False cancels (ImportCancelled is raised).
    """
    summary = ImportSummary()
    store = _Store(session, now)
    batch: list[CustomerDraft] = []

    def flush() -> None:
        added: list[CustomerDraft] = []
        for draft, match in zip(batch, find_matches(session, batch), strict=True):
            if match.known is not None and match.known.filled:  # by an earlier row: compare again
                match = compared(draft, match.known, match.by)
            decision = None
            if match.status is RowStatus.NEW:
                added.append(draft)
            elif match.status is RowStatus.SAME:
                summary.skipped += 1
            else:
                assert match.known is not None
                decision = (decisions or {}).get(draft.line, on_match)
                if decision is Decision.ADD:
                    added.append(draft)
                elif decision is Decision.UPDATE and store.fill(draft, match.known, match.fills):
                    summary.updated += 1
                else:
                    summary.skipped += 1
            if seen is not None:
                seen(RowOutcome(draft, match, decision))
        store.add(added)
        summary.added += len(added)
        if progress is not None and batch and not progress(batch[-1].line, total_lines):
            raise ImportCancelled("the import was cancelled: nothing was stored")
        batch.clear()

    connection = session.connection()
    cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    # A large import touches many index pages: SQLite's default 2 MB page cache would spill
    # to the write-ahead log over and over (a bigger one meanwhile, then back to normal).
    connection.exec_driver_sql(f"PRAGMA cache_size={-IMPORT_CACHE_KIB}")
    try:
        with search.triggers_off(session):
            for item in rows:
                if isinstance(item, RowProblem):
                    summary.problems.append(item)
                    continue
                batch.append(item)
                if len(batch) >= BATCH:
                    flush()
            flush()
            search.index_customers(session, store.first_customer, sorted(set(store.changed)))
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={cache}")
    return summary


def import_customers(
    session: Session, drafts: Iterable[CustomerDraft], now: datetime, **options: Any
) -> ImportSummary:
    """Store checked drafts (as read by ``read_customers``) in the caller's transaction."""
    return import_rows(session, drafts, now, **options)


class _DryRun(Exception):  # noqa: N818 - control flow: roll the transaction back
    pass


def dry_run(
    database: Database, rows: Iterable[CustomerDraft | RowProblem], now: datetime, **options: Any
) -> ImportSummary:
    """Run the whole import in a transaction that is then rolled back: what it would do.

    Finds exactly what ``import_rows`` would (rows repeated in the file included).
    """
    try:
        with database.transaction() as session:
            raise _DryRun(import_rows(session, rows, now, **options))
    except _DryRun as done:
        return done.args[0]
