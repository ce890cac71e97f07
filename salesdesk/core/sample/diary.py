"""The rep's diary as the sample fills it: working days, working hours, a route that works.

Visits start and end between 08:00 and 19:00 on the rep's clock, calls between 07:30 and
20:00, e-mails and tasks between 08:00 and 18:00, all on working days (Monday to Friday), on
a quarter-hour grid. No two appointments (visits, calls) overlap, a day holds at most six
visits, and consecutive visits leave the travel time ``core.route`` would ask for. The visits
planned from today on fill the coming working days three to six at a time, a day's visits
mostly in one city: the week a rep would plan.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from salesdesk.core import local_time
from salesdesk.core.models import ActivityKind
from salesdesk.core.route import APPOINTMENTS, Stop, TravelRules, travel
from salesdesk.core.sample.common import at

GRID = 15  # minutes
HOURS = {  # (first start, last end) in minutes of the day
    ActivityKind.VISIT: (8 * 60, 19 * 60),
    ActivityKind.CALL: (7 * 60 + 30, 20 * 60),
    ActivityKind.EMAIL: (8 * 60, 18 * 60),
    ActivityKind.TASK: (8 * 60, 18 * 60),
}
MAX_VISITS = 6
PLANNED_VISITS = (3, 6)  # visits on each coming working day
_SEARCH_DAYS = 15  # how far from the wished day a booking may move
_TRIES_PER_DAY = 12  # slots tried on one day before the next day is tried


def is_working_day(day: date) -> bool:
    """Return True from Monday to Friday."""
    return day.isoweekday() <= 5


def working_day_from(day: date, step: int = 1) -> date:
    """Return ``day`` if it is a working day, else the next one (``step`` -1: the one before)."""
    while not is_working_day(day):
        day += timedelta(days=step)
    return day


@dataclass(frozen=True)
class Where:
    """Where an activity takes place: the customer's city and, when known, coordinates."""

    customer: str
    city: str | None
    coordinates: tuple[float, float] | None


