"""The words of a customer's next visit and next activity, the same on the card and the brief.

What they mean is defined once, in ``core.queries.next_planned``.
"""

from __future__ import annotations

from datetime import datetime

from salesdesk.core.labels import ACTIVITY_TEXT
from salesdesk.core.queries.next_planned import Planned
from salesdesk.ui.formatting import format_datetime, tr, word

_CONTEXT = "NextPlanned"


def _when(planned: Planned) -> str:
    return format_datetime(planned.starts_at)


def next_visit_text(visit: Planned | None) -> str:
    """Return when the next visit is and how ready its checklist is ("none planned")."""
    if visit is None:
        return tr(_CONTEXT, "none planned")
    if visit.ready is None:
        return _when(visit)
    return tr(_CONTEXT, "%1 · checklist %2/%3 ready", _when(visit), *visit.ready)


def next_activity_text(activity: Planned, now: datetime) -> str:
    """Return the next activity with its kind ("Call · 12/9/2026 8:00 AM"), overdue or not."""
    kind = word(ACTIVITY_TEXT[activity.kind])
    if activity.overdue(now):
        return tr(_CONTEXT, "%1 · %2 · overdue", kind, _when(activity))
    return tr(_CONTEXT, "%1 · %2", kind, _when(activity))
