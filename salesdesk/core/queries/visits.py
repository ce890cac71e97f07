"""Upcoming and recent activities (visits, calls, e-mails, tasks) with checklist readiness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from salesdesk.core.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Customer,
    VisitChecklistItem,
)

RECENT_DAYS = 30
UPCOMING_DAYS = 90


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One activity as a list shows it."""

    id: int
    starts_at: datetime  # aware, UTC
    duration_minutes: int
    kind: ActivityKind
    customer_id: int
    customer_name: str
    place: str | None
    objective: str | None
    status: ActivityStatus
    checklist_done: int
    checklist_total: int

    @property
    def has_checklist(self) -> bool:
        """Return True if the activity has a preparation checklist."""
        return self.checklist_total > 0

    @property
    def ready(self) -> bool:
        """Return True if every checklist item is ticked (or there is no checklist)."""
        return self.checklist_done == self.checklist_total


@dataclass(frozen=True, slots=True)
class VisitsOverview:
    """Activities from ``now`` on (soonest first) and before it (latest first)."""

    upcoming: tuple[VisitRow, ...]
    recent: tuple[VisitRow, ...]

    @property
    def is_empty(self) -> bool:
        """Return True if there is nothing to show."""
        return not self.upcoming and not self.recent


def visits_overview(
    session: Session,
    now: datetime,
    *,
    recent_days: int = RECENT_DAYS,
    upcoming_days: int = UPCOMING_DAYS,
) -> VisitsOverview:
    """Return the activities from ``recent_days`` before ``now`` to ``upcoming_days`` after it.

    Checklist progress is counted in SQL (one grouped subquery), so this is one query in all.
    """
    checklist = (
        select(
            VisitChecklistItem.activity_id,
            func.count(VisitChecklistItem.id).label("total"),
            func.sum(case((VisitChecklistItem.done, 1), else_=0)).label("done"),
        )
        .group_by(VisitChecklistItem.activity_id)
        .subquery()
    )
    query = (
        select(
            Activity.id, Activity.starts_at, Activity.duration_minutes, Activity.kind,
            Activity.customer_id, Customer.name, Activity.place, Activity.objective,
            Activity.status, func.coalesce(checklist.c.done, 0),
            func.coalesce(checklist.c.total, 0),
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .outerjoin(checklist, checklist.c.activity_id == Activity.id)
        .where(
            Activity.starts_at >= now - timedelta(days=recent_days),
            Activity.starts_at < now + timedelta(days=upcoming_days),
        )
        .order_by(Activity.starts_at, Activity.id)
    )  # fmt: skip
    rows = [VisitRow(*row) for row in session.execute(query)]
    return VisitsOverview(
        upcoming=tuple(row for row in rows if row.starts_at >= now),
        recent=tuple(reversed([row for row in rows if row.starts_at < now])),
    )
