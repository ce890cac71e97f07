"""The rep's local time: the one place where points in time become local days and back.

SalesDesk stores points in time in UTC; the rep thinks in local days ("today", a visit on
Tuesday at 9:00). Every such conversion, in the core and on screen, goes through this module,
so the zone is one setting: the system's by default, or a pinned zone (tests pin one, so
that no result depends on the machine they run on).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

_pinned: tzinfo | None = None


def pin_zone(zone: tzinfo | None) -> None:
    """Use ``zone`` as the rep's zone from now on (None: the system's zone again)."""
    global _pinned
    _pinned = zone


def pinned_zone() -> tzinfo | None:
    """Return the pinned zone, or None when the system's zone is used."""
    return _pinned


def local(moment: datetime) -> datetime:
    """Return the aware ``moment`` in the rep's zone."""
    return moment.astimezone(_pinned) if _pinned is not None else moment.astimezone()


def local_day(moment: datetime) -> date:
    """Return the rep's calendar day of the aware ``moment``."""
    return local(moment).date()


def localize(naive: datetime) -> datetime:
    """Return the wall-clock time ``naive`` in the rep's zone as an aware datetime."""
    if _pinned is not None:
        return naive.replace(tzinfo=_pinned)
    return naive.astimezone()


def day_start(day: date) -> datetime:
    """Return midnight at the start of ``day`` in the rep's zone, in UTC."""
    return localize(datetime.combine(day, time())).astimezone(UTC)


def days_span(first: date, last: date) -> tuple[datetime, datetime]:
    """Return [start, end) in UTC of the rep's days ``first`` to ``last`` inclusive."""
    return day_start(first), day_start(last + timedelta(days=1))


def week_start(day: date, first_weekday: int = 1) -> date:
    """Return the first day of the week holding ``day``.

    ``first_weekday`` is the ISO number of the day a week starts on in the rep's locale:
    1 for Monday (most of Europe), 7 for Sunday (the United States, Japan), 6 for Saturday.
    """
    if not 1 <= first_weekday <= 7:
        raise ValueError(f"a weekday is 1 (Monday) to 7 (Sunday), not {first_weekday}")
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)
