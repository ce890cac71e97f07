"""The agenda's columns: day and time in the locale's formats, readiness, and the route.

The route column shows how each visit follows the one before it (``core.route``), in the
words the printed route page uses (``core.route_words``); a visit that cannot work as
planned shows in the warning colour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from salesdesk.core import local_time
from salesdesk.core.labels import ACTIVITY_TEXT, STATUS_TEXT
from salesdesk.core.models import ActivityKind, ActivityStatus
from salesdesk.core.queries import VisitRow
from salesdesk.core.route import StopCheck
from salesdesk.core.route_words import arrival_brief, arrival_note, overlap_brief, overlap_note
from salesdesk.ui.formatting import format_day, format_time, tr, word
from salesdesk.ui.widgets.rows_model import Column

_CONTEXT = "VisitsView"


def kind_text(kind: ActivityKind) -> str:
    """Return the translated name of an activity kind."""
    return word(ACTIVITY_TEXT[kind])


def status_text(status: ActivityStatus) -> str:
    """Return the translated name of an activity status."""
    return word(STATUS_TEXT[status])


def readiness_text(row: VisitRow) -> str:
    """Return "7/12" (ticked of all) for an activity with a checklist, "12/12 ✓" when ready."""
    if not row.has_checklist:
        return ""
    text = tr(_CONTEXT, "%1/%2", str(row.checklist_done), str(row.checklist_total))
    return f"{text} ✓" if row.ready else text


class ScreenRouteWords:
    """The route's times as the screen writes them (``core.route_words.RouteWords``)."""

    def time(self, moment: datetime) -> str:
        return format_time(moment)


def route_text(check: StopCheck | None, *, brief: bool = True) -> str:
    """Return what the route says about an activity: its clashes first, then its arrival.

    ``brief`` gives the few words of the list column; else the sentences of its tooltip.
    """
    if check is None:
        return ""
    words = ScreenRouteWords()
    if brief:
        notes = [overlap_brief(other, words) for other in check.overlaps]
        notes.append(arrival_brief(check.arrival, words))
    else:
        notes = [overlap_note(other, words) for other in check.overlaps]
        notes.append(arrival_note(check.arrival, check.stop.city, words))
    text = (" · " if brief else "\n").join(note for note in notes if note)
    return f"⚠ {text}" if check.has_problem else text


DAY_COLUMN = 0


def agenda_columns(route: Callable[[int], StopCheck | None]) -> list[Column[VisitRow]]:
    """Return the agenda's columns; ``route`` gives an activity's route check by id."""

    def moment(row: VisitRow) -> float:
        return row.starts_at.timestamp()

    def route_of(row: VisitRow) -> str:
        return route_text(route(row.id))

    def route_tip(row: VisitRow) -> str:
        return route_text(route(row.id), brief=False)

    def has_problem(row: VisitRow) -> bool:
        check = route(row.id)
        return check is not None and check.has_problem

    return [
        Column[VisitRow](
            tr(_CONTEXT, "Day"),
            lambda row: format_day(local_time.local_day(row.starts_at)),
            moment,
            shrinks=False,
        ),
        Column[VisitRow](
            tr(_CONTEXT, "Time"), lambda row: format_time(row.starts_at), moment, shrinks=False
        ),
        Column[VisitRow](tr(_CONTEXT, "Kind"), lambda row: kind_text(row.kind), shrinks=False),
        Column[VisitRow](
            tr(_CONTEXT, "Customer"), lambda row: row.customer_name, tip=lambda r: r.customer_name
        ),
        Column[VisitRow](
            tr(_CONTEXT, "Deal"), lambda row: row.deal_title or "", tip=lambda r: r.deal_title or ""
        ),
        Column[VisitRow](
            tr(_CONTEXT, "Status"), lambda row: status_text(row.status), shrinks=False
        ),
        Column[VisitRow](tr(_CONTEXT, "Ready"), readiness_text, shrinks=False),
        Column[VisitRow](tr(_CONTEXT, "Route"), route_of, tip=route_tip, warning=has_problem),
        Column[VisitRow](
            tr(_CONTEXT, "Place"), lambda row: row.place or "", tip=lambda r: r.place or ""
        ),
        Column[VisitRow](
            tr(_CONTEXT, "Objective"),
            lambda row: row.objective or "",
            tip=lambda r: r.objective or "",
        ),
    ]
