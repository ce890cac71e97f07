"""Search over customers: a SQLite FTS5 index with the trigram tokenizer, kept up by triggers.

One row per customer (rowid = customer id) holds the text a rep searches by: name, company,
position, city, notes, phone numbers and e-mail addresses, and profile answers. The trigram
tokenizer finds any substring of three or more characters in any script, so Chinese and
Korean names match without word breaking; shorter terms are looked for in names only.

Migration 0002 creates the table and triggers with ``create_index``. Changing their definition
here needs a new migration that drops and recreates them. A bulk load pauses the triggers: the
sample generator rebuilds the index once at the end, an import indexes what it added.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from salesdesk.core.models import Company, Customer

SEARCH_TABLE = "customer_search"
T = TypeVar("T")

# The text of one customer, for ``WHERE c.id = <customer>`` or any other filter on ``c``.
_BODY = """
SELECT c.id, trim(
    coalesce(c.name, '') || ' ' || coalesce(co.name, '') || ' ' || coalesce(c.position, '')
    || ' ' || coalesce(c.city, '') || ' ' || coalesce(c.notes, '') || ' '
    || coalesce((SELECT group_concat(m.value, ' ') FROM contact_methods m
                 WHERE m.customer_id = c.id), '') || ' '
    || coalesce((SELECT group_concat(p.answer, ' ') FROM profile_entries p
                 WHERE p.customer_id = c.id), ''))
FROM customers c LEFT JOIN companies co ON co.id = c.company_id
"""


def _reindex(customer: str) -> str:
    return (
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = {customer}; "
        f"INSERT INTO {SEARCH_TABLE}(rowid, body) {_BODY} WHERE c.id = {customer};"
    )


TRIGGERS: dict[str, str] = {
    "customer_search_customer_insert": f"AFTER INSERT ON customers BEGIN {_reindex('NEW.id')} END",
    "customer_search_customer_update": (
        f"AFTER UPDATE ON customers BEGIN DELETE FROM {SEARCH_TABLE} WHERE rowid = OLD.id; "
        f"{_reindex('NEW.id')} END"
    ),
    "customer_search_customer_delete": (
        f"AFTER DELETE ON customers BEGIN DELETE FROM {SEARCH_TABLE} WHERE rowid = OLD.id; END"
    ),
    "customer_search_company_update": (
        f"AFTER UPDATE OF name ON companies BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
        f"(SELECT id FROM customers WHERE company_id = NEW.id); "
        f"INSERT INTO {SEARCH_TABLE}(rowid, body) {_BODY} WHERE c.company_id = NEW.id; END"
    ),
    **{
        f"customer_search_{table}_{event.lower()}": f"AFTER {event} ON {table} BEGIN "
        + " ".join(_reindex(f"{row}.customer_id") for row in rows)
        + " END"
        for table in ("contact_methods", "profile_entries")
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",)))
    },
}

CREATE_TABLE = f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(body, tokenize = 'trigram')"
SHORTEST_INDEXED = 3  # the trigram tokenizer cannot look up shorter terms


Executor = Session | Connection


def create_index(db: Executor) -> None:
    """Create the index table and its triggers, and fill it (migration 0002)."""
    db.execute(text(CREATE_TABLE))
    create_triggers(db)
    rebuild_index(db)


def drop_index(db: Executor) -> None:
    """Remove the index table and its triggers (downgrade of migration 0002)."""
    drop_triggers(db)
    db.execute(text(f"DROP TABLE IF EXISTS {SEARCH_TABLE}"))


def create_triggers(db: Executor) -> None:
    """Create the triggers that keep the index in step with the tables."""
    for name, body in TRIGGERS.items():
        db.execute(text(f"CREATE TRIGGER {name} {body}"))


def drop_triggers(db: Executor) -> None:
    """Drop the index's triggers (a bulk load rebuilds the index afterwards)."""
    for name in TRIGGERS:
        db.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def rebuild_index(db: Executor) -> None:
    """Fill the index again from the tables."""
    db.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    with _merging_paused(db):
        db.execute(text(f"INSERT INTO {SEARCH_TABLE}(rowid, body) {_BODY}"))


# FTS5's default: after each write, merge segments worth 4 times what was written.
_AUTOMERGE = 4


@contextmanager
def _merging_paused(db: Executor) -> Iterator[None]:
    """Index many rows in one statement without FTS5's merging after every flushed segment.

    With automerge off, FTS5 still merges a level once it holds ``crisismerge`` (16) segments,
    so searches stay as fast; filling the index of 200,000 customers takes about half the
    time. The setting lives in the index's own config table, inside the caller's transaction.
    """
    config = f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES ('automerge', :value)"
    db.execute(text(config), {"value": 0})
    yield
    db.execute(text(config), {"value": _AUTOMERGE})


