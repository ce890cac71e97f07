"""Which customer a file's row already is: found by e-mail, phone (E.164) or name and company.

Each row is compared with the customers SalesDesk has (by the matching keys of
``salesdesk.core.matching``, through their indexes) and with the rows of the same file read
before it. The first customer with one of the row's e-mail addresses, else one of its phone
numbers, else the same name at the same company (or both without one), is the match. The row
is then either the *same* as that customer — every value it has is already stored — or it
*matches* them and could fill the fields they have empty (or be added anyway).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from salesdesk.core.exchange.drafts import CustomerDraft
from salesdesk.core.i18n import noop
from salesdesk.core.matching import name_key, phone_key
from salesdesk.core.models import ContactKind, Customer, Tier

# Plain text fields compared and filled one to one.
TEXT_FIELDS = ("position", "street", "postal_code", "city", "country", "notes")
_CHUNK = 900  # values per IN (...) list, below SQLite's oldest variable limit


class RowStatus(StrEnum):
    """What a row is, compared with what SalesDesk has."""

    NEW = "new"
    SAME = "same"  # already there: nothing to do
    MATCH = "match"  # an existing customer, with other or more values


@dataclass
class Known:
    """A customer a row may be: stored (``customer_id``) or an earlier row of the file."""

    customer_id: int | None
    line: int | None
    name: str
    company_key: str | None
    tier: Tier | None
    birthday: tuple[date, bool] | None
    last_contact: date | None
    texts: dict[str, str | None]
    coordinates: tuple[float, float] | None = None
    contact_keys: set[str] = field(default_factory=set)
    draft: CustomerDraft | None = None  # for an earlier row: the draft to fill
    filled: bool = False  # a row of this import filled fields: compare later rows again

    @classmethod
    def of_draft(cls, draft: CustomerDraft) -> Known:
        """Return an earlier row of the file as something later rows can match."""
        keys, _ = contact_keys(draft)
        return cls(
            None,
            draft.line,
            draft.name,
            draft.keys()[1],
            draft.tier,
            (draft.birthday, draft.birthday_year_known) if draft.birthday else None,
            draft.last_contact,
            {f: getattr(draft, f) for f in TEXT_FIELDS},
            coordinates_of(draft),
            keys,
            draft,
        )


@dataclass(frozen=True)
class RowMatch:
    """A row's status, whom it matches and why, and which fields an update would fill."""

    status: RowStatus
    known: Known | None = None
    by: str = ""
    fills: tuple[str, ...] = ()


def coordinates_of(draft: CustomerDraft) -> tuple[float, float] | None:
    """Return the row's (latitude, longitude), or None."""
    if draft.latitude is None or draft.longitude is None:
        return None
    return draft.latitude, draft.longitude


def company_key(company: str | None) -> str | None:
    """Return the matching key of a company name (None without a company)."""
    return name_key(company) if company and company.strip() else None


def keyed_contacts(draft: CustomerDraft) -> list[tuple[ContactKind, str, str | None]]:
    """Return the row's e-mail addresses, then phones, each with its matching key."""
    emails = draft.email_keys
    if len(emails) != len(draft.emails):
        emails = [name_key(email) for email in draft.emails]
    phones = draft.phone_keys
    if len(phones) != len(draft.phones):
        phones = [phone_key(phone) for phone in draft.phones]
    found: list[tuple[ContactKind, str, str | None]] = [
        (ContactKind.EMAIL, value, key) for value, key in zip(draft.emails, emails, strict=True)
    ]
    found += [
        (ContactKind.PHONE, value, key) for value, key in zip(draft.phones, phones, strict=True)
    ]
    return found


def contact_keys(draft: CustomerDraft) -> tuple[set[str], list[tuple[str, str]]]:
    """Return the row's contact keys, and (key, how it matched) in the order they are tried."""
    ordered = [
        (key, noop("Import", "e-mail") if kind is ContactKind.EMAIL else noop("Import", "phone"))
        for kind, _, key in keyed_contacts(draft)
        if key
    ]
    return {key for key, _ in ordered}, ordered


def compare(draft: CustomerDraft, known: Known) -> tuple[bool, tuple[str, ...]]:
    """Return (the row adds nothing, the fields it would fill) for a row and its match."""
    same = draft.name == known.name
    fills = []
    for name in TEXT_FIELDS:
        value = getattr(draft, name)
        if value is not None and value != known.texts[name]:
            same = False
            if known.texts[name] is None:
                fills.append(name)
    mine = draft.keys()[1]
    if mine is not None and mine != known.company_key:
        same = False
        if known.company_key is None:
            fills.append("company")
    if draft.tier is not None and draft.tier is not known.tier:
        same = False  # a tier is never empty: nothing to fill
    born = (draft.birthday, draft.birthday_year_known) if draft.birthday else None
    if born is not None and born != known.birthday:
        same = False
        if known.birthday is None:
            fills.append("birthday")
    place = coordinates_of(draft)
    if place is not None and place != known.coordinates:
        same = False
        if known.coordinates is None:
            fills.append("coordinates")
    if draft.last_contact is not None and draft.last_contact != known.last_contact:
        same = False
        if known.last_contact is None:
            fills.append("last_contact")
    keys, _ = contact_keys(draft)
    if keys - known.contact_keys:
        same = False
        fills.append("contacts")
    return same, tuple(fills)


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _each_chunk(session: Session, sql: str, values: Sequence[object]) -> Iterator[Any]:
    """Run ``sql`` (with ``{marks}`` for an IN list) for each chunk of ``values``; yield rows.

    Plain driver SQL: SQLAlchemy renders an expanding IN of 900 values anew for every query,
    which cost more than the lookups themselves. No ORDER BY either: SQLite would then walk a
    whole table in id order instead of searching the index.
    """
    connection = session.connection()
    for chunk in _chunks(values):
        marks = ", ".join("?" * len(chunk))
        yield from connection.exec_driver_sql(sql.format(marks=marks), tuple(chunk))


