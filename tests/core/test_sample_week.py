"""The sample's week is a field rep's week: one territory, working days and hours, a route.

Checked for several seeds and for zones far apart (the rep's zone is whatever the machine
says): every visit on a working day between 08:00 and 19:00 on the rep's clock, calls never
at night, three to six visits on the coming working days, and a route that works.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from haversine import haversine
from sqlalchemy import select

from salesdesk.core import local_time
from salesdesk.core.models import Activity, ActivityKind, ActivityStatus, Customer
from salesdesk.core.queries.agenda import agenda
from salesdesk.core.route import TravelRules, route_of
from salesdesk.core.sample import generate_sample, territory_for
from salesdesk.core.store import Database, open_database

TODAY = date(2026, 3, 11)  # a Wednesday


@dataclass(frozen=True)
class Week:
    """A sample world generated with the rep in ``zone``."""

    path: Path
    zone: tzinfo
    region: str | None


@pytest.fixture(
    scope="module",
    params=[
        (1, "UTC", "DE"),
        (7, "Pacific/Pago_Pago", "ES"),
        (42, "Asia/Tokyo", "US"),
        (5, "America/New_York", None),  # daylight saving starts on 8 March 2026
    ],
    ids=["seed1-utc-de", "seed7-pago-pago-es", "seed42-tokyo-us", "seed5-new-york"],
)
def generated(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    _template_database: Path,
) -> Week:
    """Generate the first-start sample (its default size) once per seed and zone."""
    seed, zone_name, region = request.param
    path = tmp_path_factory.mktemp("week") / "sample.sqlite3"
    shutil.copyfile(_template_database, path)
    zone = ZoneInfo(zone_name)
    local_time.pin_zone(zone)
    database = open_database(path)
    try:
        with database.transaction() as session:
            generate_sample(session, seed=seed, today=TODAY, region=region)
    finally:
        database.close()
        local_time.pin_zone(UTC)
    return Week(path, zone, region)


@pytest.fixture
def week(generated: Week) -> Iterator[tuple[Database, str | None]]:
    """Open the generated world with the rep's zone pinned to the one it was made in."""
    local_time.pin_zone(generated.zone)
    database = open_database(generated.path)
    yield database, generated.region
    database.close()


def _activities(database: Database) -> list[Activity]:
    with database.transaction() as session:
        rows = session.scalars(select(Activity)).all()
        session.expunge_all()
        return list(rows)


def test_visits_lie_on_working_days_in_working_hours(week: tuple[Database, str | None]) -> None:
    database, _ = week
    activities = _activities(database)
    assert {activity.kind for activity in activities} == set(ActivityKind)
    for activity in activities:
        start = local_time.local(activity.starts_at)
        end = local_time.local(activity.starts_at + timedelta(minutes=activity.duration_minutes))
        assert start.isoweekday() <= 5, f"{activity.kind} on a {start:%A}: {start}"
        assert start.date() == end.date()
        if activity.kind is ActivityKind.VISIT:
            assert time(8) <= start.time() and end.time() <= time(19), start
        else:  # calls a little earlier or later, e-mails and tasks in office hours
            assert time(7, 30) <= start.time() and end.time() <= time(20), start


def test_the_coming_working_days_hold_three_to_six_visits(
    week: tuple[Database, str | None],
) -> None:
    database, _ = week
    visits = Counter(
        local_time.local_day(activity.starts_at)
        for activity in _activities(database)
        if activity.kind is ActivityKind.VISIT and activity.status is not ActivityStatus.CANCELLED
    )
    assert max(visits.values()) <= 6
    coming = [TODAY + timedelta(days=n) for n in range(7)]
    working = [day for day in coming if day.isoweekday() <= 5]  # the next five working days
    assert all(3 <= visits[day] <= 6 for day in working), {d: visits[d] for d in working}


def test_every_day_of_the_sample_has_a_route_that_works(
    week: tuple[Database, str | None],
) -> None:
    database, _ = week
    with database.transaction() as session:
        days = agenda(session, TODAY - timedelta(days=30), 45)
    checked = 0
    for rows in days.values():
        for check in route_of(rows, TravelRules()).values():
            assert not check.has_problem, check
            checked += check.arrival is not None
    assert checked > 20  # the route was really put to the test


def test_customers_live_in_one_territory(week: tuple[Database, str | None]) -> None:
    database, region = week
    territory = territory_for(region)
    centres = {place.city: place.centre for place in territory.places}
    with database.transaction() as session:
        customers = session.execute(
            select(Customer.city, Customer.latitude, Customer.longitude)
        ).all()
    assert {city for city, _, _ in customers if city} <= set(centres)
    assert len({city for city, _, _ in customers if city}) >= 3  # a few cities, not one
    placed = [row for row in customers if row.latitude is not None]
    assert len(placed) > len(customers) / 2
    for city, latitude, longitude in placed:
        assert haversine(centres[city], (latitude, longitude)) < 15  # in or near the city
    spread = max(haversine(a, b) for a in centres.values() for b in centres.values())
    assert spread < 250  # a region a rep drives across, not a continent


def test_today_is_the_reps_day_in_every_zone(week: tuple[Database, str | None]) -> None:
    database, _ = week
    planned_today = [
        activity
        for activity in _activities(database)
        if activity.status is ActivityStatus.PLANNED
        and local_time.local_day(activity.starts_at) == TODAY
    ]
    assert any(activity.kind is ActivityKind.VISIT for activity in planned_today)
    noon = local_time.localize(datetime.combine(TODAY, time(12)))
    assert local_time.local_day(noon) == TODAY