def has_index(db: Executor) -> bool:
    """Return True when the database has the search table (migration 0002 or later)."""
    found = db.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": SEARCH_TABLE},
    ).scalar()
    return bool(found)


def refresh_after_migrations(db: Executor) -> None:
    """Recreate the triggers and refill the index after migrations rebuilt tables.

    Migrations run with the triggers dropped: a batch rebuild of ``customers`` would drop the
    triggers on it, and SQLite refuses to rename a table that other triggers refer to.
    """
    if has_index(db):
        drop_triggers(db)
        create_triggers(db)
        rebuild_index(db)


def index_customers(db: Executor, first_new_id: int, changed: Sequence[int] = ()) -> None:
    """Index customers with ids from ``first_new_id`` on, and index ``changed`` ones again.

    For a bulk load that ran with the triggers off and added rows with ascending ids.
    """
    with _merging_paused(db):
        db.execute(
            text(f"INSERT INTO {SEARCH_TABLE}(rowid, body) {_BODY} WHERE c.id >= :first"),
            {"first": first_new_id},
        )
    for start in range(0, len(changed), 500):
        ids = ", ".join(str(int(customer)) for customer in changed[start : start + 500])
        db.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN ({ids})"))
        db.execute(text(f"INSERT INTO {SEARCH_TABLE}(rowid, body) {_BODY} WHERE c.id IN ({ids})"))


@contextmanager
def triggers_off(session: Session) -> Iterator[None]:
    """Write many rows without per-row index upkeep; the caller indexes what it wrote.

    On an error the transaction rolls back, and with it the dropped triggers come back.
    """
    session.flush()
    drop_triggers(session)
    yield
    session.flush()
    create_triggers(session)


@contextmanager
def triggers_paused(session: Session) -> Iterator[None]:
    """Write many customers without per-row index upkeep, then rebuild the index once."""
    session.flush()
    drop_triggers(session)
    yield
    session.flush()
    create_triggers(session)
    rebuild_index(session)


def _phrase(term: str) -> str:
    """Return ``term`` as an FTS5 phrase: quoted, with its own quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class SearchTerms:
    """A search split into terms the index can look up and terms too short for it."""

    indexed: tuple[str, ...]
    short: tuple[str, ...]  # casefolded; matched against names only

    @classmethod
    def parse(cls, query: str) -> SearchTerms:
        """Split ``query`` at spaces."""
        terms = query.split()
        return cls(
            tuple(t for t in terms if len(t) >= SHORTEST_INDEXED),
            tuple(t.casefold() for t in terms if len(t) < SHORTEST_INDEXED),
        )

    def __bool__(self) -> bool:
        return bool(self.indexed or self.short)

    def keep_by_names(self, items: Sequence[tuple[T, str]]) -> list[tuple[T, str]]:
        """Keep the (item, casefolded names) pairs whose names hold every short term.

        Terms of one or two characters are looked for in the customer's and the company's name
        only: scanning every note for "a" would find almost everyone, and slowly. One pass per
        term keeps this fast over 50,000 customers.
        """
        kept = list(items)
        for term in self.short:
            kept = [pair for pair in kept if term in pair[1]]
        return kept


def indexed_matches(session: Session, terms: SearchTerms) -> set[int]:
    """Return the ids of customers whose indexed text contains every indexed term."""
    match = " AND ".join(_phrase(term) for term in terms.indexed)
    sql = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match"
    return set(session.connection().execute(text(sql), {"match": match}).scalars().all())


def search_customers(session: Session, query: str) -> list[int]:
    """Return the ids of customers matching every term of ``query``, in id order.

    Terms are substrings, ignoring case; an empty query returns no ids (callers show all).
    """
    terms = SearchTerms.parse(query)
    if not terms:
        return []
    found = indexed_matches(session, terms) if terms.indexed else None
    if not terms.short:
        return sorted(found or ())
    rows = session.connection().execute(
        select(Customer.id, Customer.name, Company.name).outerjoin(
            Company, Company.id == Customer.company_id
        )
    )
    named = [
        (customer_id, f"{name} {company or ''}".casefold())
        for customer_id, name, company in rows
        if found is None or customer_id in found
    ]
    return [customer_id for customer_id, _ in terms.keep_by_names(named)]
