from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from salesdesk.core.models import ActivityKind, ActivityStatus, CustomerSource, Tier
from salesdesk.core.queries import (
    DatabaseCounts,
    customer_rows,
    database_counts,
)
from salesdesk.core.queries.agenda import agenda, overdue_activities
from salesdesk.core.queries.customers import CustomerFilter, CustomerRow, days_to_birthday
from salesdesk.core.store import Database
from tests.ui.world import MARKUP_NAME, NOW, World, build_world

STAGES = ["New contact", "Qualified", "Presented", "Proposal", "Negotiation", "Contracted"]


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


def test_customers_with_company_ordered_by_name(database: Database, world: World):
    with database.sessions() as session:
        rows = customer_rows(session)
    names = [row.name for row in rows]
    # Case-insensitive, then by code point (王 U+738B sorts before 김 U+AE40).
    assert names == [MARKUP_NAME, "Anna Schmidt", "Zoe Young", "王芳", "김민준"]
    anna = rows[1]
    assert (anna.company_name, anna.position, anna.tier, anna.city) == (
        "Acme GmbH",
        "Head of Purchasing",
        Tier.A,
        "Berlin",
    )
    assert anna.last_contact_on.isoformat() == "2026-03-01"
    assert rows[0].company_name is None and rows[0].last_contact_on is None


def test_the_agenda_by_local_day_with_readiness_and_overdue(database: Database, world: World):
    with database.sessions() as session:
        days = agenda(session, date(2026, 3, 5), 8)
        overdue = overdue_activities(session, NOW.date())
    assert [row.id for row in days[date(2026, 3, 5)]] == [world.activities["done"]]
    assert [row.id for row in days[date(2026, 3, 10)]] == [world.activities["call"]]
    (visit,) = days[date(2026, 3, 12)]
    assert (visit.checklist_done, visit.checklist_total, visit.ready) == (7, 12, False)
    assert visit.kind is ActivityKind.VISIT and visit.customer_name == "Anna Schmidt"
    assert visit.starts_at.utcoffset() == timedelta(0)
    (call,) = days[date(2026, 3, 10)]
    assert (call.checklist_total, call.has_checklist) == (0, False)
    (done,) = days[date(2026, 3, 5)]
    assert (done.status, done.checklist_done, done.checklist_total, done.ready) == (
        ActivityStatus.DONE,
        3,
        3,
        True,
    )
    assert sum(len(rows) for rows in days.values()) == 3 and len(days) == 8
    assert [row.id for row in overdue] == [world.activities["old"]]  # planned, day passed


def test_counts(database: Database, world: World):
    with database.sessions() as session:
        assert database_counts(session) == DatabaseCounts(customers=5, open_deals=5)


def test_queries_run_a_fixed_number_of_statements(database: Database):
    """No N+1: the number of SQL statements does not grow with the number of deals."""
    for _ in range(3):
        build_world(database)
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with database.sessions() as session:
        customer_rows(session)
        agenda(session, NOW.date(), 7)
        database_counts(session)
    queries = [sql for sql in statements if sql.startswith("SELECT")]
    assert len(queries) == 1 + 1 + 1


@pytest.mark.parametrize(
    ("born", "today", "days"),
    [
        (date(1980, 3, 12), date(2026, 3, 10), 2),
        (date(1980, 3, 10), date(2026, 3, 10), 0),
        (date(1980, 3, 9), date(2026, 3, 10), 364),
        (date(1984, 2, 29), date(2026, 2, 27), 2),
        (date(1984, 2, 29), date(2028, 2, 27), 2),
        (date(1990, 1, 5), date(2026, 12, 30), 6),
    ],
)
def test_days_to_the_next_birthday(born: date, today: date, days: int) -> None:
    assert days_to_birthday(born, today) == days


def test_customer_filter_combines_its_parts() -> None:
    today = date(2026, 3, 10)
    row = CustomerRow(
        1,
        "Anna",
        None,
        None,
        Tier.A,
        None,
        date(2026, 3, 1),
        CustomerSource.REFERRAL,
        date(1980, 3, 20),
    )
    assert CustomerFilter().accepts(row, today)
    assert CustomerFilter(tier=Tier.A, source=CustomerSource.REFERRAL).accepts(row, today)
    assert not CustomerFilter(tier=Tier.B).accepts(row, today)
    assert not CustomerFilter(source=CustomerSource.TRADE_SHOW).accepts(row, today)
    assert CustomerFilter(not_contacted_days=9).accepts(row, today)
    assert not CustomerFilter(not_contacted_days=10).accepts(row, today)
    assert CustomerFilter(birthday_within_days=14).accepts(row, today)
    assert not CustomerFilter(birthday_within_days=7).accepts(row, today)
    never = CustomerRow(2, "Kim", None, None, Tier.C, None, None)
    assert CustomerFilter(not_contacted_days=30).accepts(never, today)  # never contacted
    assert not CustomerFilter(birthday_within_days=14).accepts(never, today)
