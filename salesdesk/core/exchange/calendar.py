"""Planned activities as an iCalendar file (RFC 5545) for the rep's phone calendar.

Every event has a stable UID made from the activity's id and creation time, so importing the
file again updates events instead of duplicating them. Times are written in UTC, which every
calendar shows in its own local time zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import Activity, ActivityStatus, Customer, Deal

PRODUCT_ID = "-//SalesDesk//Visits//EN"


def calendar_bytes(session: Session, first_day: date, last_day: date, now: datetime) -> bytes:
    """Return the planned activities from ``first_day`` to ``last_day`` (local days) as ICS."""
    import icalendar  # only this export needs the library

    start, end = local_time.days_span(first_day, last_day)
    rows = session.execute(
        select(Activity, Customer.name, Deal.title)
        .join(Customer, Customer.id == Activity.customer_id)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(
            Activity.starts_at >= start,
            Activity.starts_at < end,
            Activity.status == ActivityStatus.PLANNED,
        )
        .order_by(Activity.starts_at, Activity.id)
    )
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    for activity, customer, deal in rows:
        event = icalendar.Event()
        created = int(activity.created_at.timestamp())
        event.add("uid", f"activity-{activity.id}-{created}@salesdesk")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", activity.starts_at.astimezone(UTC))
        ends = activity.starts_at + timedelta(minutes=activity.duration_minutes)
        event.add("dtend", ends.astimezone(UTC))
        kind = activity.kind.value.capitalize()
        event.add("summary", f"{kind}: {customer}" + (f" — {deal}" if deal else ""))
        if activity.place:
            event.add("location", activity.place)
        lines = [
            f"Objective: {activity.objective}" if activity.objective else "",
            f"Desired outcome: {activity.desired_outcome}" if activity.desired_outcome else "",
        ]
        if description := "\n".join(line for line in lines if line):
            event.add("description", description)
        calendar.add_component(event)
    return calendar.to_ical()


def write_calendar(
    session: Session, first_day: date, last_day: date, path: Path, now: datetime
) -> int:
    """Write the ICS file; return how many events it holds."""
    data = calendar_bytes(session, first_day, last_day, now)
    path.write_bytes(data)
    return data.count(b"BEGIN:VEVENT")
