"""The Visits area as a plain list: what is planned next, and what happened lately."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from salesdesk.core.models import ActivityKind, ActivityStatus
from salesdesk.core.queries import VisitRow, visits_overview
from salesdesk.ui.areas.list_area import ListArea
from salesdesk.ui.areas.rows_model import Column
from salesdesk.ui.formatting import format_count, format_datetime, tr

_CONTEXT = "VisitsList"


def kind_text(kind: ActivityKind) -> str:
    """Return the translated name of an activity kind."""
    return {
        ActivityKind.VISIT: tr(_CONTEXT, "Visit"),
        ActivityKind.CALL: tr(_CONTEXT, "Call"),
        ActivityKind.EMAIL: tr(_CONTEXT, "E-mail"),
        ActivityKind.TASK: tr(_CONTEXT, "Task"),
    }[kind]


def status_text(status: ActivityStatus) -> str:
    """Return the translated name of an activity status."""
    return {
        ActivityStatus.PLANNED: tr(_CONTEXT, "Planned"),
        ActivityStatus.DONE: tr(_CONTEXT, "Done"),
        ActivityStatus.CANCELLED: tr(_CONTEXT, "Cancelled"),
        ActivityStatus.NO_SHOW: tr(_CONTEXT, "No-show"),
    }[status]


def readiness_text(row: VisitRow) -> str:
    """Return "7/12 ready" for an activity with a checklist, else nothing."""
    if not row.has_checklist:
        return ""
    return (
        tr(_CONTEXT, "%1/%2 ready")
        .replace("%1", str(row.checklist_done))
        .replace("%2", str(row.checklist_total))
    )


class VisitsList(ListArea):
    """Upcoming activities soonest first, then the last weeks' latest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column[VisitRow](
                tr(_CONTEXT, "When"),
                lambda row: format_datetime(row.starts_at),
                lambda row: row.starts_at.timestamp(),
            ),
            Column[VisitRow](tr(_CONTEXT, "Kind"), lambda row: kind_text(row.kind)),
            Column[VisitRow](tr(_CONTEXT, "Customer"), lambda row: row.customer_name),
            Column[VisitRow](tr(_CONTEXT, "Status"), lambda row: status_text(row.status)),
            Column[VisitRow](tr(_CONTEXT, "Checklist"), readiness_text),
            Column[VisitRow](tr(_CONTEXT, "Place"), lambda row: row.place or ""),
            Column[VisitRow](tr(_CONTEXT, "Objective"), lambda row: row.objective or ""),
        ]
        super().__init__(
            "visitsView",
            tr(_CONTEXT, "Visits"),
            columns,
            lambda row: row.id,
            tr(_CONTEXT, "No visits, calls or tasks in the last 30 or the next 90 days."),
            parent,
        )

    def reload(self, session: Session, now: datetime) -> None:
        """Read the activities from 30 days ago to 90 days ahead."""
        overview = visits_overview(session, now)
        overdue = sum(row.status is ActivityStatus.PLANNED for row in overview.recent)
        summary = (
            tr(_CONTEXT, "Coming up: %1 · overdue: %2 · in the last 30 days: %3")
            .replace("%1", format_count(len(overview.upcoming)))
            .replace("%2", format_count(overdue))
            .replace("%3", format_count(len(overview.recent)))
        )
        self.show_rows(overview.upcoming + overview.recent, summary)
