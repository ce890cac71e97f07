"""An activity (visit, call, e-mail, task) as lists show it, with its checklist readiness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salesdesk.core.models import ActivityKind, ActivityStatus


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
    deal_title: str | None = None
    city: str | None = None  # of the customer's address (else their company's)
    latitude: float | None = None  # of the customer's address, when known
    longitude: float | None = None
    deal_id: int | None = None

    @property
    def has_checklist(self) -> bool:
        """Return True if the activity has checklist items (visits; others when the rep adds)."""
        return self.checklist_total > 0

    @property
    def ready(self) -> bool:
        """Return True if every checklist item is ticked (or there is no checklist)."""
        return self.checklist_done == self.checklist_total
