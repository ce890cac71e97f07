"""The day's route: visits in order, the gaps between them, and what cannot work.

Plain functions over plain stops, so the agenda on screen and the printed route page check a
day the same way. Two things cannot work:

- **Overlaps**: two appointments (visits and calls; e-mails and tasks fit around them) whose
  times overlap.
- **Too far**: a visit that starts sooner after the previous visit of the same day than the
  travel between them takes. Where both customers' addresses carry coordinates, travel takes
  the straight-line distance at an average speed; otherwise it is a fixed time between two
  cities, and a shorter one within the same city. A visit whose city is not known is not
  judged.

A visit takes place at its customer's address (the company's city where the customer has
none); the free-text place of a visit is what the rep reads, not what is measured.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property

from haversine import haversine

from salesdesk.core import local_time
from salesdesk.core.matching import name_key
from salesdesk.core.models import ActivityKind, ActivityStatus
from salesdesk.core.queries.visits import VisitRow

APPOINTMENTS = frozenset({ActivityKind.VISIT, ActivityKind.CALL})
LIMITS = {"between_cities": (0, 600), "same_city": (0, 240), "speed_kmh": (5, 200)}


@dataclass(frozen=True)
class TravelRules:
    """How long getting from one visit to the next takes, in minutes."""

    between_cities: int = 60
    same_city: int = 15
    speed_kmh: int = 50  # straight-line average where both places have coordinates


class Measure(StrEnum):
    """How a travel time was found."""

    DISTANCE = "distance"  # coordinates at both ends
    OTHER_CITY = "other_city"
    SAME_CITY = "same_city"


@dataclass(frozen=True)
class Stop:
    """An activity of the day as the route sees it."""

    activity_id: int
    kind: ActivityKind
    starts_at: datetime
    duration_minutes: int
    customer: str
    city: str | None = None
    coordinates: tuple[float, float] | None = None

    @cached_property
    def ends_at(self) -> datetime:
        """Return when it ends (worked out once: the route and the sample ask often)."""
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @classmethod
    def of_row(cls, row: VisitRow) -> Stop:
        """Return an agenda row as a stop of the route."""
        place = None
        if row.latitude is not None and row.longitude is not None:
            place = (row.latitude, row.longitude)
        return cls(
            row.id,
            row.kind,
            row.starts_at,
            row.duration_minutes,
            row.customer_name,
            row.city,
            place,
        )


@dataclass(frozen=True)
class Travel:
    """What getting from one place to another takes."""

    minutes: int
    measure: Measure
    distance_km: float | None = None


@dataclass(frozen=True)
class Arrival:
    """How a visit follows the visit before it on the same day."""

    previous: Stop
    gap_minutes: int  # from the end of the previous visit to this one's start (< 0: overlap)
    travel: Travel | None  # None: a city is not known

    @property
    def too_far(self) -> bool:
        """Return True when the gap is shorter than the travel (an overlap is flagged apart)."""
        return self.travel is not None and 0 <= self.gap_minutes < self.travel.minutes


@dataclass(frozen=True)
class StopCheck:
    """One activity of the route, with its arrival (visits after a visit) and its clashes."""

    stop: Stop
    arrival: Arrival | None
    overlaps: tuple[Stop, ...]

    @property
    def has_problem(self) -> bool:
        return bool(self.overlaps) or (self.arrival is not None and self.arrival.too_far)


def travel(start: Stop, end: Stop, rules: TravelRules) -> Travel | None:
    """Return the travel from ``start``'s place to ``end``'s, or None when a city is unknown."""
    if start.coordinates is not None and end.coordinates is not None:
        kilometres = haversine(start.coordinates, end.coordinates)
        minutes = math.ceil(kilometres / rules.speed_kmh * 60 - 1e-9)
        return Travel(minutes, Measure.DISTANCE, kilometres)
    if not (start.city and start.city.strip() and end.city and end.city.strip()):
        return None
    if name_key(start.city) == name_key(end.city):
        return Travel(rules.same_city, Measure.SAME_CITY)
    return Travel(rules.between_cities, Measure.OTHER_CITY)


def _minutes(delta: timedelta) -> int:
    return math.floor(delta.total_seconds() / 60)


def _overlaps(ordered: Sequence[Stop]) -> dict[int, list[Stop]]:
    """Return, by activity id, the appointments each appointment overlaps (a sweep by start)."""
    found: dict[int, list[Stop]] = {stop.activity_id: [] for stop in ordered}
    for index, stop in enumerate(ordered):
        for other in ordered[index + 1 :]:
            if other.starts_at >= stop.ends_at:
                break
            if stop.starts_at < other.ends_at:
                found[stop.activity_id].append(other)
                found[other.activity_id].append(stop)
    return found


def check_route(stops: Iterable[Stop], rules: TravelRules) -> list[StopCheck]:
    """Return every stop in time order with its arrival and the appointments it overlaps.

    Appointments are visits and calls (e-mails and tasks fit around them). Arrivals link each
    visit to the previous visit of the same local day.
    """
    ordered = sorted(stops, key=lambda stop: (stop.starts_at, stop.activity_id))
    overlaps = _overlaps([stop for stop in ordered if stop.kind in APPOINTMENTS])
    checks = []
    previous: Stop | None = None
    for stop in ordered:
        arrival = None
        if stop.kind is ActivityKind.VISIT:
            if previous is not None and local_time.local_day(
                previous.starts_at
            ) == local_time.local_day(stop.starts_at):
                gap = _minutes(stop.starts_at - previous.ends_at)
                arrival = Arrival(previous, gap, travel(previous, stop, rules))
            previous = stop
        clashes = sorted(overlaps.get(stop.activity_id, ()), key=lambda other: other.starts_at)
        checks.append(StopCheck(stop, arrival, tuple(clashes)))
    return checks


def route_of(rows: Sequence[VisitRow], rules: TravelRules) -> dict[int, StopCheck]:
    """Return the route check of agenda rows by activity id; cancelled ones take no time."""
    stops = [Stop.of_row(row) for row in rows if row.status is not ActivityStatus.CANCELLED]
    return {check.stop.activity_id: check for check in check_route(stops, rules)}


def rules_problems(rules: TravelRules) -> list[tuple[str, str]]:
    """Return (field, message) for each rule outside what makes sense."""
    problems = []
    for name, (low, high) in LIMITS.items():
        value = getattr(rules, name)
        if not low <= value <= high:
            unit = "km/h" if name == "speed_kmh" else "minutes"
            problems.append((name, f"{name.replace('_', ' ')} is {low} to {high} {unit}"))
    return problems