def _stored(session: Session, ids: set[int]) -> dict[int, Known]:
    """Return the stored customers with ``ids`` as rows are compared with them."""
    dialect = session.connection().dialect
    day = Customer.__table__.c.birthday.type.result_processor(dialect, None)  # type: ignore[attr-defined]

    def as_day(value: Any) -> date | None:
        return value if value is None or day is None else day(value)

    found: dict[int, Known] = {}
    texts_sql = ", ".join(f"c.{name}" for name in TEXT_FIELDS)
    customers = _each_chunk(
        session,
        "SELECT c.id, c.name, co.name_key, c.tier, c.birthday, c.birthday_year_known, "
        f"c.last_contact_on, c.latitude, c.longitude, {texts_sql} FROM customers c "
        "LEFT JOIN companies co ON co.id = c.company_id WHERE c.id IN ({marks})",
        sorted(ids),
    )
    for cid, name, company, tier, born, year_known, last, lat, lon, *texts in customers:
        birthday = (as_day(born), bool(year_known)) if born else None
        found[cid] = Known(
            cid,
            None,
            name,
            company,
            Tier(tier),
            birthday,
            as_day(last),
            dict(zip(TEXT_FIELDS, texts, strict=True)),
            None if lat is None else (lat, lon),
        )
    contacts = _each_chunk(
        session,
        "SELECT customer_id, match_key FROM contact_methods "
        "WHERE customer_id IN ({marks}) AND match_key IS NOT NULL",
        sorted(ids),
    )
    for cid, key in contacts:
        found[cid].contact_keys.add(key)
    return found


def _stored_ids(
    session: Session, contacts: Sequence[str], names: Sequence[str]
) -> tuple[dict[str, int], dict[tuple[str, str | None], int]]:
    """Return the stored customers (the oldest) with these contact keys and name keys."""
    by_contact: dict[str, int] = {}
    sql = "SELECT match_key, customer_id FROM contact_methods WHERE match_key IN ({marks})"
    for key, cid in _each_chunk(session, sql, contacts):
        by_contact[key] = min(cid, by_contact.get(key, cid))
    by_name: dict[tuple[str, str | None], int] = {}
    sql = (
        "SELECT c.name_key, co.name_key, c.id FROM customers c "
        "LEFT JOIN companies co ON co.id = c.company_id WHERE c.name_key IN ({marks})"
    )
    for person, company, cid in _each_chunk(session, sql, names):
        by_name[(person, company)] = min(cid, by_name.get((person, company), cid))
    return by_contact, by_name


def find_matches(session: Session, drafts: Sequence[CustomerDraft]) -> list[RowMatch]:
    """Return each draft's status and match, against stored customers and earlier drafts.

    A NEW draft is remembered, so a later draft of ``drafts`` can match it; the caller stores
    the batch before asking about the next one, and compares a draft again (``compared``)
    when an earlier one filled the same customer.
    """
    tried = [(contact_keys(draft)[1], draft.keys()) for draft in drafts]
    by_contact, by_name = _stored_ids(
        session,
        sorted({key for ordered, _ in tried for key, _ in ordered}),
        sorted({person[0] for _, person in tried}),
    )
    stored = _stored(session, set(by_contact.values()) | set(by_name.values()))
    earlier_contacts: dict[str, CustomerDraft] = {}
    earlier_names: dict[tuple[str, str | None], CustomerDraft] = {}
    remembered: dict[int, Known] = {}  # id(draft) -> the earlier row as a Known

    def earlier(draft: CustomerDraft) -> Known:
        if id(draft) not in remembered:
            remembered[id(draft)] = Known.of_draft(draft)
        return remembered[id(draft)]

    matches = []
    for draft, (ordered, person) in zip(drafts, tried, strict=True):
        known, by = None, ""
        for key, how in ordered:
            if key in by_contact:
                known, by = stored[by_contact[key]], how
            elif key in earlier_contacts:
                known, by = earlier(earlier_contacts[key]), how
            if known is not None:
                break
        if known is None and (person in by_name or person in earlier_names):
            stored_id = by_name.get(person)
            known = stored[stored_id] if stored_id else earlier(earlier_names[person])
            # How a row matched: a word the import list translates where it shows it.
            by = noop("Import", "name") if person[1] is None else noop("Import", "name and company")
        if known is None:
            matches.append(RowMatch(RowStatus.NEW))
            for key, _ in ordered:
                earlier_contacts.setdefault(key, draft)
            earlier_names.setdefault(person, draft)
            continue
        matches.append(compared(draft, known, by))
    return matches


def compared(draft: CustomerDraft, known: Known, by: str) -> RowMatch:
    """Return the row's match with ``known``: the same, or a match with fields to fill."""
    same, fills = compare(draft, known)
    return RowMatch(RowStatus.SAME if same else RowStatus.MATCH, known, by, fills)
