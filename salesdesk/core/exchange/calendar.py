"""Planned activities as an iCalendar file (RFC 5545) for the rep's phone calendar.

Every event has a stable UID made from the activity's id and creation time, so importing the
file again updates events instead of duplicating them. Times are written in UTC, which every
calendar shows in its own local time zone.

Texts (names, places, aims) are the rep's own or imported, so they may hold anything: control
characters are left out (a newline stays, escaped as iCalendar wants it), and the library
escapes the rest, so a place that reads "BEGIN:VEVENT" is a place, not an event. The file is
written through ``core.files``: complete or not at all, readable by its owner only.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.files import write_bytes_atomically
from salesdesk.core.i18n import translate
from salesdesk.core.models import Activity, ActivityStatus, Customer, Deal

if TYPE_CHECKING:
    import icalendar

PRODUCT_ID = "-//SalesDesk//Visits//EN"
# C0 controls but the newline, DEL and the C1 controls; a tab becomes a space.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def calendar_text(text: str) -> str:
    r"""Return ``text`` fit for an iCalendar text value: no control characters but newlines.

    Line ends of any kind become one newline (which the file writes as ``\n``).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text)


def build_calendar(
    session: Session, first_day: date, last_day: date, now: datetime
) -> icalendar.Calendar:
    """Return the planned activities from ``first_day`` to ``last_day`` (local days)."""
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
        summary = f"{kind}: {customer}" + (f" — {deal}" if deal else "")
        event.add("summary", calendar_text(summary))
        if place := calendar_text(activity.place or "").strip():
            event.add("location", place)
        lines = [
            translate("Export", "Objective: %1", activity.objective) if activity.objective else "",
            translate("Export", "Desired outcome: %1", activity.desired_outcome)
            if activity.desired_outcome
            else "",
        ]
        if description := calendar_text("\n".join(line for line in lines if line)):
            event.add("description", description)
        calendar.add_component(event)
    return calendar


def calendar_bytes(session: Session, first_day: date, last_day: date, now: datetime) -> bytes:
    """Return the planned activities from ``first_day`` to ``last_day`` (local days) as ICS."""
    return build_calendar(session, first_day, last_day, now).to_ical()


def write_calendar(
    session: Session, first_day: date, last_day: date, path: Path, now: datetime
) -> int:
    """Write the ICS file (atomically, 0600); return how many events it holds.

    Raises ``OutputError`` when the file cannot be written.
    """
    calendar = build_calendar(session, first_day, last_day, now)
    write_bytes_atomically(path, calendar.to_ical())
    return len(calendar.walk("VEVENT"))
