"""Local days far from UTC: the agenda, the funnel's period and the calendar follow the rep's zone.

The suite pins UTC; these tests pin the zones at both ends of the world (UTC+14 and UTC-11)
and one with daylight saving, where "today" and "Tuesday" differ most from UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from salesdesk.core import local_time
from salesdesk.core.analytics.report import period
from salesdesk.core.exchange.calendar import calendar_bytes
from salesdesk.core.models import ActivityKind, Customer
from salesdesk.core.operations.visits import ActivityFields, plan_activity
from salesdesk.core.queries.agenda import agenda, overdue_activities
from salesdesk.core.store import Database

KIRITIMATI = timezone(timedelta(hours=14), "Pacific/Kiritimati")
PAGO_PAGO = timezone(timedelta(hours=-11), "Pacific/Pago_Pago")
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def customer(database: Database) -> int:
    with database.transaction() as s:
        anna = Customer(name="Anna Schmidt")
        s.add(anna)
        s.flush()
        return anna.id


def plan(database: Database, customer: int, at: datetime) -> int:
    with database.transaction() as s:
        return plan_activity(
            s, ActivityFields(kind=ActivityKind.VISIT, customer_id=customer, starts_at=at), NOW
        ).activity_id


@pytest.mark.parametrize(
    ("zone", "local_day"),
    [(UTC, date(2026, 6, 1)), (KIRITIMATI, date(2026, 6, 2)), (PAGO_PAGO, date(2026, 5, 31))],
)
def test_a_visit_is_on_the_reps_own_day(
    database: Database, customer: int, zone: timezone, local_day: date
) -> None:
    local_time.pin_zone(zone)
    visit = plan(database, customer, datetime(2026, 6, 1, 10, 30, tzinfo=UTC))
    with database.sessions() as s:
        days = agenda(s, local_day - timedelta(days=1), 3)
    assert [day for day, rows in days.items() if [row.id for row in rows] == [visit]] == [local_day]


def test_overdue_means_before_the_reps_today(database: Database, customer: int) -> None:
    local_time.pin_zone(KIRITIMATI)
    # 09:00 UTC on 1 June is 23:00 local on 1 June in Kiritimati: overdue on its 2 June only.
    visit = plan(database, customer, datetime(2026, 6, 1, 9, 0, tzinfo=UTC))
    with database.sessions() as s:
        assert [row.id for row in overdue_activities(s, date(2026, 6, 1))] == []
        assert [row.id for row in overdue_activities(s, date(2026, 6, 2))] == [visit]


@pytest.mark.parametrize("zone", [KIRITIMATI, PAGO_PAGO, ZoneInfo("Europe/Berlin")])
def test_the_funnels_period_is_made_of_whole_local_days(zone: timezone) -> None:
    local_time.pin_zone(zone)
    start, end = period(date(2026, 3, 28), date(2026, 3, 30), date(2026, 3, 30))
    assert local_time.local(start).replace(tzinfo=None) == datetime(2026, 3, 28)
    assert local_time.local(end).replace(tzinfo=None) == datetime(2026, 3, 31)
    hours = (end - start) / timedelta(hours=1)
    # Berlin changes to summer time on 29 March 2026: those three days are 71 hours long.
    assert hours == (71 if isinstance(zone, ZoneInfo) else 72)


def test_the_calendar_export_takes_the_reps_days(database: Database, customer: int) -> None:
    import icalendar

    local_time.pin_zone(PAGO_PAGO)
    inside = plan(database, customer, datetime(2026, 6, 2, 10, 0, tzinfo=UTC))  # 1 June, 23:00
    plan(database, customer, datetime(2026, 6, 2, 11, 30, tzinfo=UTC))  # 2 June, 00:30
    with database.sessions() as s:
        ics = calendar_bytes(s, date(2026, 6, 1), date(2026, 6, 1), NOW)
        assert s.scalar(select(Customer.name)) == "Anna Schmidt"
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    assert [event.decoded("dtstart") for event in events] == [
        datetime(2026, 6, 2, 10, 0, tzinfo=UTC)
    ]
    assert inside


def test_a_wall_clock_time_becomes_the_right_instant() -> None:
    local_time.pin_zone(ZoneInfo("Europe/Berlin"))
    summer = local_time.localize(datetime(2026, 7, 1, 9, 0))
    winter = local_time.localize(datetime(2026, 1, 7, 9, 0))
    assert summer.astimezone(UTC).hour == 7 and winter.astimezone(UTC).hour == 8
    assert local_time.day_start(date(2026, 7, 1)) == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
