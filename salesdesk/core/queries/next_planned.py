"""A customer's next visit and next activity: one meaning for the card, brief, dossier and board.

- The **next activity** is the earliest activity of any kind still planned, however long ago
  its time passed (then it is overdue). The board's marker on a deal card means the same for
  that deal's activities.
- The **next visit** is the earliest visit still planned from the start of the rep's today on:
  the one to prepare for. A visit of an earlier day that was never closed is overdue, not next.

Both come with how far their checklist is ticked, when they have one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesdesk.core import local_time
from salesdesk.core.models import Activity, ActivityKind, ActivityStatus, VisitChecklistItem


@dataclass(frozen=True)
class Planned:
    """A planned activity as the next-visit and next-activity lines show it."""

    activity_id: int
    kind: ActivityKind
    starts_at: datetime
    ready: tuple[int, int] | None  # checklist items ticked and in all; None without any

    def overdue(self, now: datetime) -> bool:
        """Return True when its day has passed (it was never closed)."""
        return local_time.local_day(self.starts_at) < local_time.local_day(now)


@dataclass(frozen=True)
class NextPlanned:
    """A customer's next visit and next activity (often the same activity)."""

    visit: Planned | None
    activity: Planned | None

    @property
    def other_activity(self) -> Planned | None:
        """Return the next activity when it is not the next visit (else None)."""
        if self.activity is None or (
            self.visit is not None and self.activity.activity_id == self.visit.activity_id
        ):
            return None
        return self.activity


def _planned(session: Session, activity_id: int | None) -> Planned | None:
    if activity_id is None:
        return None
    activity = session.get(Activity, activity_id)
    assert activity is not None
    ticked, in_all = session.execute(
        select(
            func.count().filter(VisitChecklistItem.done.is_(True)),
            func.count(),
        ).where(VisitChecklistItem.activity_id == activity_id)
    ).one()
    ready = (ticked, in_all) if in_all else None
    return Planned(activity.id, activity.kind, activity.starts_at, ready)


def next_visit_id(session: Session, customer_id: int, now: datetime) -> int | None:
    """Return the id of the customer's next visit (see the module), or None."""
    return session.scalar(
        select(Activity.id)
        .where(
            Activity.customer_id == customer_id,
            Activity.kind == ActivityKind.VISIT,
            Activity.status == ActivityStatus.PLANNED,
            Activity.starts_at >= local_time.day_start(local_time.local_day(now)),
        )
        .order_by(Activity.starts_at, Activity.id)
        .limit(1)
    )


def next_activity_id(session: Session, customer_id: int) -> int | None:
    """Return the id of the customer's next activity (see the module), or None."""
    return session.scalar(
        select(Activity.id)
        .where(Activity.customer_id == customer_id, Activity.status == ActivityStatus.PLANNED)
        .order_by(Activity.starts_at, Activity.id)
        .limit(1)
    )


def next_planned(session: Session, customer_id: int, now: datetime) -> NextPlanned:
    """Return the customer's next visit and next activity as of ``now``."""
    visit = _planned(session, next_visit_id(session, customer_id, now))
    activity_id = next_activity_id(session, customer_id)
    if visit is not None and activity_id == visit.activity_id:
        return NextPlanned(visit, visit)
    return NextPlanned(visit, _planned(session, activity_id))
