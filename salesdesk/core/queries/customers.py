"""The customer list: who the rep sells to, their company, tier and when they last spoke."""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core.models import Company, Customer, CustomerSource, Tier


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One customer as a list shows it."""

    id: int
    name: str
    company_name: str | None
    position: str | None
    tier: Tier
    city: str | None
    last_contact_on: date | None
    source: CustomerSource | None = None
    birthday: date | None = None

    @property
    def names(self) -> str:
        """Return the casefolded customer and company names (what short searches look at)."""
        return f"{self.name} {self.company_name or ''}".casefold()


def customer_rows(session: Session, ids: Iterable[int] | None = None) -> tuple[CustomerRow, ...]:
    """Return every customer (or those with ``ids``) with their company, ordered by name."""
    query = (
        select(
            Customer.id,
            Customer.name,
            Company.name,
            Customer.position,
            Customer.tier,
            Customer.city,
            Customer.last_contact_on,
            Customer.source,
            Customer.birthday,
        )
        .outerjoin(Company, Company.id == Customer.company_id)
        .order_by(Customer.name.collate("NOCASE"), Customer.id)
    )
    if ids is not None:
        query = query.where(Customer.id.in_(list(ids)))
    return tuple(CustomerRow(*row) for row in session.execute(query))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def list_order(row: CustomerRow) -> tuple[str, int]:
    """Return the sort key of ``customer_rows`` (SQLite's NOCASE folds only A-Z), to merge rows."""
    return row.name.translate(_ASCII_LOWER), row.id


def merged_rows(
    rows: Iterable[CustomerRow], fresh: Iterable[CustomerRow], ids: Iterable[int]
) -> tuple[CustomerRow, ...]:
    """Return ``rows`` with the rows of ``ids`` replaced by ``fresh`` (gone when not in it)."""
    replaced = set(ids)
    kept = [row for row in rows if row.id not in replaced]
    return tuple(sorted([*kept, *fresh], key=list_order))


def company_names(session: Session) -> list[str]:
    """Return the names of every company, alphabetically (what the contact form offers)."""
    return list(session.scalars(select(Company.name).order_by(Company.name)))


def days_to_birthday(born: date, today: date) -> int:
    """Return the days from ``today`` to the next birthday (0 on the day).

    Someone born on 29 February has their birthday on 1 March in other years.
    """
    for year in (today.year, today.year + 1):
        try:
            next_one = born.replace(year=year)
        except ValueError:  # 29 February in a year without it
            next_one = date(year, 3, 1)
        if next_one >= today:
            return (next_one - today).days
    raise AssertionError("unreachable: next year always has the date")


@dataclass(frozen=True)
class CustomerFilter:
    """What the customer list's filters ask for; the default accepts everyone."""

    tier: Tier | None = None
    source: CustomerSource | None = None
    not_contacted_days: int = 0  # 0: no limit; else last contact at least this long ago (or never)
    birthday_within_days: int | None = None

    def accepts(self, row: CustomerRow, today: date) -> bool:
        """Return True when ``row`` passes every filter."""
        if self.tier is not None and row.tier is not self.tier:
            return False
        if self.source is not None and row.source is not self.source:
            return False
        recent = row.last_contact_on is not None and (
            (today - row.last_contact_on).days < self.not_contacted_days
        )
        if self.not_contacted_days and recent:
            return False
        if self.birthday_within_days is not None:
            if row.birthday is None:
                return False
            return days_to_birthday(row.birthday, today) <= self.birthday_within_days
        return True