@dataclass
class Diary:
    """The appointments booked so far, day by day, and the rules they keep."""

    rng: random.Random
    rules: TravelRules = field(default_factory=TravelRules)
    _days: dict[date, list[Stop]] = field(default_factory=dict)
    _visits: dict[date, int] = field(default_factory=dict)  # visits booked per day
    _busy: dict[date, int] = field(default_factory=dict)  # appointment minutes per day
    _next_id: int = 0

    def _stop(self, kind: ActivityKind, start: datetime, minutes: int, where: Where) -> Stop:
        self._next_id += 1
        return Stop(
            self._next_id, kind, start, minutes, where.customer, where.city, where.coordinates
        )

    def visits_on(self, day: date) -> int:
        """Return how many visits ``day`` holds."""
        return self._visits.get(day, 0)

    def _has_room(self, day: date, kind: ActivityKind, minutes: int) -> bool:
        """Return False when ``day`` cannot take another ``kind`` of ``minutes`` at all.

        A quick look before trying every slot: a day with six visits, or with fewer free
        minutes in the kind's hours than the booking needs, is skipped whole.
        """
        if kind not in APPOINTMENTS:
            return True
        if kind is ActivityKind.VISIT and self.visits_on(day) >= MAX_VISITS:
            return False
        low, high = HOURS[kind]
        return self._busy.get(day, 0) + minutes <= high - low

    def fits(self, day: date, candidate: Stop) -> bool:
        """Return True when ``candidate`` keeps ``day`` free of overlaps and travel squeezes."""
        booked = self._days.get(day, [])
        if candidate.kind not in APPOINTMENTS:
            return True
        if candidate.kind is ActivityKind.VISIT and self.visits_on(day) >= MAX_VISITS:
            return False
        for other in booked:
            if other.starts_at < candidate.ends_at and candidate.starts_at < other.ends_at:
                return False
        if candidate.kind is not ActivityKind.VISIT:
            return True
        visits = [stop for stop in booked if stop.kind is ActivityKind.VISIT]
        before = [stop for stop in visits if stop.starts_at < candidate.starts_at]
        after = [stop for stop in visits if stop.starts_at >= candidate.starts_at]
        if before and not self._reachable(max(before, key=lambda s: s.starts_at), candidate):
            return False
        return not after or self._reachable(candidate, min(after, key=lambda s: s.starts_at))

    def _reachable(self, start: Stop, end: Stop) -> bool:
        way = travel(start, end, self.rules)
        needed = timedelta(minutes=way.minutes if way is not None else 0)
        return start.ends_at + needed <= end.starts_at

    def _keep(self, day: date, stop: Stop) -> None:
        if stop.kind in APPOINTMENTS:
            self._days.setdefault(day, []).append(stop)
            self._busy[day] = self._busy.get(day, 0) + stop.duration_minutes
            if stop.kind is ActivityKind.VISIT:
                self._visits[day] = self.visits_on(day) + 1

    def book(
        self, kind: ActivityKind, wished: date, first: date, last: date, minutes: int, where: Where
    ) -> datetime | None:
        """Book a slot on the working day nearest ``wished`` within ``first``..``last``.

        Days further than two weeks from the wished one are not tried, and a day is given up
        after a dozen slots that do not fit (as a rep leafing through a full diary would); None
        when no slot fits. Both keep a large sample (``demo --deals 10000``) quick.
        """
        low, high = HOURS[kind]
        slots = list(range(low, high - minutes + 1, GRID))
        for day in _nearest_days(wished, first, last):
            if not self._has_room(day, kind, minutes):
                continue
            self.rng.shuffle(slots)
            for minute in slots[:_TRIES_PER_DAY]:
                start = at(day, minute // 60, minute % 60)
                stop = self._stop(kind, start, minutes, where)
                if self.fits(day, stop):
                    self._keep(day, stop)
                    return start
        return None

    def plan_visits(
        self, first: date, visits: list[tuple[int, Where]]
    ) -> Iterator[tuple[int, datetime]]:
        """Yield a start for each (minutes, place) visit, filling working days from ``first``.

        Each day takes three to six of them, grouped by city, one after the other with the
        travel between them and a few minutes to spare, from about nine in the morning.
        """
        closing = HOURS[ActivityKind.VISIT][1]
        order = sorted(range(len(visits)), key=lambda n: (visits[n][1].city or "", n))
        targets = self._day_sizes(len(order))
        day = working_day_from(first)
        while order:
            wanted = (targets.pop(0) if targets else len(order)) - self.visits_on(day)
            clock = self.rng.choice((8 * 60 + 30, 9 * 60, 9 * 60 + 30))
            previous: Stop | None = None
            placed = 0
            while order and placed < wanted:
                minutes, where = visits[order[0]]
                start = self._first_free(day, clock, minutes, where, previous, closing)
                if start is None:
                    break
                stop = self._stop(
                    ActivityKind.VISIT, at(day, start // 60, start % 60), minutes, where
                )
                self._keep(day, stop)
                yield order.pop(0), stop.starts_at
                placed += 1
                previous = stop
                clock = start + minutes + self.rng.choice((0, 15, 15, 30))
            if placed < wanted:  # the day filled up early: share out what is left anew
                targets = self._day_sizes(len(order))
            day = working_day_from(day + timedelta(days=1))

    def _day_sizes(self, count: int) -> list[int]:
        """Return how many visits each coming day takes: three to six, adding up to ``count``."""
        low, high = PLANNED_VISITS
        sizes = []
        while count > high:
            size = self.rng.randint(low, min(high, count - low))
            sizes.append(size)
            count -= size
        return [*sizes, count] if count else sizes

    def _first_free(
        self,
        day: date,
        clock: int,
        minutes: int,
        where: Where,
        previous: Stop | None,
        closing: int,
    ) -> int | None:
        """Return the first grid minute from ``clock`` where a visit fits, or None."""
        day_start = at(day, 0)
        if previous is not None:
            way = travel(previous, self._stop(ActivityKind.VISIT, day_start, 0, where), self.rules)
            clock = max(clock, _wall_minutes(previous.ends_at) + (way.minutes if way else 0))
        start = math.ceil(clock / GRID) * GRID
        while start + minutes <= closing:
            stop = self._stop(ActivityKind.VISIT, at(day, start // 60, start % 60), minutes, where)
            if self.fits(day, stop):
                return start
            start += GRID
        return None


def _wall_minutes(moment: datetime) -> int:
    """Return the minutes since midnight that the rep's clock shows at ``moment``."""
    local = local_time.local(moment)
    return local.hour * 60 + local.minute


def _nearest_days(wished: date, first: date, last: date) -> Iterable[date]:
    """Yield working days within ``first``..``last``, nearest to ``wished`` first."""
    for distance in range(_SEARCH_DAYS + 1):
        for day in dict.fromkeys(
            (wished - timedelta(days=distance), wished + timedelta(days=distance))
        ):
            if first <= day <= last and is_working_day(day):
                yield day
