"""The day's route: overlaps, too little time between cities, and straight-line distance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from salesdesk.core import local_time
from salesdesk.core.models import ActivityKind
from salesdesk.core.route import (
    Measure,
    Stop,
    TravelRules,
    check_route,
    rules_problems,
    travel,
)

DAY = datetime(2026, 3, 10, tzinfo=UTC)  # a Tuesday
MADRID = (40.4168, -3.7038)
GETAFE = (40.3057, -3.7329)  # 12.6 km south of Madrid's centre
VALENCIA = (39.4699, -0.3763)  # 302 km from Madrid
RULES = TravelRules()


def stop(
    number: int,
    at: str,
    city: str | None = "Madrid",
    *,
    minutes: int = 60,
    kind: ActivityKind = ActivityKind.VISIT,
    place: tuple[float, float] | None = None,
    day: datetime = DAY,
) -> Stop:
    hours, mins = (int(part) for part in at.split(":"))
    starts = day + timedelta(hours=hours, minutes=mins)
    return Stop(number, kind, starts, minutes, f"Customer {number}", city, place)


def by_id(stops: list[Stop], rules: TravelRules = RULES) -> dict[int, object]:
    return {check.stop.activity_id: check for check in check_route(stops, rules)}


def test_the_defaults_are_an_hour_between_cities_and_a_quarter_within_one() -> None:
    assert (RULES.between_cities, RULES.same_city) == (60, 15)


def test_two_visits_at_the_same_time_in_madrid_and_valencia_overlap() -> None:
    checks = by_id([stop(1, "13:15", "Madrid"), stop(2, "13:15", "Valencia")])
    assert [other.activity_id for other in checks[1].overlaps] == [2]
    assert [other.activity_id for other in checks[2].overlaps] == [1]
    assert checks[1].has_problem and checks[2].has_problem
    assert checks[2].arrival.gap_minutes == -60  # starts an hour before the first one ends


def test_a_call_during_a_visit_overlaps_but_an_email_or_task_fits_around_it() -> None:
    checks = by_id(
        [
            stop(1, "09:00"),
            stop(2, "09:30", None, minutes=15, kind=ActivityKind.CALL),
            stop(3, "09:30", None, minutes=15, kind=ActivityKind.EMAIL),
            stop(4, "09:45", None, minutes=15, kind=ActivityKind.TASK),
        ]
    )
    assert [other.activity_id for other in checks[1].overlaps] == [2]
    assert checks[3].overlaps == () and checks[4].overlaps == ()
    assert not checks[3].has_problem


def test_back_to_back_is_no_overlap() -> None:
    checks = by_id([stop(1, "09:00"), stop(2, "10:00", kind=ActivityKind.CALL)])
    assert checks[1].overlaps == () and checks[2].overlaps == ()


@pytest.mark.parametrize(
    ("second", "city", "problem"),
    [
        ("11:00", "Valencia", False),  # an hour: just enough between cities
        ("10:59", "Valencia", True),
        ("10:15", "madrid ", False),  # the same city, spelled another way: a quarter will do
        ("10:14", "Madrid", True),
        ("10:05", None, False),  # a city not known is not judged
    ],
)
def test_consecutive_visits_need_the_travel_time_between_their_cities(
    second: str, city: str | None, problem: bool
) -> None:
    checks = by_id([stop(1, "09:00"), stop(2, second, city)])
    arrival = checks[2].arrival
    assert arrival is not None and arrival.previous.activity_id == 1
    assert arrival.too_far is problem and checks[2].has_problem is problem
    assert checks[1].arrival is None and not checks[1].has_problem


def test_the_travel_rules_are_the_ones_given() -> None:
    slow = TravelRules(between_cities=120, same_city=30)
    assert not by_id([stop(1, "09:00"), stop(2, "11:00", "Valencia")])[2].has_problem
    assert by_id([stop(1, "09:00"), stop(2, "11:00", "Valencia")], slow)[2].has_problem
    assert by_id([stop(1, "09:00"), stop(2, "10:20")], slow)[2].has_problem


def test_coordinates_measure_the_straight_line_at_the_average_speed() -> None:
    near = travel(stop(1, "09:00", place=MADRID), stop(2, "11:00", place=GETAFE), RULES)
    assert near is not None and near.measure is Measure.DISTANCE
    assert near.distance_km == pytest.approx(12.6, abs=0.2)
    assert near.minutes == 16  # 12.6 km at 50 km/h, rounded up
    far = travel(stop(1, "09:00", place=MADRID), stop(2, "11:00", place=VALENCIA), RULES)
    assert far is not None and far.distance_km == pytest.approx(302, abs=3)
    assert far.minutes == 364  # 302.6 km at 50 km/h, rounded up
    # Coordinates win over the city rule: Getafe is "another city" but twenty minutes away,
    # and Valencia's 302 km take far longer than the rule's hour.
    assert not by_id([stop(1, "09:00", place=MADRID), stop(2, "10:20", "Getafe", place=GETAFE)])[
        2
    ].has_problem
    checks = by_id([stop(1, "09:00", place=MADRID), stop(2, "13:00", "Valencia", place=VALENCIA)])
    assert checks[2].arrival.too_far and checks[2].arrival.travel.minutes == 364


def test_one_address_without_coordinates_falls_back_on_the_city_rule() -> None:
    way = travel(stop(1, "09:00", place=MADRID), stop(2, "11:00", "Valencia"), RULES)
    assert way is not None and (way.measure, way.minutes) == (Measure.OTHER_CITY, 60)


def test_the_speed_is_a_rule_too() -> None:
    fast = TravelRules(speed_kmh=100)
    way = travel(stop(1, "09:00", place=MADRID), stop(2, "11:00", place=GETAFE), fast)
    assert way is not None and way.minutes == 8


def test_arrivals_link_visits_of_one_day_only_and_skip_calls() -> None:
    tomorrow = DAY + timedelta(days=1)
    checks = by_id(
        [
            stop(1, "17:00", "Madrid"),
            stop(2, "17:30", None, minutes=10, kind=ActivityKind.CALL),
            stop(3, "18:20", "Valencia"),
            stop(4, "08:00", "Valencia", day=tomorrow),
        ]
    )
    assert checks[2].arrival is None  # a call is taken wherever the rep is
    assert checks[3].arrival.previous.activity_id == 1 and checks[3].arrival.too_far
    assert checks[4].arrival is None  # the first visit of its day


def test_the_day_is_the_reps_local_day() -> None:
    # 23:30 and 00:15 UTC are the same afternoon in Pago Pago (UTC-11).
    local_time.pin_zone(timezone(timedelta(hours=-11)))
    try:
        late = stop(3, "00:15", "Valencia", day=DAY + timedelta(days=1))
        checks = by_id([stop(1, "23:00", minutes=30), late])
        assert checks[3].arrival is not None and checks[3].arrival.too_far
    finally:
        local_time.pin_zone(UTC)
    assert by_id([stop(1, "23:00", minutes=30), late])[3].arrival is None  # two days in UTC


def test_rules_out_of_range_are_named() -> None:
    assert rules_problems(RULES) == []
    problems = rules_problems(TravelRules(between_cities=601, same_city=-1, speed_kmh=4))
    assert [field for field, _ in problems] == ["between_cities", "same_city", "speed_kmh"]
